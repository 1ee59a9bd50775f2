import type { z } from 'zod';
import { parseDescribed } from './describe';

/**
 * Parses a request or throws INVALID_INPUT naming the field in Chinese, with the labels the schema's own module
 * gives (a Map: a field named `constructor` or `__proto__` is just an unknown field, never a prototype's property).
 */
export function parseLabelled<T extends z.ZodTypeAny>(schema: T, input: unknown, labels: ReadonlyMap<string, string>): z.output<T> {
  return parseDescribed(schema, input, (path) => labels.get(path.join('.')) ?? path.join('.'));
}
