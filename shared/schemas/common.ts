import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { RuleError } from '../errors';
import { maskPersonalNumbers } from '../mask';
import { ownValue } from '../own';
import { invalidInput, type FieldLabels } from './describe';

const AMOUNT_RE = /^\d+(\.\d{1,2})?$/;

/** True for a well-formed amount string (other refinements may still be running on a bad one). */
export function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT_RE.test(value);
}

/**
 * An amount of money: a decimal string, non-negative, at most two decimals, below 10 亿元 (anything larger is a
 * typo, not a hospital bill). It stays a string; decimal.js reads it later. Plain regexes, no transform: amounts
 * are the hottest field of every request.
 */
export const amount = z
  .string({ required_error: '必须填写', invalid_type_error: '金额须写成字符串，例如 "4500.00"' })
  .regex(AMOUNT_RE, '金额须为不小于 0 的数字，最多两位小数')
  .regex(/^\d{1,9}(\.|$)/, '金额过大，请核对（不超过 10 亿元）');

export const isoDate = z
  .string({ required_error: '请填写日期', invalid_type_error: '日期须为 YYYY-MM-DD 格式' })
  .refine(isIsoDate, { message: '日期须为真实存在的日期，格式 YYYY-MM-DD' });

/*
 * Text a person typed: names, signatures, addresses, hospitals, reasons. What a screen cannot show must not be
 * stored: a commitment "signed" with a zero-width space, a name that a right-to-left override turns around, a control
 * character that breaks a log line or an export. These schemas run in the mini-program too, on old JavaScript engines
 * (no regex lookbehind, no `\p{…}` in a regex literal after Babel's ES5 pass), so the refused characters are listed as
 * code points; where the engine knows Unicode properties, it also refuses what Unicode has not assigned yet.
 */

type CodePointRange = readonly [number, number];

/** Refused in every name and free text (the Unicode 15 lists; "Cf" is the format category, "Co" private use). */
const REFUSED: readonly CodePointRange[] = [
  [0x0000, 0x001f], // C0 controls (a multi-line text allows \n and \t, see below)
  [0x007f, 0x009f], // DEL and the C1 controls
  [0x00ad, 0x00ad], // soft hyphen (Cf)
  [0x034f, 0x034f], // combining grapheme joiner: shows nothing
  [0x0600, 0x0605], // Arabic number signs (Cf)
  [0x061c, 0x061c], // Arabic letter mark (bidi, Cf)
  [0x06dd, 0x06dd],
  [0x070f, 0x070f],
  [0x0890, 0x0891],
  [0x08e2, 0x08e2],
  [0x115f, 0x1160], // Hangul fillers: letters that draw nothing
  [0x17b4, 0x17b5], // Khmer inherent vowels: invisible
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
  [0x2028, 0x202e], // line and paragraph separators; bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates, deprecated format characters
  [0x3164, 0x3164], // Hangul filler
  [0xd800, 0xdfff], // a surrogate on its own (half of a character)
  [0xe000, 0xf8ff], // private use
  [0xfdd0, 0xfdef], // noncharacters (so is every U+xxFFFE and U+xxFFFF, see listedAsInvisible)
  [0xfeff, 0xfeff], // zero-width no-break space (byte order mark)
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xfff0, 0xfffb], // unassigned, interlinear annotation (Cf)
  [0x110bd, 0x110bd],
  [0x110cd, 0x110cd],
  [0x13430, 0x1343f], // Egyptian hieroglyph format controls
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical symbol format controls
  [0xe0000, 0xe00ff], // tags (invisible language tags, Cf)
  [0xe01f0, 0xe0fff], // reserved default-ignorable
  [0xf0000, 0x10ffff], // supplementary private use areas
];

/** Variation selectors: an emoji's presentation in free text, but nothing a name is made of. */
const REFUSED_IN_NAMES: readonly CodePointRange[] = [
  [0xfe00, 0xfe0f],
  [0xe0100, 0xe01ef],
];

/** Marks that draw on the character before them: a text of nothing but these shows nothing readable. */
const COMBINING: readonly CodePointRange[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

/**
 * Unassigned (Cn), format (Cf) and private-use (Co) code points by Unicode property, built from a string so the
 * bundler leaves it alone; null on an engine without `\p{…}` (the lists above still apply there, and the server,
 * which checks every request again, always has it).
 */
const UNICODE_REFUSED: RegExp | null = (() => {
  try {
    return new RegExp('[\\p{Cn}\\p{Cf}\\p{Co}]', 'u');
  } catch {
    return null;
  }
})();

const WHITESPACE = /^\s$/;
const BLANK_SYMBOL = 0x2800; // braille pattern blank: a "character" that is empty

function inRanges(cp: number, ranges: readonly CodePointRange[]): boolean {
  for (let i = 0; i < ranges.length; i++) if (cp >= ranges[i][0] && cp <= ranges[i][1]) return true;
  return false;
}

/** By the lists above alone (what an engine without `\p{…}` checks): a code point no name or text may hold. */
export function listedAsInvisible(cp: number, inName: boolean): boolean {
  return inRanges(cp, REFUSED) || (inName && inRanges(cp, REFUSED_IN_NAMES)) || (cp & 0xfffe) === 0xfffe;
}

/** The code points of `value` (a lone surrogate is its own code point), without `for…of` or codePointAt. */
function codePoints(value: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hi = value.charCodeAt(i);
    const lo = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
      out.push((hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000);
      i++;
    } else out.push(hi);
  }
  return out;
}

export interface TypedTextRules {
  /** Most characters (code points, so a rare character outside the BMP counts as one). */
  max: number;
  /** A reason may run over several lines (\n) and hold tabs; a name, an address or a hospital is one line. */
  multiline?: boolean;
  /** A person's name or signature: no variation selectors either. */
  name?: boolean;
}

export const INVISIBLE_MESSAGE = '含有不可见字符或控制字符，请重新输入';

/**
 * What a person typed, made ready to store — trimmed, line ends as \n, Unicode NFC (the same name typed on two
 * phones is the same string) — or the plain-Chinese reason it cannot be stored.
 */
export function cleanTypedText(raw: string, rules: TypedTextRules): { value: string } | { problem: string } {
  // Checked before trimming: trim() would silently drop a leading U+FEFF or U+2028, which are refused anywhere.
  const typed = codePoints(raw);
  for (let i = 0; i < typed.length; i++) {
    const cp = typed[i];
    // Line ends are judged after trimming (one at either end of a pasted name is fine); a tab only in a paragraph.
    if (cp === 0x0a || cp === 0x0d || (cp === 0x09 && rules.multiline)) continue;
    if (listedAsInvisible(cp, rules.name === true)) return { problem: INVISIBLE_MESSAGE };
  }
  if (UNICODE_REFUSED && UNICODE_REFUSED.test(raw)) return { problem: INVISIBLE_MESSAGE };

  let value = raw.replace(/\r\n?/g, '\n').trim();
  if (typeof value.normalize === 'function') value = value.normalize('NFC');
  if (value === '') return { problem: '不能为空' };
  if (!rules.multiline && value.indexOf('\n') >= 0) return { problem: '不能换行，请写在一行内' };
  const points = codePoints(value);
  const visible = points.some((cp) => cp > 0xffff || (cp !== BLANK_SYMBOL && !inRanges(cp, COMBINING) && !WHITESPACE.test(String.fromCharCode(cp))));
  if (!visible) return { problem: '须包含看得见的文字，请重新输入' };
  if (points.length > rules.max) return { problem: `太长了（最多 ${rules.max} 个字）` };
  return { value };
}

/**
 * A text field of a request: checked as above, then any ID or mobile number typed into it masked (DESIGN: free text is
 * shown back to the filer, the principal and staff; those numbers belong in their own boxes).
 */
export function typedText(rules: TypedTextRules, invalidType = '须写成文字') {
  return z.string({ required_error: '必须填写', invalid_type_error: invalidType }).transform((raw, ctx) => {
    const r = cleanTypedText(raw, rules);
    if ('problem' in r) {
      ctx.addIssue({ code: 'custom', message: r.problem });
      return z.NEVER;
    }
    return maskPersonalNumbers(r.value);
  });
}

/** A person's name (姓名, a signature, 经办人): one line, at most `max` characters. */
export const personName = (max = 30) => typedText({ max, name: true }, '姓名须写成文字');

/** Chinese names of fields, so a message can say which box on the form is wrong. */
const FIELD_LABELS: Record<string, string> = {
  region: '参保地',
  date: '结算日期',
  scheme: '参保险种',
  person: '参保人信息',
  'person.categories': '救助身份',
  'person.retired': '是否退休',
  'person.age': '年龄',
  'person.civilServant': '是否享受公务员医疗补助',
  'person.conditions': '所患重大疾病',
  'person.insuredYears': '此前已参保年度',
  'person.birthDate': '出生日期',
  'person.zeroClaimYears': '基金零报销年度',
  visit: '就医信息',
  'visit.type': '就医类型',
  'visit.facilityLevel': '医院等级',
  'visit.transferredFrom': '转院前医院等级',
  'visit.dayCase': '是否日间手术',
  'visit.place': '就医地',
  'visit.totalCost': '医疗总费用',
  'visit.inScopeCost': '政策范围内费用',
  'visit.referral': '是否规范转诊',
  'visit.inProvince': '是否在省内就医',
  'visit.classBCost': '乙类药品和诊疗项目费用',
  'visit.villageClinic': '是否在村卫生室就诊',
  'visit.pregnancyCare': '是否为孕产期检查',
  'visit.treatment': '特殊治疗方式',
  'visit.diseaseCode': '病种编码',
  'visit.otherDiseaseCodes': '其他慢病病种编码',
  'visit.diseases': '“两病”病种',
  'visit.event': '生育情形',
  'visit.difficult': '是否难产',
  'visit.babies': '婴儿数',
  'visit.gestationWeeks': '怀孕周数',
  'visit.caesarean': '是否剖宫产',
  'visit.liveBirth': '是否活产',
  'visit.spouseOfEmployee': '是否为职工参保人的配偶',
  yearToDate: '本年度已发生情况',
};

export function fieldLabel(path: string): string {
  const own = ownValue(FIELD_LABELS, path);
  if (own) return own;
  const parent = path.replace(/\.[^.]+$/, '');
  if (path.startsWith('yearToDate.')) return `本年度累计（${path.slice(11)}）`;
  const parentLabel = ownValue(FIELD_LABELS, parent);
  return parentLabel ? `${parentLabel}（${path}）` : path;
}

/** The estimate's fields named in Chinese, for the describer (shared/schemas/describe.ts). */
export const estimateLabels: FieldLabels = (path) => fieldLabel(path.join('.'));

/** Turns zod's first issue into a RuleError with a plain-Chinese message naming the field. */
export function toRuleError(error: z.ZodError): RuleError {
  return invalidInput(error, estimateLabels);
}

/** Parses or throws a RuleError: the way every entry point validates its input. */
export function parseOrThrow<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw toRuleError(r.error);
  return r.data;
}
