import { z } from 'zod';
import { yearOf } from '../dates';

/**
 * The person's 参保 history as `yibao waiting` takes it (shared/schemas/waiting.ts): `insuredYears` are the coverage
 * years before this one in which the person was insured in the 城乡居民医保, `zeroClaimYears` those of them in which
 * the fund paid nothing (基金零报销). The estimate takes the same two lists in `person`, for the 大病保险 annual cap
 * (004 第三章 九问、十问（一）). The coverage year of a resident estimate is the calendar year of its date.
 */
const historyYear = z
  .number({ required_error: '必须填写', invalid_type_error: '年度须为数字，例如 2026' })
  .int('年度须为整数')
  .min(2000, '年度不早于 2000 年')
  .max(2100, '年度不晚于 2100 年');

export const historyYears = z.array(historyYear).max(100, '年度最多 100 个');

/** The list if it is one of numbers, undefined if absent, null if malformed (its own issue is reported). */
function wellFormed(list: unknown): number[] | undefined | null {
  if (list === undefined) return undefined;
  return Array.isArray(list) && list.every((y) => typeof y === 'number') ? (list as number[]) : null;
}

interface History {
  insuredYears?: unknown;
  zeroClaimYears?: unknown;
  birthDate?: unknown;
}

/**
 * The checks `yibao waiting` makes on the same lists, with the same messages, against the estimate's coverage year
 * (the year of `date`); paths are under `person`.
 */
export function checkInsuredHistory(person: History | undefined, date: string, ctx: z.RefinementCtx): void {
  // Zod runs this even when a field failed: check only well-formed lists.
  if (!person || typeof date !== 'string' || !/^\d{4}-/.test(date)) return;
  const insuredYears = wellFormed(person.insuredYears);
  const zeroClaimYears = wellFormed(person.zeroClaimYears);
  if (insuredYears === null || zeroClaimYears === null) return;
  const Y = yearOf(date);
  if (typeof person.birthDate === 'string' && person.birthDate > date) {
    ctx.addIssue({ code: 'custom', path: ['person', 'birthDate'], message: '出生日期晚于就医日期，请核对' });
  }
  if (insuredYears) {
    if (insuredYears.some((y) => y >= Y)) {
      ctx.addIssue({ code: 'custom', path: ['person', 'insuredYears'], message: `只填 ${Y} 年度之前已参保的年度` });
    }
    if (new Set(insuredYears).size !== insuredYears.length) {
      ctx.addIssue({ code: 'custom', path: ['person', 'insuredYears'], message: '年度不能重复' });
    }
  }
  if (zeroClaimYears && zeroClaimYears.length > 0) {
    if (!insuredYears) {
      ctx.addIssue({ code: 'custom', path: ['person', 'zeroClaimYears'], message: '请同时填写此前已参保年度（基金零报销年度须是已参保的年度）' });
      return;
    }
    const notInsured = zeroClaimYears.find((y) => !insuredYears.includes(y));
    if (notInsured !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['person', 'zeroClaimYears'], message: `${notInsured} 年度未参保，不能是基金零报销年度` });
    }
  }
}
