import { timingSafeEqual } from 'crypto';
import type { AppContext } from '../applications/context';
import { nowDate } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import type { Envelope } from '../../shared/contract/envelope';
import type { StaffSession } from '../../shared/contract/staff';
import { RuleError } from '../../shared/errors';
import { maskPersonalNumbers } from '../../shared/mask';
import { parseDescribed } from '../../shared/schemas/describe';
import { SECURITY_HEADERS } from '../gateway/security-headers';
import type { StaffSessionRecord, StaffUserRecord } from '../store/types';
import { listAccess } from './access-log';
import { authenticate, checkOwnPassword } from './accounts/login';
import { changePasswordInput, staffLabels } from './accounts/schemas';
import { changeAccess, createUser, listUsers, resetPassword, setDisabled, setOwnPassword, userView } from './accounts/users';
import { consoleOrigin, listAccountAudit } from './accounts/audit';
import { DEFAULT_RETRY_AFTER_SECONDS, StaffRateLimited } from './rate-limited';
import { sweepExpiredSessions } from './session-sweep';
import { forbidden, StaffError, STATUS_OF_CODE, unauthenticated } from './errors';
import { isRawAnswer, type StaffActor, type StaffRoute } from './route';
import { clearedCookie, cookieToken, createSession, resolveSession, sessionCookie } from './sessions';
import { sizeText, staffBodyLimit } from './body-limits';

/**
 * The staff console's HTTP API (shared/contract/staff.ts), platform-neutral: the local gateway
 * (server/gateway/server.ts) and the `staff` cloud function behind CloudBase's HTTP access
 * (server/staff/cloud-http.ts) both turn their request into a StaffHttpRequest and send back what this answers.
 *
 * Authentication is the staff's own — the `yb_staff` cookie of a login — and nothing else: an X-Session header, a
 * development login or an openid gives nothing here, as the staff cookie gives nothing on /api/*. Every method but
 * GET needs the session's X-CSRF-Token, and is refused when its Origin (if sent) is not this site's. Every answer is
 * an Envelope with the status of its code; no request, of any shape, throws out of here.
 */
export interface StaffHttpRequest {
  method: string;
  /** The request path, still percent-encoded, e.g. /staff/api/applications/abc. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | null;
  /** The client's address (lockouts count by it). */
  clientAddress: string;
}

export interface StaffHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface StaffHttpContext {
  app: AppContext;
  /** Production marks the cookie Secure. */
  production: boolean;
  /** The application routes (server/staff/applications); tests pass a fixture list. */
  routes: readonly StaffRoute[];
  /** Origins besides the request's own host that may send changes (the console on another host of this site). */
  origins?: readonly string[];
  log?: (line: string) => void;
}

export const STAFF_API_PREFIX = '/staff/api';
/** A JSON body of the staff API is small (a reason of 200 characters, a password): 64 KB is far above any. */
export const STAFF_BODY_LIMIT = 64 * 1024;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Answer = { status?: number; data: unknown; headers?: Record<string, string> } | { raw: { contentType: string; bytes: Buffer; fileName?: string } };

function header(req: StaffHttpRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function json(status: number, body: Envelope, extra: Record<string, string> = {}): StaffHttpResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, ...extra, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: Buffer.from(JSON.stringify(body), 'utf8'),
  };
}

/** RFC 6266: an ASCII fallback and the UTF-8 name, so a Chinese file name survives every browser. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sameOrigin(req: StaffHttpRequest, ctx: StaffHttpContext): boolean {
  const origin = header(req, 'origin');
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  if (origin === undefined) return true;
  if (ctx.origins?.includes(origin)) return true;
  const host = header(req, 'host');
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function csrfMatches(given: string | undefined, session: StaffSessionRecord): boolean {
  if (!given) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(session.csrfToken, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function sessionAnswer(user: StaffUserRecord, session: StaffSessionRecord): StaffSession {
  return { user: userView(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

function parseBody(req: StaffHttpRequest): unknown {
  if (req.method === 'GET') return null;
  const bytes = req.body ?? Buffer.alloc(0);
  // The import routes carry a file (server/staff/body-limits.ts); every other body is small.
  const limit = staffBodyLimit(req.method, req.path);
  if (bytes.length > limit) throw new Refusal(413, 'INVALID_INPUT', `提交的内容太大（上限 ${sizeText(limit)}）`);
  const text = bytes.toString('utf8');
  if (text.trim() === '') return {};
  // Only JSON: a cross-site <form> can send text/plain that parses as JSON, but never this type without a preflight.
  if (!/^application\/json\s*(;|$)/i.test(header(req, 'content-type') ?? '')) {
    throw new Refusal(415, 'INVALID_INPUT', '请以 JSON 提交（Content-Type: application/json）');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, 'INVALID_INPUT', '请求不是有效的 JSON');
  }
}

/** The account routes this module answers itself, below /staff/api, once a session is established. */
async function accountRoute(
  ctx: StaffHttpContext,
  req: StaffHttpRequest,
  rest: string,
  body: unknown,
  who: { session: StaffSessionRecord; user: StaffUserRecord },
): Promise<Answer | null> {
  const { app } = ctx;
  const actor = userView(who.user);
  const admin = () => {
    if (who.user.role !== 'admin') throw forbidden('只有管理员可以管理账号和查看访问记录');
  };
  const m = /^\/users\/([^/]+)\/(disable|enable|password|access)$/.exec(rest);
  const origin = consoleOrigin(req.clientAddress);
  const key = `${req.method} ${m ? `/users/:login/${m[2]}` : rest}`;
  switch (key) {
    case 'POST /logout':
      await app.store.deleteStaffSession(who.session.id);
      return { data: {}, headers: { 'set-cookie': clearedCookie(ctx.production) } };
    case 'GET /me':
      return { data: sessionAnswer(who.user, who.session) };
    case 'POST /password': {
      const v = parseDescribed(changePasswordInput, body, staffLabels);
      await checkOwnPassword(app, who.user, v.current, req.clientAddress);
      await setOwnPassword(app, who.user, v.next, origin);
      // Every other session of the account ends; this one goes on (restarted after the change, same limits).
      await app.store.deleteStaffSessionsOf(who.user.login);
      await app.store.putStaffSession({ ...who.session, createdAt: nowDate(app).toISOString() });
      return { data: {} };
    }
    case 'GET /users':
      admin();
      return { data: await listUsers(app, actor, req.query) };
    case 'POST /users':
      admin();
      return { status: 201, data: await createUser(app, actor, body, origin) };
    case 'POST /users/:login/disable':
    case 'POST /users/:login/enable':
      admin();
      return { data: await setDisabled(app, actor, safeDecode(m![1]), m![2] === 'disable', origin) };
    case 'POST /users/:login/password':
      admin();
      return { data: await resetPassword(app, actor, safeDecode(m![1]), body, origin) };
    case 'POST /users/:login/access':
      admin();
      return { data: await changeAccess(app, actor, safeDecode(m![1]), body, origin) };
    case 'GET /account-audit':
      admin();
      return { data: await listAccountAudit(app, actor, req.query) };
    case 'GET /access-log':
      admin();
      return { data: await listAccess(app, actor, req.query) };
    default:
      return null;
  }
}

/** A path segment decoded, or '' when it does not decode (then it names no account). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

const ACCOUNT_PATHS = /^\/(login|logout|me|password|users(\/[^/]+\/(disable|enable|password|access))?|access-log|account-audit)$/;

async function applicationRoute(ctx: StaffHttpContext, req: StaffHttpRequest, rest: string, body: unknown, actor: StaffActor, sessionId: string): Promise<Answer> {
  // Matched as sent (percent-encoded): each handler decodes its own segments.
  const matching = ctx.routes.map((r) => ({ r, match: rest.match(r.pattern) })).filter((x) => x.match);
  const hit = matching.find((x) => x.r.method === req.method);
  if (!hit) {
    if (matching.length > 0 || ACCOUNT_PATHS.test(rest)) {
      const allow = [...new Set(matching.map((x) => x.r.method))].join(', ') || (req.method === 'GET' ? 'POST' : 'GET');
      throw new Refusal(405, 'INVALID_INPUT', `这个接口不接受 ${req.method} 请求`, { allow });
    }
    throw new Refusal(404, 'NOT_FOUND', '没有这个接口');
  }
  if (!hit.r.roles.includes(actor.role)) throw forbidden();
  const result = await hit.r.handle(ctx.app, actor, hit.match!, { query: req.query, body, sessionId });
  return isRawAnswer(result) ? result : { data: result };
}

async function route(ctx: StaffHttpContext, req: StaffHttpRequest): Promise<Answer> {
  if (req.method !== 'GET' && req.method !== 'POST') throw new Refusal(405, 'INVALID_INPUT', '请用 GET 或 POST 调用接口', { allow: 'GET, POST' });
  if (!req.path.startsWith(`${STAFF_API_PREFIX}/`)) throw new Refusal(404, 'NOT_FOUND', '没有这个接口');
  const rest = req.path.slice(STAFF_API_PREFIX.length);
  if (req.method !== 'GET' && !sameOrigin(req, ctx)) throw forbidden('请求来自其他网站，已拒绝');
  const body = parseBody(req);
  if (rest === '/login') {
    if (req.method !== 'POST') throw new Refusal(405, 'INVALID_INPUT', '请用 POST 登录', { allow: 'POST' });
    const user = await authenticate(ctx.app, body, req.clientAddress);
    // Housekeeping: the account's sessions that have ended are removed as it starts a new one, and a bounded batch
    // of anyone's (session-sweep.ts), so a store without the gateway's timer (the cloud function) is swept too.
    await ctx.app.store.deleteStaffSessionsOf(user.login, nowDate(ctx.app).toISOString());
    await sweepExpiredSessions(ctx.app);
    const { token, record } = await createSession(ctx.app, user.login);
    return { data: sessionAnswer(user, record), headers: { 'set-cookie': sessionCookie(token, ctx.production) } };
  }
  const who = await resolveSession(ctx.app, cookieToken(header(req, 'cookie')));
  if (!who) throw unauthenticated();
  if (req.method !== 'GET' && !csrfMatches(header(req, 'x-csrf-token'), who.session)) {
    throw forbidden('页面已过期（缺少或不符的安全令牌），请刷新页面后重试');
  }
  return (await accountRoute(ctx, req, rest, body, who)) ?? applicationRoute(ctx, req, rest, body, userView(who.user), who.session.id);
}

/** One request of the staff API to its answer. Never throws: anything unforeseen is a 500 for this request alone. */
export async function handleStaffHttp(ctx: StaffHttpContext, req: StaffHttpRequest): Promise<StaffHttpResponse> {
  try {
    const answer = await route(ctx, req);
    if ('raw' in answer) {
      return {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'content-type': answer.raw.contentType,
          'cache-control': 'private, no-store',
          ...(answer.raw.fileName ? { 'content-disposition': attachment(answer.raw.fileName) } : {}),
        },
        body: answer.raw.bytes,
      };
    }
    return json(answer.status ?? 200, { ok: true, data: answer.data }, answer.headers);
  } catch (e) {
    if (e instanceof Refusal) return json(e.status, { ok: false, code: e.code, message: e.message }, e.headers);
    if (e instanceof RuleError || e instanceof ApplicationError || e instanceof StaffError) {
      const body = e.toJSON();
      const status = STATUS_OF_CODE[body.code] ?? 400;
      // Every 429 says when to come back, in seconds (RFC 9110 §10.2.3), as its message says in words.
      const retry: Record<string, string> = status === 429 ? { 'retry-after': String(e instanceof StaffRateLimited ? e.retryAfterSeconds : DEFAULT_RETRY_AFTER_SECONDS) } : {};
      return json(status, { ...body, message: maskPersonalNumbers(body.message).slice(0, 300) }, retry);
    }
    (ctx.log ?? ((line: string) => process.stderr.write(line + '\n')))(
      `staff api internal error: ${maskPersonalNumbers(e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 300)}`,
    );
    return json(500, { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' });
  }
}
