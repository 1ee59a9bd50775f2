import { isIsoDate, todayInChina } from './dates';
import { maskIdNumbersIn } from './mask';

/**
 * Citizen ID numbers (公民身份号码, GB 11643-1999): 6 address digits, 8 birth-date digits (YYYYMMDD), 3 sequence
 * digits (odd for men, even for women) and a check character computed from the first 17 digits.
 */
const SHAPE = /^\d{17}[\dX]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Sum of digit × weight, mod 11, indexes this string: GB 11643-1999 §7. */
const CHECK_MAP = '10X98765432';

/** A lowercase x is the same character on the card; store and compare the uppercase form. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_MAP[sum % 11];
}

export function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

export function genderOf(idNumber: string): 'male' | 'female' {
  return Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
}

/**
 * What is wrong with an ID number, in plain Chinese, or null when it is valid on `today` (China date): the shape,
 * a real birth date not after today, and the check character.
 */
export function idNumberProblem(value: string, today: string = todayInChina()): string | null {
  const id = normalizeIdNumber(value);
  if (!SHAPE.test(id)) return '身份证号须为 18 位：前 17 位是数字，最后一位是数字或 X';
  const birth = birthDateOf(id);
  if (!isIsoDate(birth)) return '身份证号第 7–14 位的出生日期不是真实存在的日期，请核对';
  if (birth > today) return '身份证号中的出生日期晚于今天，请核对';
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return '身份证号校验位不正确，请逐位核对';
  return null;
}

export function isValidIdNumber(value: string, today?: string): boolean {
  return idNumberProblem(value, today) === null;
}

/** First 6 and last 4 characters kept: 110105********002X. The only form an ID number takes in a response or log. */
export function maskIdNumber(idNumber: string): string {
  const id = normalizeIdNumber(idNumber);
  if (id.length <= 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/**
 * Free text (a staff reason, a note, an import report) may quote an ID number: it is masked before it is stored or
 * shown, however it was typed (spaced, dashed, full-width, 15 digits; mask.ts). Mobile numbers are left as they are:
 * maskPersonalNumbers masks both.
 */
export function maskIdNumbersInText(text: string): string {
  return maskIdNumbersIn(text);
}
