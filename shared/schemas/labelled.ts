import type { z } from 'zod';
import { RuleError } from '../errors';
import { describeIssue } from './common';

/**
 * Parses a request or throws INVALID_INPUT naming the field in Chinese, with the labels the schema's own module
 * gives (a Map: a field named `constructor` or `__proto__` is just an unknown field, never a prototype's property).
 */
export function parseLabelled<T extends z.ZodTypeAny>(schema: T, input: unknown, labels: ReadonlyMap<string, string>): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const unknownKey = issue.code === 'unrecognized_keys' && issue.keys.length > 0;
  const path = (unknownKey ? [...issue.path, issue.keys[0]] : issue.path).join('.');
  const labelPath = (unknownKey ? issue.path : issue.path).join('.');
  const label = labels.get(labelPath) ?? (labelPath === '' ? '请求' : labelPath);
  throw new RuleError('INVALID_INPUT', `${label}：${describeIssue(issue)}`, path || undefined);
}
