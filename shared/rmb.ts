import Decimal from 'decimal.js';
import { Money } from './money';
import { RuleError } from './errors';

/**
 * 人民币大写 as 《正确填写票据和结算凭证的基本规定》 (中国人民银行) writes it:
 * - "中文大写金额数字到"元"为止的，在"元"之后，应写"整"（或"正"）字，在"角"之后可以不写"整"（或"正"）字。
 *   大写金额数字有"分"的，"分"后面不写"整"（或"正"）字。" — we write 整 after 元 only, as the examples do.
 * - "阿拉伯金额数字最高位是"1"的，中文大写金额加写"壹"字" (¥16.80 → 壹拾陆元捌角).
 * - (一)(二) a zero, or a run of zeros, in the middle is one 零 (¥1,409.50, ¥6,007.14).
 * - (三) when the 万位 or 元位 is 0 but the 千位 or 角位 is not, 零 may be written or not. We take the regulation's
 *   first form each time: 壹仟陆佰捌拾元零叁角贰分 (零 after 元) and 壹拾万柒仟元零伍角叁分 (none after 万).
 * - (四) 角位 0 and 分位 not 0: 零 after 元 (¥325.04 → 叁佰贰拾伍元零肆分).
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];

const AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;

/** The integer part in 大写, without 元: groups of four digits, each with its section unit (万, 亿). */
function integerWords(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end).padStart(4, '0'));
  let out = '';
  let pendingZero = false;
  groups.forEach((group, g) => {
    const section = SECTIONS[groups.length - 1 - g];
    // 规定（三）: zeros ending at the 万 (or 亿) place before a non-zero 千 need no 零 — the first form of ¥107,000.53.
    if (group[0] !== '0') pendingZero = false;
    let groupHasDigit = false;
    for (let i = 0; i < 4; i++) {
      const d = Number(group[i]);
      if (d === 0) {
        if (out !== '') pendingZero = true;
        continue;
      }
      if (pendingZero) out += '零';
      pendingZero = false;
      out += DIGITS[d] + PLACES[3 - i];
      groupHasDigit = true;
    }
    if (groupHasDigit) out += section;
  });
  return out;
}

/**
 * "1409.50" → "壹仟肆佰零玖元伍角". Input is an amount string (non-negative, at most two decimals); it is read
 * with decimal.js, never as a JavaScript number.
 */
export function rmbUppercase(amount: string): string {
  if (!AMOUNT.test(amount)) {
    throw new RuleError('INVALID_INPUT', '金额须为不小于 0 的数字，最多两位小数', 'amount');
  }
  const [intPart, frac] = new Money(amount).toFixed(2, Decimal.ROUND_HALF_UP).split('.');
  const jiao = Number(frac[0]);
  const fen = Number(frac[1]);
  const yuan = intPart.replace(/^0+/, '');
  let out = yuan === '' ? '' : `${integerWords(yuan)}元`;
  if (jiao === 0 && fen === 0) return out === '' ? '零元整' : `${out}整`;
  if (jiao !== 0) {
    // 规定（三）: 元位 0 before a non-zero 角 — the regulation's first form writes 零 (壹仟陆佰捌拾元零叁角贰分).
    if (yuan !== '' && yuan.endsWith('0')) out += '零';
    out += `${DIGITS[jiao]}角`;
  } else if (yuan !== '') {
    // 规定（四）: 角位 0, 分位 not 0 → 零 after 元.
    out += '零';
  }
  if (fen !== 0) out += `${DIGITS[fen]}分`;
  return out;
}

/** "人民币壹仟肆佰零玖元伍角": 规定 "中文大写金额数字前应标明"人民币"字样". */
export function rmbUppercaseLabelled(amount: string): string {
  return `人民币${rmbUppercase(amount)}`;
}
