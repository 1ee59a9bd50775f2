import type { AppContext } from '../applications/context';
import type { StaffRole, StaffUserView } from '../../shared/contract/staff';

/** Who acts on a staff route: the signed-in account as the console sees it (role and scope included). */
export type StaffActor = StaffUserView;

/** What a route answers instead of JSON: a file (a material's image, an export), sent as it is. */
export interface RawAnswer {
  raw: { contentType: string; bytes: Buffer; fileName?: string };
}

/**
 * One route of the staff API that the router (server/staff/http.ts) dispatches to once the session, the CSRF token
 * and the role are checked. `pattern` is matched against the path below /staff/api as sent, still percent-encoded ("/applications/abc": the
 * handler decodes its segments);
 * `input.body` is the parsed JSON body of a POST ({} when empty), null for a GET. What `handle` returns is the
 * envelope's data; `input.sessionId` is the signed-in session's id (what a token handed out to one session is bound to); it throws RuleError / ApplicationError (server/respond.ts) for a refusal.
 */
/** `via`: who is asking — the console (the default) or `yibao staff … --as` — so a refusal can say what to do there. */
export interface StaffRouteInput {
  query: Record<string, string>;
  body: unknown;
  sessionId?: string;
  via?: 'console' | 'cli';
}

export interface StaffRoute {
  method: 'GET' | 'POST';
  pattern: RegExp;
  roles: StaffRole[];
  handle(ctx: AppContext, actor: StaffActor, match: RegExpMatchArray, input: StaffRouteInput): Promise<unknown | RawAnswer>;
}

export function isRawAnswer(value: unknown): value is RawAnswer {
  if (typeof value !== 'object' || value === null || !('raw' in value)) return false;
  const raw = (value as RawAnswer).raw;
  return typeof raw === 'object' && raw !== null && typeof raw.contentType === 'string' && Buffer.isBuffer(raw.bytes);
}
