import { z } from 'zod';
import { parseLabelled } from './labelled';

/** One page of a list: the cursor the previous page gave, and how many to show (at most 100). */
export const pageRequest = z
  .object({
    cursor: z.string({ invalid_type_error: '翻页位置格式不正确' }).max(300, '翻页位置格式不正确').optional(),
    limit: z
      .number({ invalid_type_error: '每页条数须为数字' })
      .int('每页条数须为整数')
      .min(1, '每页条数不能少于 1')
      .max(100, '每页条数不能超过 100')
      .optional(),
  })
  .strict();
export type PageRequest = z.infer<typeof pageRequest>;

export const PAGE_LABELS: ReadonlyMap<string, string> = new Map([
  ['cursor', '翻页位置'],
  ['limit', '每页条数'],
]);

export function parsePageRequest(input: unknown): PageRequest {
  return parseLabelled(pageRequest, input ?? {}, PAGE_LABELS);
}
