import type { z } from 'zod';
import { RuleError, type FieldPath } from '../errors';

/**
 * The one translator from zod's issues to plain Chinese, for the functions and the mini-program alike. A refusal is
 * kept as parts — the field's path as zod gave it, the field's Chinese name, and the reason — so a page puts the
 * reason beside the box the path names, and nobody cuts a message apart at its "：".
 *
 * Two voices, one set of rules:
 * - a request refused (`describe`, `invalidInput`): "姓名：必须填写", the field named, as the functions answer;
 * - a box on a form (`boxReason`): "必须填写" or "请选择" beside the box, which already shows its name.
 */

/** Each schema module names its own fields; undefined (or '') when it has no name for a path. */
export type FieldLabels = (path: FieldPath) => string | undefined;

export interface Described {
  /** Where in the input: zod's path, with an unknown key's own name at the end. */
  path: (string | number)[];
  /** The same path dotted ("visit.totalCost"), what `field` has always been on the wire; '' for the whole request. */
  field: string;
  /** The field's Chinese name ("医疗总费用"); "请求" when the whole request is refused. */
  label: string;
  /** What is wrong, without the name ("必须填写"). */
  reason: string;
  /** "医疗总费用：必须填写", the message the functions answer with. */
  message: string;
}

const HAN = /[\u4e00-\u9fa5]/;

/** A schema's own message when it wrote one in Chinese (zod's defaults are English and never shown). */
function ownWords(issue: z.ZodIssue): string | undefined {
  return HAN.test(issue.message) ? issue.message : undefined;
}

/** One plain-Chinese reason per kind of zod issue, as a refused request says it (after the field's name). */
export function reasonOf(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '必须填写' : HAN.test(issue.message) && issue.message !== 'Required' ? issue.message : '类型不正确';
    case 'unrecognized_keys':
      return `包含不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_enum_value':
      return `取值不在允许范围内（可选：${issue.options.join('、')}）`;
    case 'invalid_literal':
      return ownWords(issue) ?? `取值须为 ${JSON.stringify(issue.expected)}`;
    case 'invalid_union_discriminator':
      return `取值不在允许范围内（可选：${issue.options.join('、')}）`;
    case 'too_big':
      if (ownWords(issue)) return issue.message;
      if (issue.type === 'string') return `太长了（最多 ${issue.maximum} 个字）`;
      if (issue.type === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'too_small':
      if (ownWords(issue)) return issue.message;
      if (issue.type === 'string') return '不能为空';
      if (issue.type === 'array') return `至少 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    default:
      return ownWords(issue) ?? '格式不正确';
  }
}

/** One issue as parts. An unknown key is named by the object that holds it, and its own name ends the path. */
export function describe(issue: z.ZodIssue, labels: FieldLabels): Described {
  const unknownKey = issue.code === 'unrecognized_keys' && issue.keys.length > 0;
  const path = unknownKey ? [...issue.path, issue.keys[0]] : [...issue.path];
  const label = labels(issue.path) || '请求';
  const reason = reasonOf(issue);
  return { path, field: path.join('.'), label, reason, message: `${label}：${reason}` };
}

/** A refused request: its first issue, as the functions answer it. */
export function describeError(error: z.ZodError, labels: FieldLabels): Described {
  return describe(error.issues[0], labels);
}

/** RuleError('INVALID_INPUT') with the message, the dotted field, and the reason and path kept apart. */
export function invalidInput(error: z.ZodError, labels: FieldLabels): RuleError {
  return ruleErrorOf(describeError(error, labels));
}

/**
 * The reason and path travel with the field: a refusal of the whole request ("请求：必须填写", or an unknown key named
 * '') names no field, so it carries neither.
 */
export function ruleErrorOf(d: Described): RuleError {
  if (d.field === '') return new RuleError('INVALID_INPUT', d.message);
  return new RuleError('INVALID_INPUT', d.message, d.field, { reason: d.reason, path: d.path });
}

/** Parses or throws the describer's RuleError: the way every entry point validates its input. */
export function parseDescribed<T extends z.ZodTypeAny>(schema: T, input: unknown, labels: FieldLabels): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw invalidInput(r.error, labels);
  return r.data;
}

export interface BoxVoice {
  /** The box is a choice (a radio group, a picker): nothing chosen reads "请选择". */
  choice?: boolean;
  /** An empty box says the schema's own words for it ("请填写日期") rather than "必须填写". */
  ownMissing?: boolean;
}

/**
 * The reason beside a form's box, for a page that checks what is typed with the function's own schema before
 * sending it. Shorter than the request voice: no list of choices, no type names.
 */
export function boxReason(issue: z.ZodIssue, voice: BoxVoice = {}): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received !== 'undefined') return ownWords(issue) ?? '格式不正确';
      if (voice.choice) return '请选择';
      return (voice.ownMissing && ownWords(issue)) || '必须填写';
    case 'invalid_enum_value':
      return voice.choice ? '请选择' : '取值不在允许范围内';
    case 'too_small':
      return issue.type === 'string' ? '不能为空' : (ownWords(issue) ?? '格式不正确');
    case 'too_big':
      return ownWords(issue) ?? (issue.type === 'string' ? `太长了（最多 ${issue.maximum} 个字）` : '格式不正确');
    default:
      return ownWords(issue) ?? '格式不正确';
  }
}
