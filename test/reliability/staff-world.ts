/**
 * The staff API's test bed for the hostile-request suites (staff-api.test.ts): the same seeded office on both
 * entries the console's API has —
 * - the real gateway process (`npm start`'s bundle, gateway-process.ts) on a SQLite DATA_DIR, spoken to over
 *   node:http with raw header lists (duplicate headers reach the server as sent), and
 * - the `staff` cloud function's HTTP-access entry (server/staff/cloud-http.ts staffHttpMain) on the CloudBase
 *   adapter over the faithful in-memory service (test/store/fake-cloud-db.ts), sent 集成请求 events —
 * each with staff sessions made up front, a digest of the store, and one check of an answer.
 */
import { createHash, randomBytes } from 'crypto';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import * as apps from '../../server/applications';
import { attachMaterial, issueUploadTicket } from '../../server/applications/attach';
import type { AppContext } from '../../server/applications/context';
import { startGateway } from '../../server/gateway/server';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { COLLECTION_NAMES, createCloudbaseStore } from '../../server/store/cloudbase';
import { localFileStorage } from '../../server/store/files';
import { createIdCipher } from '../../server/crypto/id-cipher';
import { createUser } from '../../server/staff/accounts/users';
import { createSession } from '../../server/staff/sessions';
import { staffApplicationRoutes } from '../../server/staff/routes';
import { staffHttpMain } from '../../server/staff/cloud-http';
import type { StaffRole } from '../../shared/contract/staff';
import { fakeCloudDb, type FakeCloudDb } from '../store/fake-cloud-db';
import { longTermForFather } from '../applications/helpers';
import { gatewayBundle, startGatewayProcess, testKeyFile, type GatewayProcess } from './gateway-process';
import { jpegOf } from './images';
import { envelopeProblem, privacyLeaks, Recorder } from './world';

export const STAFF_PASSWORD = 'Fuzz-pass-2026';

/** The accounts the fuzz acts as: every role, an office with listed areas and one whose areas are 乡镇 (the 优抚 one). */
export const SESSION_USERS = [
  { login: 'fz.li', name: '李经办', role: 'reviewer', region: 'bazhong', area: '通江县' },
  { login: 'fz.wang', name: '王科长', role: 'approver', region: 'bazhong', area: null },
  { login: 'fz.admin', name: '管理员', role: 'admin', region: 'bazhong', area: null },
  { login: 'fz.fc', name: '凤城经办', role: 'reviewer', region: 'yangcheng', area: '凤城镇' },
  { login: 'fz.yc', name: '县局审批', role: 'approver', region: 'yangcheng', area: null },
] as const satisfies readonly { login: string; name: string; role: StaffRole; region: string; area: string | null }[];

export type SessionLogin = (typeof SESSION_USERS)[number]['login'];

/** An account an administrator's fuzz may disable, enable and reset; and the one whose sessions the logout fuzz spends. */
export const VICTIM = 'fz.victim';
const LOGOUT_USER = 'fz.out';
const LOGOUT_SESSIONS = 150;

export interface Session {
  token: string;
  csrf: string;
}

/** What the fuzz can name: real ids and numbers of the seeded office (in and out of each account's scope). */
export interface Seeded {
  applicationIds: string[];
  numbers: string[];
  materialIds: string[];
  sessions: Record<SessionLogin, Session>;
  /** Sessions of LOGOUT_USER, one spent per successful logout. */
  logoutSessions: Session[];
}

let filings = 0;

/** One submitted 备案 with a photo, from its own applicant, placed at `office`. */
async function filed(app: AppContext, office: { region: string; area: string | null }): Promise<string> {
  const who = { openid: `o-staff-fuzz-${++filings}` };
  const draft = await apps.createDraft(app, who, { content: longTermForFather() });
  const ticket = await issueUploadTicket(app, who, { applicationId: draft.id, item: 'residenceProof' });
  const fileId = await app.files.inbox.put(ticket.cloudPath, jpegOf(32, 16));
  await attachMaterial(app, who, { applicationId: draft.id, item: 'residenceProof', fileId, requestId: `staff-fuzz-mat-${filings}` });
  await apps.submit(app, who, { requestId: `staff-fuzz-sub-${filings}`, id: draft.id, commitment: { accepted: true, signerName: longTermForFather().agent!.name } });
  const r = (await app.store.getApplication(draft.id))!;
  await app.store.updateApplication({ ...r, office });
  return draft.id;
}

/** The office: its accounts and sessions, three applications of 通江县, one of 巴州区, one of another region. */
export async function seedOffice(app: AppContext): Promise<Seeded> {
  for (const u of SESSION_USERS) await createUser(app, null, { ...u, password: STAFF_PASSWORD });
  await createUser(app, null, { login: VICTIM, name: '被停用', role: 'reviewer', region: 'bazhong', area: '通江县', password: STAFF_PASSWORD });
  await createUser(app, null, { login: LOGOUT_USER, name: '登出', role: 'reviewer', region: 'bazhong', area: '通江县', password: STAFF_PASSWORD });
  const applicationIds: string[] = [];
  for (const office of [
    { region: 'bazhong', area: '通江县' },
    { region: 'bazhong', area: '通江县' },
    { region: 'bazhong', area: '通江县' },
    { region: 'bazhong', area: '巴州区' },
    { region: 'suizhou', area: null },
  ]) {
    applicationIds.push(await filed(app, office));
  }
  const records = await Promise.all(applicationIds.map((id) => app.store.getApplication(id)));
  const numbers = records.map((r) => r!.number!).filter(Boolean);
  const materialIds = (await Promise.all(applicationIds.map((id) => app.store.listMaterials(id)))).flat().map((m) => m.id);
  const sessions = {} as Record<SessionLogin, Session>;
  for (const u of SESSION_USERS) {
    const { token, record } = await createSession(app, u.login);
    sessions[u.login] = { token, csrf: record.csrfToken };
  }
  const logoutSessions: Session[] = [];
  for (let i = 0; i < LOGOUT_SESSIONS; i++) {
    const { token, record } = await createSession(app, LOGOUT_USER);
    logoutSessions.push({ token, csrf: record.csrfToken });
  }
  return { applicationIds, numbers, materialIds, sessions, logoutSessions };
}

// ------------------------------------------------------------------------------------------------- requests

/** One request as the fuzz makes it: raw header pairs (a name may repeat), the query as sent, the body's bytes. */
export interface StaffRequest {
  method: string;
  /** From /staff/api on, still percent-encoded, without the query. */
  path: string;
  /** The query string without '?', as sent ('' for none). */
  query: string;
  headers: [string, string][];
  body: Buffer | null;
  /** Which route the request was made for ("POST /applications/:p1/accept"), for the report and the rules. */
  route: string;
}

export interface StaffAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What a store looks like, except what a refusal may change: a hash per table or collection. */
export type Digest = Record<string, string>;

export interface StaffEntry {
  name: string;
  seeded: Seeded;
  recorder: Recorder;
  send(req: StaffRequest): Promise<StaffAnswer>;
  /** The gateway process's listening address (none for the CloudBase entry, which is a function call). */
  address?: { hostname: string; port: number };
  digest(): Promise<Digest>;
  /** Whether the entry still serves: the gateway process alive and a valid request answered. */
  alive(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * What a refused request may still write, and why:
 * - rate counters: every login and own-password attempt is counted before the password is checked (lockout.ts), a
 *   full-ID lookup of the identity routes spends its hourly and daily counters (server/staff/identity.ts);
 * - the access log, on the identity routes only: a typed ID number is logged before anything is answered, even when
 *   the answer is NOT_FOUND (PIPL: the look-up itself is the access);
 * - a session's last use (staff_sessions lastSeenAt / expiresAt, at most once a minute): the digest keeps each
 *   session's id, account, CSRF token and start, so a session made, ended or changed is still seen.
 */
export const GROWS_ON_REFUSAL = { always: ['rate_counters'], identityRoutes: ['staff_access_log'] } as const;

const SESSION_KEPT = (doc: Record<string, unknown>) => JSON.stringify([doc.id, doc.login, doc.csrfToken, doc.createdAt, doc.absoluteExpiresAt]);

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The tables that changed from one digest to the next. */
export function changed(before: Digest, after: Digest): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}

// ------------------------------------------------------------------------------------------- the gateway process

/**
 * The gateway process on a DATA_DIR seeded in-process first (same key file), then started as `npm start` runs it.
 * `localAddress` is the loopback address requests come from (lockouts count by address).
 */
export async function gatewayEntry(label: string): Promise<StaffEntry> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `yibao-staff-fuzz-${label}-`));
  const env = { ...process.env, YIBAO_KEY_FILE: testKeyFile(dataDir), NODE_ENV: 'development' };
  const seeding = await startGateway({ dataDir, port: 0, env, log: () => undefined });
  const seeded = await seedOffice(seeding.app);
  await seeding.close();
  const recorder = new Recorder();
  const gw: GatewayProcess = await startGatewayProcess(gatewayBundle(), dataDir, (line) => recorder.log(line, `gateway process (${label})`));
  const { hostname, port } = new URL(gw.url);
  const reader = new Database(path.join(dataDir, SQLITE_FILE), { readonly: true });
  const tables = (reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const rows = new Map(tables.map((t) => [t, reader.prepare(`SELECT * FROM "${t}" ORDER BY rowid`)]));

  function send(req: StaffRequest): Promise<StaffAnswer> {
    const target = `${req.path}${req.query ? `?${req.query}` : ''}`;
    const flat = req.headers.flatMap(([k, v]) => [k, v]);
    if (req.body) flat.push('content-length', String(req.body.length));
    return new Promise((resolve, reject) => {
      let answered = false;
      const r = http.request({ host: hostname, port: Number(port), method: req.method, path: target, headers: flat, agent: false }, (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      });
      // A hang is a failure of the suite, not a wait: 15 s is far above any answer (an argon2 check is 0.1–0.3 s).
      r.setTimeout(15_000, () => r.destroy(new Error(`no answer in 15 s: ${req.method} ${target.slice(0, 200)}`)));
      // A body refused by its Content-Length is answered before it is sent: the write may then fail (EPIPE) after the answer.
      r.on('error', (e) => setTimeout(() => answered || reject(e), 300));
      r.end(req.body ?? undefined);
    });
  }

  async function digest(): Promise<Digest> {
    const out: Digest = {};
    for (const [t, stmt] of rows) {
      if ((GROWS_ON_REFUSAL.always as readonly string[]).includes(t)) continue;
      const all = stmt.all() as Record<string, unknown>[];
      out[t] = hash(t === 'staff_sessions' ? all.map((r) => SESSION_KEPT(JSON.parse(String(r.doc)))).join('\n') : JSON.stringify(all));
    }
    return out;
  }

  return {
    name: 'gateway process',
    address: { hostname, port: Number(port) },
    seeded,
    recorder,
    send,
    digest,
    async alive() {
      if (gw.child.exitCode !== null) return false;
      const s = seeded.sessions['fz.li'];
      const res = await send({ method: 'GET', path: '/staff/api/me', query: '', headers: [['host', `${hostname}:${port}`], ['cookie', `yb_staff=${s.token}`]], body: null, route: 'GET /me' });
      return res.status === 200 && JSON.parse(res.body.toString('utf8')).data.user.login === 'fz.li';
    },
    async close() {
      reader.close();
      if (gw.child.exitCode === null) await gw.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------------------------------ the cloud function

/** The HTTP-access entry on the CloudBase adapter: each request is sent as the 集成请求 event the service passes. */
export async function cloudEntry(): Promise<StaffEntry & { db: FakeCloudDb; event(e: unknown): Promise<StaffAnswer> }> {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-staff-fuzz-cloud-'));
  const db = fakeCloudDb();
  const app: AppContext = { store: createCloudbaseStore(db), files: localFileStorage(filesDir), cipher: createIdCipher(randomBytes(32)) };
  const seeded = await seedOffice(app);
  const recorder = new Recorder();
  const main = staffHttpMain({
    open: async () => ({ app, production: true, routes: staffApplicationRoutes(), log: (line) => recorder.log(line, 'staff function log') }),
    callerOpenid: () => undefined,
  });

  async function event(e: unknown): Promise<StaffAnswer> {
    const res = await main(e);
    if (typeof res.statusCode !== 'number' || typeof res.body !== 'string' || typeof res.isBase64Encoded !== 'boolean') {
      throw new Error(`not an integration response: ${JSON.stringify(res).slice(0, 200)}`);
    }
    if (Object.values(res.headers).some((v) => typeof v !== 'string')) throw new Error(`a header is not text: ${JSON.stringify(res.headers)}`);
    return { status: res.statusCode, headers: res.headers, body: Buffer.from(res.body, res.isBase64Encoded ? 'base64' : 'utf8') };
  }

  function send(req: StaffRequest): Promise<StaffAnswer> {
    // The service passes headers as one object (the last of a repeated name wins) and the query already split.
    const headers: Record<string, string> = {};
    for (const [k, v] of req.headers) headers[k] = v;
    const query: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(req.query)) query[k] = v;
    const text = req.body === null ? '' : req.body.toString('utf8');
    const binary = req.body !== null && Buffer.from(text, 'utf8').compare(req.body) !== 0;
    return event({
      path: req.path,
      httpMethod: req.method,
      headers,
      queryStringParameters: query,
      requestContext: { requestId: 'fuzz', envId: 'env' },
      body: binary ? req.body!.toString('base64') : text,
      isBase64Encoded: binary,
    });
  }

  async function digest(): Promise<Digest> {
    const out: Digest = {};
    const skip = GROWS_ON_REFUSAL.always.map((t) => COLLECTION_NAMES[collectionOfTable(t)]);
    for (const [name, docs] of db.data) {
      if (skip.includes(name)) continue;
      const all = [...docs.entries()].sort(([a], [b]) => a.localeCompare(b));
      const text = name === COLLECTION_NAMES.staffSessions ? all.map(([, d]) => SESSION_KEPT(d as Record<string, unknown>)).join('\n') : JSON.stringify(all);
      out[tableOfCollection(name)] = hash(text);
    }
    return out;
  }

  return {
    name: 'CloudBase HTTP access',
    seeded,
    recorder,
    db,
    event,
    send,
    digest,
    async alive() {
      const s = seeded.sessions['fz.li'];
      const res = await send({ method: 'GET', path: '/staff/api/me', query: '', headers: [['host', 'env.service.tcloudbase.com'], ['cookie', `yb_staff=${s.token}`]], body: null, route: 'GET /me' });
      return res.status === 200;
    },
    async close() {
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** The SQLite table of each CloudBase collection, so both entries' digests and rules speak of the same names. */
const TABLE_OF: Record<string, keyof typeof COLLECTION_NAMES> = { rate_counters: 'rateCounters', staff_access_log: 'staffAccessLog', staff_sessions: 'staffSessions' };
function collectionOfTable(table: string): keyof typeof COLLECTION_NAMES {
  return TABLE_OF[table];
}
function tableOfCollection(name: string): string {
  const entry = Object.entries(TABLE_OF).find(([, c]) => COLLECTION_NAMES[c] === name);
  return entry ? entry[0] : name;
}

// -------------------------------------------------------------------------------------------- one answer

/** The statuses a staff API answer may have: results, and refusals with a code. Never 5xx. */
export const ANSWER_STATUSES = new Set([200, 201, 400, 401, 403, 404, 405, 409, 413, 415, 429]);

/** Whether the gateway reads the path as the API's (it resolves dot segments first, as a URL does). */
function isApiPath(p: string): boolean {
  if (p === '') return true;
  const pathname = new URL(p, 'http://local').pathname;
  return pathname === '/staff/api' || pathname.startsWith('/staff/api/');
}

/** A stack trace, a JS error name, a source path: what a refusal must never carry. */
const INTERNALS = /\n\s+at |\bat .+\(.*:\d+:\d+\)|node_modules|\.ts:\d+|TypeError|RangeError|SyntaxError|ReferenceError|\[native code\]|\[object Object\]/;

/**
 * What is wrong with an answer, or null. `personal`: the route's successful answer shows a person's full number by
 * design (a 查看's ID number, the applicant's phone for a call back); a refusal never does.
 */
export function answerProblem(req: StaffRequest, res: StaffAnswer, personal: boolean): string | null {
  if (!ANSWER_STATUSES.has(res.status)) return `status ${res.status}`;
  if (res.headers['x-content-type-options'] !== 'nosniff') return 'no security headers';
  // A variant that leaves /staff/api (/staff//api, /STAFF/api, /staff/api%2F) is not the API: the site's plain 404.
  const isJson = (res.headers['content-type'] ?? '').startsWith('application/json');
  // (400 when such a path does not even percent-decode.)
  if (!isApiPath(req.path) && !isJson) return res.status === 404 || res.status === 400 ? null : `status ${res.status} outside the API`;
  const type = res.headers['content-type'] ?? '';
  // HEAD is not a method of the API: 405, without a body over HTTP (Node drops it); the function's answer keeps its envelope.
  if (req.method === 'HEAD' && res.status !== 405) return `HEAD answered ${res.status}`;
  if (req.method === 'HEAD' && res.body.length === 0) return null;
  if (!type.startsWith('application/json')) {
    // A file (an image, a PDF, a sheet) is only ever a GET's success.
    return res.status === 200 && req.method === 'GET' && res.body.length > 0 ? null : `status ${res.status} as ${type || 'no content type'}`;
  }
  const text = res.body.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 120)}`;
  }
  const requestText = `${req.path} ${req.query} ${req.body?.toString('utf8') ?? ''}`;
  const problem = envelopeProblem(json, requestText);
  if (problem) return problem;
  const ok = (json as { ok: boolean }).ok;
  if (ok !== res.status < 300) return `ok ${ok} with status ${res.status}`;
  if (INTERNALS.test(text) && !INTERNALS.test(requestText)) return `internals in the answer: ${text.slice(0, 200)}`;
  if (!ok || !personal) {
    const leaks = privacyLeaks(text);
    if (leaks.length) return `full numbers in the answer: ${leaks.slice(0, 3).join(', ')}`;
  }
  return null;
}
