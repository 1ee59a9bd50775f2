import type { z } from 'zod';
import { todayInChina } from '../dates';

type Stay = { admissionDate?: string; dischargeDate?: string };

/** A hospital stay, for the types that ask for one: admission ≤ discharge ≤ today (China date). */
export function checkStay(stay: Stay, ctx: z.RefinementCtx): void {
  const today = todayInChina();
  if (stay.dischargeDate && stay.dischargeDate > today) {
    ctx.addIssue({ code: 'custom', message: '出院日期不能晚于今天', path: ['dischargeDate'] });
  }
  if (stay.admissionDate && stay.admissionDate > today) {
    ctx.addIssue({ code: 'custom', message: '入院日期不能晚于今天', path: ['admissionDate'] });
  }
  if (stay.admissionDate && stay.dischargeDate && stay.admissionDate > stay.dischargeDate) {
    ctx.addIssue({ code: 'custom', message: '入院日期不能晚于出院日期', path: ['dischargeDate'] });
  }
}

