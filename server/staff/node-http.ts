import type { IncomingMessage, ServerResponse } from 'http';
import { readBody, type BodyRule } from '../gateway/body';
import { handleStaffHttp, STAFF_API_PREFIX, STAFF_BODY_LIMIT, type StaffHttpContext } from './http';
import { staffBodyLimit } from './body-limits';

/** The staff API's body rule at the gateway: the router's own limit. */
export const STAFF_BODY_RULE: BodyRule = { maxBytes: STAFF_BODY_LIMIT };

/** The rule of one request: the import routes carry a file (server/staff/body-limits.ts). */
export function staffBodyRule(method: string | undefined, target: string | undefined): BodyRule {
  return { maxBytes: staffBodyLimit(method ?? 'GET', new URL(target ?? '/', 'http://local').pathname) };
}

export function isStaffApiPath(pathname: string): boolean {
  return pathname === STAFF_API_PREFIX || pathname.startsWith(`${STAFF_API_PREFIX}/`);
}

/**
 * A Node request of the local gateway to the staff router and back. The caller admits the body first (its size and
 * the in-flight budget, server/gateway/body.ts) and gives back its share when this settles; a GET's body is not read.
 * Answers the status written.
 */
export async function serveStaffApi(ctx: StaffHttpContext, req: IncomingMessage, res: ServerResponse, target: string | undefined): Promise<number> {
  const url = new URL(target ?? '/', 'http://local');
  const body = req.method === 'GET' || req.method === 'HEAD' ? null : await readBody(req, staffBodyRule(req.method, target));
  if (body === null) req.resume();
  const answer = await handleStaffHttp(ctx, {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
    clientAddress: req.socket.remoteAddress ?? '',
  });
  if (res.headersSent) return answer.status;
  res.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
  res.end(answer.body);
  return answer.status;
}
