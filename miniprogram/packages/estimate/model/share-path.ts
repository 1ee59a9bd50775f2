/**
 * The estimate case in a share path (转发 on weapp): `/packages/estimate/pages/result/index?c=<case>`, so the family
 * member who opens the card sees the same result, recomputed on their phone from the same case (the same date, the
 * same year-to-date figures), never a copy of the figures.
 *
 * The case is its JSON, made ASCII (\uXXXX) and written in base64url without padding: only letters, digits, '-' and
 * '_', which no query parser splits or decodes differently (WeChat's splits a value at '='). WeChat documents no
 * length limit for onShareAppMessage's path; the path is kept under SHARE_PATH_MAX all the same, and a case that does
 * not fit is shared as the result page alone (the title and the card still carry the answer).
 */
export const SHARE_PARAM = 'c';
export const RESULT_PAGE = '/packages/estimate/pages/result/index';
export const SHARE_PATH_MAX = 1000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX: Record<string, number> = Object.fromEntries(ALPHABET.split('').map((c, i) => [c, i]));

function toBase64Url(ascii: string): string {
  let out = '';
  for (let i = 0; i < ascii.length; i += 3) {
    const a = ascii.charCodeAt(i);
    const b = i + 1 < ascii.length ? ascii.charCodeAt(i + 1) : 0;
    const c = i + 2 < ascii.length ? ascii.charCodeAt(i + 2) : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (i + 1 < ascii.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < ascii.length) out += ALPHABET[n & 63];
  }
  return out;
}

function fromBase64Url(text: string): string | null {
  if (text.length % 4 === 1) return null;
  let out = '';
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    const values = chunk.split('').map((c) => INDEX[c]);
    if (values.some((v) => v === undefined)) return null;
    const [w, x, y = 0, z = 0] = values;
    const n = (w << 18) | (x << 12) | (y << 6) | z;
    out += String.fromCharCode((n >> 16) & 255);
    if (chunk.length > 2) out += String.fromCharCode((n >> 8) & 255);
    if (chunk.length > 3) out += String.fromCharCode(n & 255);
  }
  return out;
}

const ZERO_AMOUNT = /^0+(\.0+)?$/;

/**
 * The case without the year-to-date figures that are zero: the rules read a missing one as zero (a case after a
 * first stay lists all 18, most of them "0.00"), so the result is the same to the fen and the path a third shorter.
 */
export function compactCase(input: Record<string, unknown>): Record<string, unknown> {
  const ytd = input.yearToDate;
  if (!ytd || typeof ytd !== 'object' || Array.isArray(ytd)) return input;
  const kept = Object.fromEntries(Object.entries(ytd as Record<string, unknown>).filter(([, v]) => !(typeof v === 'string' && ZERO_AMOUNT.test(v))));
  return { ...input, yearToDate: kept };
}

/** The case as a query value; null when it is not a plain object or does not fit the path. */
export function encodeShareCase(input: Record<string, unknown>): string | null {
  let json: string;
  try {
    json = JSON.stringify(compactCase(input));
  } catch {
    return null;
  }
  if (!json || json[0] !== '{') return null;
  const ascii = json.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const value = toBase64Url(ascii);
  return RESULT_PAGE.length + SHARE_PARAM.length + 2 + value.length <= SHARE_PATH_MAX ? value : null;
}

/**
 * The case back from a query value, or null for anything that does not read as one (a cut or altered link). What
 * comes back is untrusted: the caller runs it through the rules' schema like any typed case.
 */
export function decodeShareCase(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > SHARE_PATH_MAX) return null;
  const ascii = fromBase64Url(value);
  if (ascii === null || /[^\x20-\x7e]/.test(ascii)) return null;
  try {
    const parsed: unknown = JSON.parse(ascii);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The path a 转发 opens: the same result when the case fits, else the result page (the recipient's own last one). */
export function sharePath(input: Record<string, unknown>): string {
  const value = encodeShareCase(input);
  return value ? `${RESULT_PAGE}?${SHARE_PARAM}=${value}` : RESULT_PAGE;
}
