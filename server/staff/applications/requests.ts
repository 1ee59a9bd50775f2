import { z } from 'zod';
import { parseDescribed } from '../../../shared/schemas/describe';
import { amount, isoDate, typedText } from '../../../shared/schemas/common';
import { maskBankCardNumbers } from '../../../shared/mask';
import { returnConcernsRequest } from '../../../shared/schemas/application';
import { applicationTypeModules } from '../../../shared/applications/registry';
import { MAX_PAGE } from '../../store/store';

/**
 * What the console's application routes accept, refused in plain Chinese naming the field (shared/schemas/describe).
 * Query strings arrive as strings, so numbers are read from digits here.
 */
const LABELS: Record<string, string> = {
  status: '状态',
  type: '申请类型',
  from: '提交日期（起）',
  to: '提交日期（止）',
  area: '地区',
  q: '搜索',
  order: '排序',
  cursor: '翻页位置',
  limit: '每页条数',
  reason: '原因',
  concerns: '所指项目',
  'concerns.fields': '所指格子',
  'concerns.materials': '所指材料',
  amount: '补助金额',
  confirmDuplicate: '确认重复补助的理由',
  person: '查看谁的身份证号',
};

function parse<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  return parseDescribed(schema, input, (path) => LABELS[path.join('.')] ?? LABELS[String(path[0])]);
}

/** A staff member's queue shows what was submitted; a draft is the applicant's and is never asked for. */
export const QUEUE_STATUSES = ['submitted', 'returned', 'accepted', 'rejected', 'withdrawn', 'cancelled'] as const;

const typeIds = () => applicationTypeModules().map((m) => m.id) as [string, ...string[]];
const paragraph = (max: number) => typedText({ max, multiline: true });

const queueQuery = z
  .object({
    status: z.enum([...QUEUE_STATUSES, 'all'], { invalid_type_error: '须写成文字' }).optional(),
    type: z.string().refine((t) => typeIds().includes(t), { message: '没有这种申请类型' }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    area: typedText({ max: 30 }).optional(),
    // Not typedText: that masks ID and phone numbers, and those are what is searched for.
    q: z.string({ invalid_type_error: '须写成文字' }).max(40, '太长了（最多 40 个字）').optional(),
    order: z.enum(['oldest', 'newest']).default('oldest'),
    cursor: z.string({ invalid_type_error: '须写成文字' }).max(300, '翻页位置无效，请从第一页重新查看').optional(),
    limit: z
      .string({ invalid_type_error: '须写成数字' })
      .regex(/^\d{1,3}$/, `须为 1 到 ${MAX_PAGE} 之间的整数`)
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_PAGE, `须为 1 到 ${MAX_PAGE} 之间的整数`)
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', message: '不能早于提交日期（起）', path: ['to'] });
  })
  // The queue opens on what waits (待受理); a search looks through every status unless one is chosen.
  .transform((v) => ({ ...v, status: v.status ?? (v.q ? ('all' as const) : ('submitted' as const)) }));

export type ParsedQueueQuery = z.output<typeof queueQuery>;

export function parseQueueQuery(query: Record<string, string>): ParsedQueueQuery {
  // An empty box of the console's filter form is "not given".
  const given = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
  return parse(queueQuery, given);
}

const acceptBody = z
  .object({
    amount: amount.optional(),
    confirmDuplicate: paragraph(200).optional(),
  })
  .strict();

// A card number staff copy into a reason (the payee's, a 结算单's) is masked like the payee card (shared/mask.ts).
const reasonBody = z.object({ reason: paragraph(200).transform(maskBankCardNumbers), concerns: returnConcernsRequest.optional() }).strict();

const revealBody = z
  .object({
    person: z.enum(['principal', 'agent'], { required_error: '必须填写' }),
    reason: paragraph(100).optional(),
  })
  .strict();

export const parseAcceptBody = (body: unknown) => parse(acceptBody, body ?? {});
export const parseReasonBody = (body: unknown) => parse(reasonBody, body);
export const parseRevealBody = (body: unknown) => parse(revealBody, body);

const templatesQuery = z.object({ type: z.string({ required_error: '必须填写' }).refine((t) => typeIds().includes(t), { message: '没有这种申请类型' }) }).strict();
export const parseTemplatesQuery = (query: Record<string, string>) => parse(templatesQuery, query);
