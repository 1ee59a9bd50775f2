import { maskIdNumbersInText } from './idcard';
import { maskPhone } from './phone';

/** No lookbehind: this module runs in the mini-program too, and older iOS JavaScript engines reject it. */
const MOBILE_IN_TEXT = /(^|\D)(1[3-9]\d{9})(?!\d)/g;

/**
 * Free text a person typed — an address, a hospital, a reason, a name — or an error message quoting a request may
 * hold a citizen ID number or a mobile number. Both are masked before such text is stored or shown, the same way
 * the form's own ID and phone fields are.
 */
export function maskPersonalNumbers(text: string): string {
  return maskIdNumbersInText(text).replace(MOBILE_IN_TEXT, (_m, before: string, mobile: string) => before + maskPhone(mobile));
}
