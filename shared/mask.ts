/**
 * Free text a person typed — an address, a hospital, a reason, a name — or an error message quoting a request may
 * hold a citizen ID number or a mobile number. Both are masked before such text is stored or shown, the same way the
 * form's own ID and phone fields are (110105********002X, 138****5678), however the number was typed: in one piece,
 * in groups with spaces or dashes (110105 19491231 002X, 138-0000-5678), in full-width digits (１１０１０５…), with a
 * country code (+86 138 0000 5678, 8613800005678, 0086…), and the 15-digit first-generation ID numbers too.
 *
 * The masked digits become `*` where they stood; separators and the digits kept are left as typed. No lookbehind and
 * no `u` flag: this module runs in the mini-program too, and older iOS JavaScript engines reject them.
 */

const DIGITS = '0-9\uff10-\uff19';
/** What people put between groups of digits: spaces (ordinary, no-break, ideographic), tabs and every kind of dash. */
const SEPARATORS = ' \\t\\u00a0\\u3000\\-\\u2010-\\u2015\\u2212\\ufe63\\uff0d';
const CHECK_X = 'Xx\\uff38\\uff58';

/**
 * A run of digit groups joined by at most three separator characters, optionally ending in the X of an ID number.
 * Groups are split only at separators, so the pattern cannot backtrack badly whatever the text.
 */
const NUMBER_RUN = new RegExp(`[${DIGITS}]+(?:[${SEPARATORS}]{1,3}[${DIGITS}]+)*(?:[${SEPARATORS}]{0,3}[${CHECK_X}])?`, 'g');
const GROUP = new RegExp(`[${DIGITS}]+|[${CHECK_X}]`);

/** One group of a run: its characters read as ASCII ("0"–"9", "X") and where each stands in the run. */
interface Group {
  chars: string;
  at: number[];
}

type Kind = 'idNumber' | 'mobile';
interface Reading {
  kind: Kind;
  length: number;
  shape: RegExp;
  /** Beyond the shape: what a real one of these has (a birth date that can be, a right check character). */
  plausible?: (chars: string) => boolean;
  /** Positions within the span's digits, from–to exclusive. */
  masked: [number, number];
}

/**
 * What a span of whole groups may be, tried in this order so the likelier reading wins: an ID number whose check
 * character is right first (a stray digit before one, "1 110105 19491231 002X", does not shift the reading), then
 * any 18 with a birth date (a mistyped one is still someone's), then 0086 and a mobile before a 15-digit ID (both are
 * 15 digits), then 86 and a mobile before a bare mobile.
 */
const READINGS: Reading[] = [
  { kind: 'idNumber', length: 18, shape: /^\d{17}[\dX]$/, plausible: (c) => bornOn(c.slice(6, 14)) && checkCharacterIsRight(c), masked: [6, 14] },
  { kind: 'idNumber', length: 18, shape: /^\d{17}[\dX]$/, plausible: (c) => bornOn(c.slice(6, 14)), masked: [6, 14] },
  { kind: 'mobile', length: 15, shape: /^00861[3-9]\d{9}$/, masked: [7, 11] }, // 0086 and a mobile: its middle four
  { kind: 'idNumber', length: 15, shape: /^\d{15}$/, plausible: (c) => bornOn(`19${c.slice(6, 12)}`), masked: [6, 11] }, // first 6, last 4 kept
  { kind: 'mobile', length: 13, shape: /^861[3-9]\d{9}$/, masked: [5, 9] }, // 86 and a mobile
  { kind: 'mobile', length: 11, shape: /^1[3-9]\d{9}$/, masked: [3, 7] }, // a mobile
];
const LONGEST = 18;
/** People type a number in a few groups (6-8-4, 3-4-4, +86 138 0000 5678); a long chain of short ones is a list. */
const MOST_GROUPS = 6;

/** YYYYMMDD that a birth date could be (the calendar itself is idcard.ts's to check; this only tells numbers apart). */
function bornOn(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const dayOfMonth = Number(yyyymmdd.slice(6, 8));
  return year >= 1850 && year <= 2100 && month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
}

/** GB 11643-1999 §7, as idcard.ts checkCharacter (not imported from there: idcard.ts imports this module). */
function checkCharacterIsRight(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i];
  return '10X98765432'[sum % 11] === id[17];
}

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return ch === 'x' || ch === '\uff38' || ch === '\uff58' ? 'X' : ch;
}

function groupsOf(run: string): Group[] {
  const groups: Group[] = [];
  const re = new RegExp(GROUP.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(run)) !== null) {
    const at: number[] = [];
    let chars = '';
    for (let i = 0; i < m[0].length; i++) {
      at.push(m.index + i);
      chars += asciiDigit(m[0][i]);
    }
    groups.push({ chars, at });
  }
  return groups;
}

/** The positions in `run` to mask: each reading in turn claims spans of whole groups no earlier reading claimed. */
function maskedPositions(run: string, kinds: readonly Kind[]): number[] {
  const groups = groupsOf(run);
  const claimed = groups.map(() => false);
  // starts[i]: the digits before group i. groupAt: which group starts at a digit offset (the end of a span before it).
  const starts: number[] = [];
  const groupAt = new Map<number, number>();
  let digits = 0;
  groups.forEach((g, i) => {
    starts.push(digits);
    groupAt.set(digits, i);
    digits += g.chars.length;
  });
  groupAt.set(digits, groups.length);
  const out: number[] = [];
  for (const reading of READINGS) {
    for (let first = 0; first < groups.length; first++) {
      const after = groupAt.get(starts[first] + reading.length);
      if (after === undefined || after - first > MOST_GROUPS) continue;
      let free = true;
      for (let g = first; g < after; g++) free = free && !claimed[g];
      if (!free) continue;
      const span = groups.slice(first, after);
      const chars = span.map((g) => g.chars).join('');
      if (!reading.shape.test(chars)) continue;
      // 18 characters in one piece are masked whatever they hold, as always; groups must look like a real ID.
      const unbroken18 = reading.length === LONGEST && after - first === 1;
      if (reading.plausible && !unbroken18 && !reading.plausible(chars)) continue;
      if (kinds.indexOf(reading.kind) >= 0) {
        const at = span.reduce<number[]>((all, g) => all.concat(g.at), []);
        for (let i = reading.masked[0]; i < reading.masked[1]; i++) out.push(at[i]);
      }
      for (let g = first; g < after; g++) claimed[g] = true;
      first = after - 1;
    }
  }
  // One unbroken string of more than 18 digits (numbers glued together): every 18 from its start, as before.
  if (kinds.indexOf('idNumber') >= 0) {
    groups.forEach((g, i) => {
      if (claimed[i] || g.chars.length <= LONGEST) return;
      for (let start = 0; start + LONGEST <= g.chars.length; start += LONGEST) {
        if (/^\d{17}[\dX]$/.test(g.chars.slice(start, start + LONGEST))) for (let k = 6; k < 14; k++) out.push(g.at[start + k]);
      }
    });
  }
  return out;
}

function masker(kinds: readonly Kind[]): (run: string) => string {
  return (run) => {
    const positions = maskedPositions(run, kinds);
    if (positions.length === 0) return run;
    const chars = run.split('');
    for (const p of positions) chars[p] = '*';
    return chars.join('');
  };
}

const maskBoth = masker(['idNumber', 'mobile']);
const maskIds = masker(['idNumber']);

/** Every ID number and mobile number in `text`, masked; everything else as it was. */
export function maskPersonalNumbers(text: string): string {
  return text.replace(NUMBER_RUN, maskBoth);
}

/** The ID numbers only (idcard.ts maskIdNumbersInText): mobiles stay, but are still recognised as mobiles. */
export function maskIdNumbersIn(text: string): string {
  return text.replace(NUMBER_RUN, maskIds);
}

/**
 * A bank card number as people type it: 12 to 19 digits (ISO/IEC 7812's upper bound; 12 leaves room for short old
 * cards and is above an 11-digit mobile), in one piece or in groups of four with spaces or dashes ("6222 0212 3456
 * 7890 123"). Not one: a date (8 digits, or 4-2-2), an amount (next to a decimal point or a thousands comma), a
 * business number (BZ-2026-000123: groups 4 and 6), and anything already masked as an ID number or a mobile.
 */
const CARD_RUN = new RegExp(`[${DIGITS}]+(?:[${SEPARATORS}]{1,3}[${DIGITS}]+)*`, 'g');
const CARD_DIGITS = { min: 12, max: 19 } as const;

function cardGroups(run: string): string[] | null {
  const groups = run.match(new RegExp(`[${DIGITS}]+`, 'g')) ?? [];
  const digits = groups.map((g) => g.split('').map(asciiDigit).join(''));
  const total = digits.join('').length;
  if (total < CARD_DIGITS.min || total > CARD_DIGITS.max) return null;
  if (digits.length === 1) return digits;
  // Printed in fours: every group four digits but the last, which has one to four.
  const last = digits[digits.length - 1];
  return digits.slice(0, -1).every((g) => g.length === 4) && last.length >= 1 && last.length <= 4 ? digits : null;
}

/** "6222 **** **** 7890", as the payee's card is shown (shared/applications/manual-reimbursement/payee.ts maskAccount). */
function maskedCard(digits: string): string {
  return `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}`;
}

/** Every bank card number in `text` masked like the payee card; everything else (dates, amounts, numbers) as it was. */
export function maskBankCardNumbers(text: string): string {
  return text.replace(CARD_RUN, (run: string, offset: number) => {
    const before = text.charAt(offset - 1);
    const after = text.slice(offset + run.length, offset + run.length + 2);
    // Part of an amount (12,345,678,901,234.00 or 1234567890123.45) or of a longer token (a code with letters).
    if (before === '.' || before === ',' || /^[.,][0-9]/.test(after) || /[A-Za-z]/.test(before) || /^[A-Za-z]/.test(after)) return run;
    const groups = cardGroups(run);
    return groups ? maskedCard(groups.join('')) : run;
  });
}
