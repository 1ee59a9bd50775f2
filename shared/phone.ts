/** Mainland mobile numbers: 11 digits, 1 then 3–9. Landlines are not accepted: the forms ask for 联系电话 to reach a person. */
const MOBILE = /^1[3-9]\d{9}$/;

export function isMobileNumber(value: string): boolean {
  return MOBILE.test(value);
}

export function phoneProblem(value: string): string | null {
  return isMobileNumber(value) ? null : '手机号须为 11 位数字，以 13–19 开头';
}

/** 138****5678: the first 3 and last 4 digits. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
