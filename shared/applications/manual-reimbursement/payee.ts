import { z } from 'zod';
import { cite } from '../../source';
import { GUIDE, HANDBOOK } from '../documents';
import { typedText } from '../../schemas/common';
import type { SealedText } from '../sealed';

/**
 * 收款账户: where a 手工报销 is paid. 003 (the 山西 guide, 六（四）) asks for 个人信息 and the 承诺书 and says nothing of
 * an account; the one statement of what account a reimbursement is paid to in the documents is 004 第二章 十七问 (生育
 * 手工报销, "本人姓名的银行卡"). So the payee is the insured person (参保人) themself: the holder is the principal's
 * name, shown and never typed — there is no holder field, so an agent cannot give an account in another name.
 */
export const PAYEE_SOURCES = [cite(HANDBOOK, '第二章 十七问'), cite(GUIDE, '六（四）')];

/**
 * 12–19 digits. 19 is the longest card number ISO/IEC 7812 allows, and UnionPay debit cards are 16–19; 12 leaves room
 * for the shorter numbers some older bank cards carry (a 17-digit 交通银行 card is one) while an 11-digit mobile number
 * typed into the wrong box is refused.
 */
export const ACCOUNT_MIN_DIGITS = 12;
export const ACCOUNT_MAX_DIGITS = 19;

/** What people type between groups (ordinary, no-break and ideographic spaces): dropped before the number is judged. */
const SPACES = / |\u00a0|\u3000/g;

export function accountDigits(typed: string): string {
  return typed.replace(SPACES, '');
}

/** "6222 0212 3456 7890": the digits in groups of four, as a card prints them (and as the box shows them typed). */
export function groupAccount(digits: string): string {
  return accountDigits(digits).replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** "6222 **** **** 7890": the first four (the bank's prefix) and the last four; the length is not shown either. */
export function maskAccount(digits: string): string {
  const d = accountDigits(digits);
  return `${d.slice(0, 4)} **** **** ${d.slice(-4)}`;
}

/** ISO/IEC 7812 check digit (Luhn). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A warning, not a refusal: a number that fails the Luhn check is most likely mistyped, but some cards Chinese banks
 * issued do not follow Luhn (older 交通银行, 江苏银行 and 工商银行 debit cards), so she is asked to check it and may keep it.
 */
export function accountWarning(typed: string): string | undefined {
  const d = accountDigits(typed);
  if (!/^\d+$/.test(d) || d.length < ACCOUNT_MIN_DIGITS || d.length > ACCOUNT_MAX_DIGITS) return undefined;
  return passesLuhn(d) ? undefined : '请核对卡号：这个卡号的校验位对不上，多半是输错了一位；如果卡上印的就是这个号，可以不改';
}

export const bankAccount = z
  .string({ required_error: '必须填写', invalid_type_error: '银行卡号须写成文字' })
  .transform((typed, ctx) => {
    const d = accountDigits(typed);
    if (d === '') ctx.addIssue({ code: 'custom', message: '必须填写' });
    else if (!/^\d+$/.test(d)) ctx.addIssue({ code: 'custom', message: '只能填数字（中间可以有空格）' });
    else if (d.length < ACCOUNT_MIN_DIGITS || d.length > ACCOUNT_MAX_DIGITS) {
      ctx.addIssue({ code: 'custom', message: `须为 ${ACCOUNT_MIN_DIGITS}–${ACCOUNT_MAX_DIGITS} 位数字，现在是 ${d.length} 位` });
    } else return d;
    return z.NEVER;
  });

/** No holder may be given: the account is the insured person's own, in their name (see PAYEE_SOURCES). */
const noHolder = z.undefined({ invalid_type_error: '收款人只能是参保人本人，不能另填收款人' });

const payeeFields = { bank: typedText({ max: 40 }), account: bankAccount, holder: noHolder.optional() };

export const payee = z.object(payeeFields).strict();
export const payeeDraft = z.object(payeeFields).partial().strict();

/** The payee as stored: the number sealed (content.ts seals the paths the module names), the bank as typed. */
export interface StoredPayee {
  bank?: string;
  account?: string | SealedText;
}

/** What every view shows: the bank and the masked number, never the number. */
export interface PayeeView {
  bank?: string;
  accountMasked?: string;
}

export const PAYEE_FIELD_LABELS: Record<string, string> = {
  payee: '收款账户',
  'payee.bank': '开户银行',
  'payee.account': '银行卡号',
  'payee.holder': '收款人',
};
