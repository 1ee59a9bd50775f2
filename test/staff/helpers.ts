import type { AppContext } from '../../server/applications/context';
import { createUser } from '../../server/staff/accounts/users';
import { handleStaffHttp, type StaffHttpContext, type StaffHttpRequest, type StaffHttpResponse } from '../../server/staff/http';
import type { StaffRoute } from '../../server/staff/route';

/** A clock the test moves: sessions and lockouts read it through the context. */
export function testClock(start = '2026-12-01T02:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms), set: (iso: string) => void (t = Date.parse(iso)) };
}

export const ADMIN_PASSWORD = 'Chief-pass-2026';
export const REVIEWER_PASSWORD = 'reviewer-pass-2026';

/** An administrator and a reviewer of 巴中 (通江县), and a reviewer of 随县, made as the CLI makes them. */
export async function seedUsers(app: AppContext): Promise<void> {
  await createUser(app, null, { login: 'admin', name: '管理员', role: 'admin', region: 'bazhong', password: ADMIN_PASSWORD });
  await createUser(app, null, { login: 'li.tj', name: '李经办', role: 'reviewer', region: 'bazhong', area: '通江县', password: REVIEWER_PASSWORD });
  await createUser(app, null, { login: 'wang.sx', name: '王经办', role: 'reviewer', region: 'suizhou', password: REVIEWER_PASSWORD });
}

/** A fixture route list standing in for the application routes: it echoes who asked and what. */
export const FIXTURE_ROUTES: StaffRoute[] = [
  {
    method: 'GET',
    pattern: /^\/applications\/([^/]+)$/,
    roles: ['reviewer', 'approver'],
    handle: async (_ctx, actor, match, input) => ({ actor: actor.login, id: match[1], query: input.query }),
  },
  {
    method: 'POST',
    pattern: /^\/applications\/([^/]+)\/accept$/,
    roles: ['reviewer', 'approver'],
    handle: async (_ctx, actor, match, input) => ({ accepted: match[1], by: actor.login, body: input.body }),
  },
  {
    method: 'GET',
    pattern: /^\/materials\/([^/]+)$/,
    roles: ['reviewer', 'approver'],
    handle: async () => ({ raw: { contentType: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]), fileName: '材料.png' } }),
  },
  {
    method: 'GET',
    pattern: /^\/boom$/,
    roles: ['reviewer', 'approver', 'admin'],
    handle: async () => {
      throw new Error('unforeseen 11010519491231002X');
    },
  },
];

export interface Call {
  status: number;
  headers: Record<string, string>;
  json: any;
  body: Buffer;
}

/** A browser-like client of the router: keeps the cookie, sends the CSRF token it was given, same-origin by default. */
export function staffClient(ctx: StaffHttpContext, address = '10.0.0.1') {
  let cookie: string | null = null;
  let csrf: string | null = null;
  async function call(method: string, path: string, body?: unknown, extra: Record<string, string> = {}, query: Record<string, string> = {}): Promise<Call> {
    const req: StaffHttpRequest = {
      method,
      path: `/staff/api${path}`,
      query,
      headers: {
        host: 'console.test',
        ...(cookie ? { cookie: `other=1; yb_staff=${cookie}` } : {}),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...extra,
      },
      body: body === undefined ? null : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
      clientAddress: address,
    };
    const res: StaffHttpResponse = await handleStaffHttp(ctx, req);
    const setCookie = res.headers['set-cookie'];
    if (setCookie) {
      const value = /^yb_staff=([^;]*)/.exec(setCookie)?.[1] ?? '';
      cookie = value || null;
    }
    let json: any = null;
    if ((res.headers['content-type'] ?? '').startsWith('application/json')) json = JSON.parse(res.body.toString('utf8'));
    if (json?.ok && json.data?.csrfToken) csrf = json.data.csrfToken;
    return { status: res.status, headers: res.headers, json, body: res.body };
  }
  return {
    call,
    login: (login: string, password: string) => call('POST', '/login', { login, password }),
    get cookie() {
      return cookie;
    },
    set cookie(v: string | null) {
      cookie = v;
    },
    get csrf() {
      return csrf;
    },
    set csrf(v: string | null) {
      csrf = v;
    },
  };
}
