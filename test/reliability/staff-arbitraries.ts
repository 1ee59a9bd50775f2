/**
 * Hostile requests for the staff console's API (/staff/api/*): every route of the router, the application routes
 * read from the routes table itself (server/staff/routes.ts) so a route added there is fuzzed without a line here,
 * then wrong methods, path variants, hostile query strings, bodies (random JSON, wrong types, huge strings, deep
 * nesting, prototype-named keys at every depth, non-JSON, oversize), content types, cookies and CSRF headers.
 *
 * Session values are markers (`@@token:<login>@@`, `@@csrf:<login>@@`) the test binds when it sends, so the logout
 * fuzz can spend a fresh session for each logout that succeeds.
 */
import fc from 'fast-check';
import { staffApplicationRoutes } from '../../server/staff/routes';
import { staffBodyLimit, STAFF_JSON_BODY_LIMIT } from '../../server/staff/body-limits';
import type { StaffRole } from '../../shared/contract/staff';
import { FATHER_ID } from '../applications/helpers';
import { Pool, requests, toJsonText } from './arbitraries';
import { SESSION_USERS, VICTIM, type Seeded, type StaffRequest } from './staff-world';

export const PREFIX = '/staff/api';

export interface RouteSpec {
  method: 'GET' | 'POST';
  /** The path below /staff/api with its segments as :p1, :p2 … ("/applications/:p1/accept"). */
  template: string;
  /** "POST /applications/:p1/accept". */
  key: string;
  /** The kind of each segment: any text, or lower-case letters only (a document's name). */
  params: ('segment' | 'word')[];
  pattern: RegExp | null;
  roles: readonly StaffRole[] | 'session';
}

/**
 * The account routes server/staff/http.ts answers itself (its accountRoute switch and ACCOUNT_PATHS; they are not a
 * table there). Everything else comes from the routes table.
 */
const ACCOUNT_ROUTES: Omit<RouteSpec, 'key' | 'pattern'>[] = [
  { method: 'POST', template: '/login', params: [], roles: 'session' },
  { method: 'POST', template: '/logout', params: [], roles: 'session' },
  { method: 'GET', template: '/me', params: [], roles: 'session' },
  { method: 'POST', template: '/password', params: [], roles: 'session' },
  { method: 'GET', template: '/users', params: [], roles: ['admin'] },
  { method: 'POST', template: '/users', params: [], roles: ['admin'] },
  { method: 'POST', template: '/users/:p1/disable', params: ['segment'], roles: ['admin'] },
  { method: 'POST', template: '/users/:p1/enable', params: ['segment'], roles: ['admin'] },
  { method: 'POST', template: '/users/:p1/password', params: ['segment'], roles: ['admin'] },
  { method: 'POST', template: '/users/:p1/access', params: ['segment'], roles: ['admin'] },
  { method: 'GET', template: '/account-audit', params: [], roles: ['admin'] },
  { method: 'GET', template: '/access-log', params: [], roles: ['admin'] },
];

/**
 * A route's pattern as a path template: `^` `$` dropped, an optional trailing slash dropped, `([^/]+)` a segment,
 * `([a-z]+)` a word, escaped characters unescaped. A pattern using anything else cannot be fuzzed without a
 * generator of its own: that throws, so the suite fails rather than skips the route.
 */
export function templateOf(pattern: RegExp): { template: string; params: RouteSpec['params'] } {
  const params: RouteSpec['params'] = [];
  let t = pattern.source.replace(/^\^/, '').replace(/\$$/, '').replace(/\\\/\?$/, '');
  t = t.replace(/\(\[\^\/\]\+\)|\(\[\^\\\/\]\+\)|\(\[a-z\]\+\)/g, (group) => {
    params.push(group.includes('a-z') ? 'word' : 'segment');
    return `:p${params.length}`;
  });
  t = t.replace(/\\([/.-])/g, '$1');
  if (/[\\()[\]?*+|^${}]/.test(t)) throw new Error(`no path generator for the staff route pattern ${pattern.source}: teach staff-arbitraries.ts templateOf`);
  return { template: t, params };
}

/** Every route of the staff API: the account routes, then the routes table as the gateway and the function serve it. */
export function staffRouteSpecs(): RouteSpec[] {
  const table = staffApplicationRoutes().map((r) => ({ method: r.method, ...templateOf(r.pattern), pattern: r.pattern, roles: r.roles }));
  return [...ACCOUNT_ROUTES.map((r) => ({ ...r, pattern: null })), ...table].map((r) => ({ ...r, key: `${r.method} ${r.template}` }));
}

// ------------------------------------------------------------------------------------------------ valid bases

const CSV = Buffer.from('\ufeff姓名,身份证号,优抚类别,残疾等级,致残原因,县（市、区）,乡（镇）,名册年度\n李复员,14052219400301001X,在乡复员军人,,,阳城县,凤城镇,2026\n').toString('base64');

/** A valid-looking body per route (so mutations reach past the first check); a route not named gets {}. */
export const BODY_BASES: Record<string, Record<string, unknown>> = {
  'POST /login': { login: 'fz.nobody', password: 'Wrong-pass-2026' },
  'POST /password': { current: 'Wrong-pass-2026', next: 'Next-pass-2026x' },
  'POST /users': { login: 'fz.new', name: '新账号', role: 'reviewer', region: 'bazhong', area: '通江县', password: 'Fuzz-pass-2027' },
  'POST /users/:p1/password': { password: 'Fuzz-pass-2027' },
  'POST /users/:p1/access': { role: 'approver', region: 'bazhong', area: '' },
  'POST /applications/:p1/accept': {},
  'POST /applications/:p1/return': { reason: '居住证明照片不清晰，请重新上传', concerns: { fields: ['principal.phone'], materials: ['residenceProof'] } },
  'POST /applications/:p1/reject': { reason: '不属于异地就医备案范围', concerns: { fields: ['principal.name'], materials: [] } },
  'POST /applications/:p1/reveal': { person: 'principal', reason: '核对证件' },
  'POST /identity/verify': { idNumber: FATHER_ID, name: '张大山', ref: 'HY-000000', evidence: '居民身份证原件' },
  'POST /identity/revoke': { idNumber: FATHER_ID, ref: 'HY-000000', reason: '本人申明不是其本人申报' },
  'POST /identity/issue-code': { idNumber: FATHER_ID, name: '张大山' },
  'POST /veteran/imports/preview': { kind: 'roster', fileName: '名册.csv', contentBase64: CSV },
  'POST /veteran/imports/commit': { kind: 'roster', fileName: '名册.csv', contentBase64: CSV, token: 'not-a-token', allowErrors: false },
  'POST /veteran/round/claims/:p1/review': { note: '审核通过' },
  'POST /veteran/round/claims/:p1/paid': { date: '2026-12-01', paymentId: 'claim-x' },
};

/** A valid-looking query per GET route. */
export const QUERY_BASES: Record<string, Record<string, string>> = {
  'GET /applications': { status: 'all', type: 'remoteFiling', order: 'newest', limit: '5', from: '2026-01-01', to: '2030-12-31' },
  'GET /applications/export.xlsx': { status: 'submitted', q: '张大山' },
  'GET /return-templates': { type: 'remoteFiling' },
  'GET /users': { limit: '10' },
  'GET /access-log': { limit: '10' },
  'GET /account-audit': { limit: '10' },
  'GET /identity': { idNumber: FATHER_ID },
  'GET /veteran/ledger': { idNumber: FATHER_ID, year: '2026' },
  'GET /veteran/round': { year: '2026', month: '12', township: '凤城镇' },
  'GET /veteran/round/export': { year: '2026', month: '7', township: '凤城镇' },
};

// ---------------------------------------------------------------------------------------------- hostile parts

/** Every name a plain object answers to without having it as its own. */
export const PROTO_WORDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Text at the edges of Unicode and of the parsers: lone surrogates, NUL, RTL override, BOM, astral, full-width. */
export const UNICODE_EDGES = ['\ud800', '\udc00x', 'a\u0000b', '\u0000', '\u202eevil', '\u200f\u200e', '\ufeff', '\u200b', '𠀀𠀁', '👨‍👩‍👧‍👦', 'e\u0301', 'ｂａｚｈｏｎｇ', '１２３', '\r\n', '\t', '\\', '"', "'", '<script>', '${x}', '%00', '%', '..', '/'];

/** Query and body values: numbers as text, dates, IDs, codes, injections, the prototype's names, huge strings. */
export const HOSTILE_TEXT = [
  ...PROTO_WORDS,
  'prototype',
  ...UNICODE_EDGES,
  '',
  ' ',
  '-1',
  '0',
  '1e9',
  '1e400',
  'NaN',
  'Infinity',
  '0x10',
  '99999999999999999999',
  'true',
  'null',
  'undefined',
  '[object Object]',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '0000-00-00',
  FATHER_ID,
  FATHER_ID.toLowerCase(),
  '11010519491231002',
  '13800005678',
  'BZ-2026-000001',
  'all',
  'submitted',
  'draft',
  'admin',
  'bazhong',
  'suizhou',
  'yangcheng',
  '通江县',
  '凤城镇',
  "'; DROP TABLE staff_users; --",
  '{"$gt":""}',
  '../../etc/passwd',
  'A'.repeat(5_000),
  '医'.repeat(2_000),
];

/**
 * A value percent-encoded, at most 1,000 characters of it: the request line stays within the gateway's 8 KB of
 * headers (server/gateway/limits.ts; a longer one is Node's 431, tested in gateway-limits.test.ts). A cut may end
 * inside a %XX: one more kind of garbage.
 */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s).slice(0, 1_000);
  } catch {
    // A lone surrogate does not encode: sent as the raw bytes UTF-8 would refuse.
    return '%ED%A0%80';
  }
};

/** Query strings: the route's base with values replaced, keys added, repeated and bracketed, or plain garbage. */
function queryOf(key: string): fc.Arbitrary<string> {
  const base = QUERY_BASES[key] ?? {};
  const keys = Object.keys(base);
  const anyKey = fc.oneof(fc.constantFrom(...(keys.length ? keys : ['q'])), fc.constantFrom(...PROTO_WORDS, 'prototype', 'status[]', 'a[0]', '', 'limit', 'cursor', 'type', 'area'));
  const pair = fc.tuple(anyKey, fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })));
  const fromPairs = (pairs: [string, string][]) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
  const asBase = Object.entries(base) as [string, string][];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(fromPairs(asBase)) },
    { weight: 6, arbitrary: fc.array(pair, { minLength: 1, maxLength: 4 }).map((extra) => fromPairs([...asBase.filter(([k]) => !extra.some(([e]) => e === k)), ...extra])) },
    // The same name twice, and as an array (`a[]=`): the router takes one value per name.
    { weight: 2, arbitrary: fc.tuple(anyKey, fc.constantFrom(...HOSTILE_TEXT)).map(([k, v]) => `${fromPairs(asBase)}&${encode(k)}=${encode(v)}&${encode(k)}=x&${encode(k)}[]=y&${encode(k)}[0]=z`) },
    { weight: 1, arbitrary: fc.constantFrom('%zz', '&&&', '=x', 'a=%E0%A4%A', '__proto__[role]=admin', 'constructor[prototype][x]=1', 'a', '?', '#x', '%ED%A0%80=%ED%A0%80', 'limit=1&limit=2&limit=999') },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

/** A segment's value: the office's real ids and numbers (in and out of scope), accounts, prototype names, garbage. */
function segmentOf(kind: 'segment' | 'word', seeded: Seeded): fc.Arbitrary<string> {
  if (kind === 'word') return fc.constantFrom('commitment', 'voucher', 'constructor', 'proto', 'tostring', 'valueof', 'hasownproperty', 'prototype', 'x');
  // Not the session accounts: an administrator's fuzz would disable them and end the sessions the suite acts with.
  const real = [...seeded.applicationIds, ...seeded.numbers, ...seeded.materialIds, VICTIM, 'fz.nobody', 'admin'];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTO_WORDS, 'prototype', '%5F%5Fproto%5F%5F') },
    { weight: 1, arbitrary: fc.constantFrom(...real).map((id) => id.toLowerCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...real).map((id) => `${id}.`) },
    { weight: 2, arbitrary: fc.constantFrom('%2F', '%2e%2e', '%00', '%E0%A4%A', '%ED%A0%80', '%F0%9F%98%80', '%20', '-', '_', '0', '-1', 'a'.repeat(1_500), 'BZ-2026-999999', 'bz-2026-000001', '%25', '*', ',', '~') },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT).map((s) => encode(s) || 'x') },
  );
}

/** The path as sent: the route's own, or doubled slashes, an encoded slash, a trailing dot or slash, other case, dot segments. */
function pathOf(route: RouteSpec, seeded: Seeded): fc.Arbitrary<string> {
  const filled = fc.tuple(...route.params.map((k) => segmentOf(k, seeded))).map((values) => values.reduce((t, v, i) => t.replace(`:p${i + 1}`, v), route.template));
  const variant = fc.constantFrom<(p: string) => string>(
    (p) => p.replace('/', '//'),
    (p) => p.replace(/\/([^/]*)$/, '//$1'),
    (p) => `${p}/`,
    (p) => `${p}.`,
    (p) => `${p}%2e`,
    (p) => `${p}%00`,
    (p) => `${p};jsessionid=1`,
    (p) => p.replace(/\/(?=[^/]*$)/, '%2F'),
    (p) => p.toUpperCase(),
    (p) => `${p}/..`,
    (p) => `/x/..${p}`,
    (p) => `${p}%20`,
  );
  // Mostly the route's own path, so the hostile rest of the request reaches the route.
  const asIs = fc.constant((p: string) => p);
  const prefix = fc.oneof({ weight: 15, arbitrary: fc.constant(PREFIX) }, { weight: 3, arbitrary: fc.constantFrom(`${PREFIX}/`, '/staff//api', '/STAFF/api', '/staff/api%2F', '/staff/api/.') });
  return fc.tuple(prefix, filled, fc.oneof({ weight: 5, arbitrary: asIs }, { weight: 2, arbitrary: variant })).map(([pre, p, v]) => `${pre}${v(p)}`);
}

// ------------------------------------------------------------------------------------------------------ bodies

const RAW_BODIES: (string | Buffer)[] = [
  '',
  ' ',
  '{',
  '}',
  'null',
  '[]',
  '[{}]',
  '"text"',
  '1',
  '-0',
  'true',
  '\u0000',
  '{"a":1}garbage',
  '\ufeff{}',
  '{"a":1,"a":2}',
  '{"__proto__":{"role":"admin"},"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  'login=admin&password=x',
  '<?xml version="1.0"?><a/>',
  '{"login":"\\ud800","password":"\\udfff"}',
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
  Buffer.from([0xc0, 0xaf, 0x22]),
];

/** The JSON with prototype-named keys wrapped around it and inside it at every depth. */
function protoWrapped(base: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...PROTO_WORDS, 'prototype'), fc.integer({ min: 1, max: 6 })).map(([k, depth]) => {
    let inner = JSON.stringify({ role: 'admin', isAdmin: true, region: 'suizhou', polluted: 'yes' });
    for (let i = 0; i < depth; i++) inner = `{${JSON.stringify(k)}:${inner}}`;
    const own = JSON.stringify(base).slice(1, -1);
    return `{${own}${own ? ',' : ''}${JSON.stringify(k)}:${inner}}`;
  });
}

/** Bodies for a route: its base mutated (arbitraries.ts requests), proto-wrapped, raw garbage, just over the limit. */
function bodyOf(route: RouteSpec): fc.Arbitrary<Buffer> {
  const base = BODY_BASES[route.key] ?? {};
  const pool = new Pool();
  const overLimit = staffBodyLimit(route.method, `${PREFIX}${route.template}`) === STAFF_JSON_BODY_LIMIT;
  return fc.oneof(
    { weight: 12, arbitrary: requests(fc.constant(base)).map((tree) => Buffer.from(toJsonText(tree, pool), 'utf8')) },
    { weight: 2, arbitrary: protoWrapped(base).map((t) => Buffer.from(t, 'utf8')) },
    { weight: 3, arbitrary: fc.constantFrom(...RAW_BODIES).map((b) => (Buffer.isBuffer(b) ? b : Buffer.from(b, 'utf8'))) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s, 'utf8')) },
    // Just over a JSON route's 64 KB (the import routes' 8 MB is tried once, in the test, not thousands of times).
    { weight: overLimit ? 1 : 0, arbitrary: fc.constant(Buffer.from(JSON.stringify({ ...base, pad: 'x'.repeat(STAFF_JSON_BODY_LIMIT) }), 'utf8')) },
  );
}

// ------------------------------------------------------------------------------------------------------ headers

export const tokenMark = (login: string) => `@@token:${login}@@`;
export const csrfMark = (login: string) => `@@csrf:${login}@@`;

const CONTENT_TYPES = [...Array(10).fill('application/json'), 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/json\u00a0', '', 'application/xml'];

/** What a hostile client puts in its cookies: none, another name, garbled, a well-formed token nobody was given, several. */
const GARBLED_COOKIES = [
  null,
  'yb_staff=',
  'yb_staff',
  '=yb_staff',
  'yb_staff=%%%',
  'yb_staff=__proto__',
  `yb_staff=${'A'.repeat(43)}`,
  `yb_staff=${'A'.repeat(42)}~`,
  `yb_staff=${'a'.repeat(2_000)}`,
  'YB_STAFF=x',
  'yb_staff=\u00e9\u00e9',
  'a=1; b=2; yb_staff="quoted"',
  ';;;;',
  'constructor=1; __proto__=2',
];

const GARBLED_CSRF = [null, '', 'x', 'A'.repeat(43), '__proto__', 'a'.repeat(2_000), '\u00e9'];

type Mode = 'anonymous' | 'session';

/** The header pairs of one request. `login` is the session's account in session mode. */
function headersOf(route: RouteSpec, mode: Mode, host: string, login: string, hasBody: boolean): fc.Arbitrary<[string, string][]> {
  const cookie =
    mode === 'session'
      ? fc.constantFrom<string[]>(
          [`yb_staff=${tokenMark(login)}`],
          [`yb_staff=${tokenMark(login)}`],
          [`yb_staff=${tokenMark(login)}`],
          [`other=1; yb_staff=${tokenMark(login)}; x=__proto__`],
          [`yb_staff=${tokenMark(login)}`, 'yb_staff=garbled'],
          ['yb_staff=garbled', `yb_staff=${tokenMark(login)}`],
        )
      : fc.constantFrom(...GARBLED_COOKIES).chain((c) => fc.constantFrom<string[]>(c === null ? [] : [c], c === null ? ['yb_staff=x', 'yb_staff=y'] : [c, c]));
  const csrf =
    mode === 'session'
      ? fc.oneof(
          { weight: 8, arbitrary: fc.constant([csrfMark(login)]) },
          { weight: 1, arbitrary: fc.constantFrom<string[]>([csrfMark(login), csrfMark(login)], [], ['wrong'], [`${csrfMark(login)} `]) },
        )
      : fc.constantFrom(...GARBLED_CSRF).map((c) => (c === null ? [] : [c]));
  const origin = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom<string[]>([], [`http://${host}`]) },
    { weight: 1, arbitrary: fc.constantFrom<string[]>(['https://evil.example'], ['null'], ['http://[zz'], [`http://${host}`, 'https://evil.example']) },
  );
  const fetchSite = fc.oneof({ weight: 8, arbitrary: fc.constantFrom<string[]>([], ['same-origin'], ['none']) }, { weight: 1, arbitrary: fc.constantFrom<string[]>(['cross-site'], ['same-site']) });
  const type = fc.constantFrom(...CONTENT_TYPES);
  const extra = fc.constantFrom<[string, string][]>([], [], [['x-session', 'dev.token.x']], [['x-forwarded-for', '203.0.113.9, 10.0.0.1']], [['__proto__', 'x']], [['constructor', 'y']], [['x-csrf-token-x', 'z']]);
  return fc.tuple(cookie, csrf, origin, fetchSite, type, extra).map(([cs, xs, os, fs, t, more]) => [
    ['host', host],
    ...cs.map((c): [string, string] => ['cookie', c]),
    ...xs.map((x): [string, string] => ['x-csrf-token', x]),
    ...os.map((o): [string, string] => ['origin', o]),
    ...fs.map((f): [string, string] => ['sec-fetch-site', f]),
    ...(hasBody && t !== '' ? [['content-type', t] as [string, string]] : []),
    ...more,
  ]);
}

const OTHER_METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;

/** One hostile request for a route, anonymous or with one of the seeded sessions. */
export function staffRequests(route: RouteSpec, seeded: Seeded, mode: Mode, host: string): fc.Arbitrary<StaffRequest> {
  const login = fc.constantFrom(...(route.key === 'POST /logout' ? ['fz.out'] : SESSION_USERS.map((u) => u.login)));
  const method = fc.oneof(
    { weight: 12, arbitrary: fc.constant(route.method) },
    { weight: 2, arbitrary: fc.constant(route.method === 'GET' ? 'POST' : 'GET') },
    { weight: 2, arbitrary: fc.constantFrom(...OTHER_METHODS) },
  );
  return fc.tuple(method, pathOf(route, seeded), queryOf(route.key), login).chain(([m, path, query, who]) => {
    const hasBody = m !== 'GET' && m !== 'HEAD';
    return fc.tuple(headersOf(route, mode, host, who, hasBody), hasBody ? bodyOf(route) : fc.constant(null)).map(([headers, body]) => ({ method: m, path, query, headers, body, route: route.key }));
  });
}

// ------------------------------------------------------------------------------------------ the prototype sweep

/** A named value the API accepts, as one request with `word` in it, and the session that may reach it. */
export interface ProtoSlot {
  name: string;
  login: string;
  build(word: string, seeded: Seeded): { method: 'GET' | 'POST'; path: string; query?: Record<string, string>; body?: unknown };
  /**
   * A free-text filter (a search, an area or township typed as a name): a word there is a name like any other, so
   * a page with nothing found is a correct answer too — but nothing may be found.
   */
  filter?: true;
  /** Statuses besides 400 and 404 this slot may answer, and why (in the slot's name). */
  also?: number[];
  /** The route the slot's request goes to, when its success may show a person's number by design. */
  route?: string;
}

const inScope = (s: Seeded) => s.applicationIds[0];

export const PROTO_SLOTS: ProtoSlot[] = [
  // Ids and numbers in the path.
  ...['', '/accept', '/return', '/reject', '/reveal'].map((tail): ProtoSlot => ({
    name: `application id in /applications/:id${tail}`,
    login: 'fz.li',
    build: (w) => ({ method: tail ? 'POST' : 'GET', path: `/applications/${encode(w)}${tail}`, body: tail === '/reveal' ? { person: 'principal' } : tail === '/accept' ? {} : tail ? { reason: '照片不清晰' } : undefined }),
  })),
  { name: 'application id of a document', login: 'fz.li', build: (w) => ({ method: 'GET', path: `/applications/${encode(w)}/documents/commitment.pdf` }) },
  { name: 'document name', login: 'fz.li', build: (w, s) => ({ method: 'GET', path: `/applications/${inScope(s)}/documents/${encode(w)}.pdf` }) },
  { name: 'material id', login: 'fz.li', build: (w) => ({ method: 'GET', path: `/materials/${encode(w)}` }) },
  ...['disable', 'enable', 'password', 'access'].map((what): ProtoSlot => ({
    name: `login in /users/:login/${what}`,
    login: 'fz.admin',
    build: (w) => ({ method: 'POST', path: `/users/${encode(w)}/${what}`, body: BODY_BASES[`POST /users/:p1/${what}`] ?? {} }),
  })),
  ...(['role', 'region', 'area'] as const).map((k): ProtoSlot => ({
    name: `changed access's ${k}`,
    login: 'fz.admin',
    build: (w) => ({ method: 'POST', path: `/users/${VICTIM}/access`, body: { ...BODY_BASES['POST /users/:p1/access'], [k]: w } }),
  })),
  ...['login', 'cursor', 'limit'].map((k): ProtoSlot => ({ name: `${k} of /account-audit`, login: 'fz.admin', build: (w) => ({ method: 'GET', path: '/account-audit', query: { [k]: w } }) })),
  ...['review', 'paid'].map((what): ProtoSlot => ({
    name: `claim id in /veteran/round/claims/:id/${what}`,
    login: what === 'review' ? 'fz.fc' : 'fz.yc',
    build: (w) => ({ method: 'POST', path: `/veteran/round/claims/${encode(w)}/${what}`, body: what === 'paid' ? { date: '2026-12-01' } : {} }),
  })),
  // Filter values of the queue and its export.
  // The export takes the queue's filters but not its page (cursor, limit: it is every page).
  ...['status', 'type', 'order', 'cursor', 'limit', 'from', 'to'].flatMap((k): ProtoSlot[] =>
    ['/applications', ...(k === 'cursor' || k === 'limit' ? [] : ['/applications/export.xlsx'])].map((p) => ({
      name: `queue filter ${k} on ${p}`,
      login: 'fz.wang',
      build: (w) => ({ method: 'GET', path: p, query: { [k]: w } }),
    })),
  ),
  ...['/applications', '/applications/export.xlsx'].flatMap((p): ProtoSlot[] => [
    { name: `queue search q on ${p}`, login: 'fz.wang', build: (w) => ({ method: 'GET', path: p, query: { q: w } }), filter: true },
    { name: `queue area on ${p}`, login: 'fz.wang', build: (w) => ({ method: 'GET', path: p, query: { area: w } }), filter: true },
  ]),
  { name: 'return template type', login: 'fz.li', build: (w) => ({ method: 'GET', path: '/return-templates', query: { type: w } }) },
  ...['/users', '/access-log'].flatMap((p): ProtoSlot[] =>
    ['cursor', 'limit'].map((k) => ({ name: `${k} of ${p}`, login: 'fz.admin', build: (w) => ({ method: 'GET', path: p, query: { [k]: w } }) })),
  ),
  { name: 'identity look-up idNumber', login: 'fz.li', build: (w) => ({ method: 'GET', path: '/identity', query: { idNumber: w } }) },
  { name: 'ledger idNumber', login: 'fz.yc', build: (w) => ({ method: 'GET', path: '/veteran/ledger', query: { idNumber: w } }) },
  { name: 'ledger year', login: 'fz.yc', build: (w) => ({ method: 'GET', path: '/veteran/ledger', query: { idNumber: FATHER_ID, year: w } }) },
  ...['/veteran/round', '/veteran/round/export'].flatMap((p): ProtoSlot[] => [
    { name: `round year on ${p}`, login: 'fz.yc', build: (w) => ({ method: 'GET', path: p, query: { year: w, month: '12', township: '凤城镇' } }) },
    { name: `round month on ${p}`, login: 'fz.yc', build: (w) => ({ method: 'GET', path: p, query: { year: '2026', month: w, township: '凤城镇' } }) },
    { name: `round township on ${p} (a 服务站's own)`, login: 'fz.fc', build: (w) => ({ method: 'GET', path: p, query: { year: '2026', month: '12', township: w } }) },
    { name: `round township on ${p} (the county's pick)`, login: 'fz.yc', build: (w) => ({ method: 'GET', path: p, query: { year: '2026', month: '12', township: w } }), filter: true },
  ]),
  // Named values in bodies.
  { name: 'accept amount', login: 'fz.li', build: (w, s) => ({ method: 'POST', path: `/applications/${inScope(s)}/accept`, body: { amount: w } }) },
  { name: 'return concerns field', login: 'fz.li', build: (w, s) => ({ method: 'POST', path: `/applications/${inScope(s)}/return`, body: { reason: '照片不清晰', concerns: { fields: [w] } } }) },
  { name: 'return concerns field of the type', login: 'fz.li', build: (w, s) => ({ method: 'POST', path: `/applications/${inScope(s)}/return`, body: { reason: '照片不清晰', concerns: { fields: [`remoteFiling.${w}`] } } }) },
  { name: 'reject concerns material', login: 'fz.li', build: (w, s) => ({ method: 'POST', path: `/applications/${inScope(s)}/reject`, body: { reason: '照片不清晰', concerns: { materials: [w] } } }) },
  { name: 'reveal person', login: 'fz.li', build: (w, s) => ({ method: 'POST', path: `/applications/${inScope(s)}/reveal`, body: { person: w } }) },
  ...(['role', 'region', 'area', 'login'] as const).map((k): ProtoSlot => ({
    name: `new account's ${k}`,
    login: 'fz.admin',
    build: (w) => ({ method: 'POST', path: '/users', body: { ...(BODY_BASES['POST /users'] as Record<string, unknown>), login: 'fz.proto', [k]: w } }),
  })),
  { name: "new 服务站 account's township", login: 'fz.admin', build: (w) => ({ method: 'POST', path: '/users', body: { ...BODY_BASES['POST /users'], login: 'fz.proto', region: 'yangcheng', area: w } }) },
  // Every attempt is a failed login (401), and after 20 from one address the address is locked (429).
  { name: 'login name', login: 'fz.li', also: [401, 429], build: (w) => ({ method: 'POST', path: '/login', body: { login: w, password: 'Wrong-pass-2026' } }) },
  ...(['kind', 'fileName'] as const).flatMap((k): ProtoSlot[] =>
    ['preview', 'commit'].map((step) => ({
      name: `import ${k} (${step})`,
      login: 'fz.yc',
      build: (w) => ({ method: 'POST', path: `/veteran/imports/${step}`, body: { ...BODY_BASES[`POST /veteran/imports/${step}`], [k]: w } }),
    })),
  ),
  // A token that does not open is answered like an expired preview (INVALID_STATE, 409).
  { name: 'import token', login: 'fz.yc', also: [409], build: (w) => ({ method: 'POST', path: '/veteran/imports/commit', body: { ...BODY_BASES['POST /veteran/imports/commit'], token: w } }) },
  { name: 'paid date', login: 'fz.yc', build: (w, s) => ({ method: 'POST', path: `/veteran/round/claims/${inScope(s)}/paid`, body: { date: w } }) },
  { name: 'paid paymentId', login: 'fz.yc', build: (w, s) => ({ method: 'POST', path: `/veteran/round/claims/${inScope(s)}/paid`, body: { date: '2026-12-01', paymentId: w } }) },
  ...(['verify', 'revoke', 'issue-code'] as const).flatMap((what): ProtoSlot[] =>
    Object.keys(BODY_BASES[`POST /identity/${what}`]).filter((k) => k === 'idNumber' || k === 'ref').map((k) => ({
      name: `identity ${what} ${k}`,
      login: 'fz.li',
      build: (w) => ({ method: 'POST', path: `/identity/${what}`, body: { ...BODY_BASES[`POST /identity/${what}`], [k]: w } }),
    })),
  ),
];

/** Every GET route takes a query name of the prototype's, every POST route a body key of them: named slots too. */
export function keySlots(routes: RouteSpec[], seeded: Seeded): ProtoSlot[] {
  return routes
    .filter((r) => r.key !== 'POST /logout' && r.key !== 'POST /login')
    .map((r) => {
      const login = r.roles === 'session' ? 'fz.li' : r.roles.includes('reviewer') ? (r.template.startsWith('/veteran') ? 'fz.fc' : 'fz.li') : r.roles.includes('approver') ? 'fz.yc' : 'fz.admin';
      const path = r.params.reduce((t, k, i) => t.replace(`:p${i + 1}`, k === 'word' ? 'commitment' : seeded.applicationIds[0]), r.template);
      return {
        name: `${r.method === 'GET' ? 'query name' : 'body key'} on ${r.key}`,
        login,
        // A route that takes no query or reads only its own keys ignores the name: answering is right (or refusing the
        // request on its other merits, as the import commit refuses the base's made-up token), reading it is not.
        route: r.key,
        also: [200, 409],
        build: (w: string) =>
          r.method === 'GET'
            ? { method: 'GET' as const, path, query: { ...(QUERY_BASES[r.key] ?? {}), [w]: '1' } }
            : { method: 'POST' as const, path, body: JSON.parse(`{${JSON.stringify(BODY_BASES[r.key] ?? {}).slice(1, -1)}${Object.keys(BODY_BASES[r.key] ?? {}).length ? ',' : ''}${JSON.stringify(w)}:{"role":"admin"}}`) },
      };
    });
}
