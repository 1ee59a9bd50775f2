import { RuleError } from '../../shared/errors';

/**
 * Page cursors: the sort key and id of the last item of a page, opaque to callers (base64url JSON). Both adapters
 * issue and read the same form, so a cursor survives a restart; anything else is refused in Chinese.
 */
export interface CursorPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  const refused = () => new RuleError('INVALID_INPUT', '翻页位置无效，请从第一页重新查看', 'cursor');
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 300 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw refused();
  return { key: parsed[0], id: parsed[1] };
}

/** Queue order puts never-submitted records last: '~' sorts after every ISO timestamp. */
export const NOT_SUBMITTED_KEY = '~';

export function pageSize(limit: number | undefined, max: number, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1) throw new RuleError('INVALID_INPUT', `每页条数：须为 1 到 ${max} 之间的整数`, 'limit');
  return Math.min(limit, max);
}
