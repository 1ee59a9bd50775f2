/**
 * The reliability suite's test bed: a real local gateway on a temp DATA_DIR (embedded SQLite store), the gateway's
 * own call path run in-process for volume (parse the JSON text → respond(() => handle(...)) → serialise), real HTTP
 * for a sample, and a recorder that checks every answer's shape and scans every response body and log line for
 * unmasked ID numbers and mobile numbers.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { FUNCTIONS } from '../../server/functions';
import { respond, type Envelope } from '../../server/respond';

/** Every code an answer may carry (server/applications/errors.ts and more); INTERNAL (an unexpected exception) is a failure of this suite. */
export const KNOWN_CODES = new Set([
  'INVALID_INPUT',
  'NOT_COVERED',
  'NOT_FOUND',
  'INVALID_STATE',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'VERIFY_FAILED',
  'NEEDS_VERIFICATION',
  'DUPLICATE',
]);

const CHINESE = /[\u4e00-\u9fa5]/;
/** What a leaked exception looks like: a stack frame, "TypeError: …", JS internals. */
const LEAK = /Error:|\n\s+at |\bat .+\(.*:\d+:\d+\)|node_modules|\.ts:\d+/;
/** JavaScript leaking into words; a message may still quote them when the request itself said them. */
const JS_WORDS = ['undefined', 'NaN', '[object Object]', 'Infinity'];
/** A message quoting megabytes of input back is a denial of service on the caller's own screen. */
export const MAX_MESSAGE_LENGTH = 500;

/** What is wrong with an answer, or null when it is a result or a structured Chinese error. */
export function envelopeProblem(env: unknown, request = ''): string | null {
  if (!env || typeof env !== 'object' || Array.isArray(env)) return `not an envelope: ${String(env).slice(0, 80)}`;
  const e = env as Record<string, unknown>;
  if (e.ok === true) return 'data' in e && e.data !== undefined ? null : 'ok without data';
  if (e.ok !== false) return `ok is ${String(e.ok)}`;
  const extra = Object.keys(e).filter((k) => !['ok', 'code', 'message', 'field', 'reason', 'path'].includes(k));
  if (extra.length) return `error carries ${extra.join(', ')}`;
  if (typeof e.code !== 'string' || !KNOWN_CODES.has(e.code)) return `code ${String(e.code)}`;
  if (typeof e.message !== 'string' || !CHINESE.test(e.message)) return `message not Chinese: ${String(e.message).slice(0, 120)}`;
  if (LEAK.test(e.message)) return `message leaks internals: ${e.message.slice(0, 200)}`;
  const message = e.message;
  const word = JS_WORDS.find((w) => message.includes(w) && !request.includes(w));
  if (word) return `message says ${word}: ${message.slice(0, 200)}`;
  if (e.message.length > MAX_MESSAGE_LENGTH) return `message ${e.message.length} characters long: ${e.message.slice(0, 80)}…`;
  if (e.field !== undefined && typeof e.field !== 'string') return `field is ${typeof e.field}`;
  if (typeof e.field === 'string' && e.field.length > MAX_MESSAGE_LENGTH) return `field ${e.field.length} characters long`;
  // A refusal that names a field may keep its parts apart (shared/contract/envelope.ts): the message ends with the
  // reason (unless both were cut short, server/respond.ts), and the path is the field as a list of keys and indexes.
  if (e.reason !== undefined) {
    if (typeof e.reason !== 'string' || e.reason.length > MAX_MESSAGE_LENGTH) return `reason is ${typeof e.reason}`;
    if (!message.endsWith('…') && !message.endsWith(`：${e.reason}`)) return `reason is not the end of the message: ${e.reason.slice(0, 120)}`;
    if (e.field === undefined || e.path === undefined) return 'reason without field and path';
  }
  if (e.path !== undefined) {
    if (!Array.isArray(e.path) || e.path.length === 0 || !e.path.every((k) => typeof k === 'number' || (typeof k === 'string' && k.length <= MAX_MESSAGE_LENGTH))) {
      return `path is ${JSON.stringify(e.path).slice(0, 120)}`;
    }
    if (e.field === undefined) return 'path without field';
  }
  return null;
}

/** An 18-character citizen ID number or an 11-digit mobile number standing on its own (not inside a longer run). */
const UNMASKED_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const UNMASKED_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

export function privacyLeaks(text: string): string[] {
  return [...(text.match(UNMASKED_ID) ?? []), ...(text.match(UNMASKED_MOBILE) ?? [])];
}

/** Counts what was seen and keeps what leaked (a few examples each, not every body: there are tens of thousands). */
export class Recorder {
  responses = 0;
  logLines = 0;
  readonly leaks: { where: string; found: string[]; excerpt: string }[] = [];
  readonly problems: string[] = [];

  response(body: string, where: string): void {
    this.responses++;
    this.scan(body, where);
  }

  log(line: string, where = 'log'): void {
    this.logLines++;
    this.scan(line, where);
    if (/internal error/.test(line)) this.problem(`${where}: ${line.slice(0, 300)}`);
  }

  problem(text: string): void {
    if (this.problems.length < 50) this.problems.push(text);
  }

  private scan(text: string, where: string): void {
    const found = privacyLeaks(text);
    if (found.length && this.leaks.length < 20) {
      const at = text.indexOf(found[0]);
      this.leaks.push({ where, found: found.slice(0, 3), excerpt: text.slice(Math.max(0, at - 80), at + 40) });
    }
  }
}

export interface World {
  gateway: Gateway;
  dataDir: string;
  recorder: Recorder;
  /** The gateway's call path in-process: JSON text in, envelope out (serialised as the gateway would send it). */
  call(name: string, bodyText: string, openid?: string): Promise<Envelope>;
  /** Real HTTP: POST /api/<name> with a raw body. */
  http(name: string, bodyText: string, token?: string, method?: string): Promise<{ status: number; json: any; text: string }>;
  login(user: string): Promise<string>;
  /** Rows in every table of the store. */
  counts(): Promise<Record<string, number>>;
  fileCount(): number;
  close(): Promise<void>;
}

/**
 * How far the service's clock moves before each call of a store function, when a test asks for it: 75 minutes
 * puts every call in an hour window of its own and fewer than 20 calls in a day, so the per-account rate limits
 * (server/identity/rate-limit.ts: at least 5 an hour, 20 a day) never stand between thousands of generated requests
 * from one account and the code those requests are meant to reach. The limits themselves are tested where they
 * are the subject (test/reliability/identity.test.ts).
 */
export const PACE_MS = 75 * 60_000;

export interface WorldOptions {
  /** Move the service's clock PACE_MS on before each store-function call (in-process and over HTTP). */
  paced?: boolean;
}

export async function openWorld(label: string, options: WorldOptions = {}): Promise<World> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `yibao-rel-${label}-`));
  const recorder = new Recorder();
  const gateway = await startGateway({ dataDir, port: 0, log: (line) => recorder.log(line, `gateway log (${label})`) });
  const app = gateway.app;
  const internalLog = (line: string) => recorder.log(line, `respond log (${label})`);
  let ahead = 0;
  if (options.paced) app.now = () => new Date(Date.now() + ahead);
  const pace = (name: string) => {
    if (options.paced && Object.prototype.hasOwnProperty.call(FUNCTIONS, name) && FUNCTIONS[name].kind === 'store') ahead += PACE_MS;
  };

  async function call(name: string, bodyText: string, openid = 'dev_reliabilityA'): Promise<Envelope> {
    const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!fn) throw new Error(`no function ${name}`);
    pace(name);
    const event = bodyText.trim() === '' ? {} : JSON.parse(bodyText);
    const env = fn.kind === 'compute' ? await respond(() => fn.handle(event), internalLog) : await respond(() => fn.handle(app, { openid }, event), internalLog);
    // The gateway serialises the envelope; an answer JSON cannot carry (a BigInt, a cycle) would be a 500 there.
    const text = JSON.stringify(env);
    recorder.response(text, `${name} in-process`);
    return JSON.parse(text);
  }

  async function http(name: string, bodyText: string, token?: string, method = 'POST') {
    pace(name);
    const res = await fetch(`${gateway.url}/api/${name}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { 'x-session': token } : {}) },
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: bodyText }),
    });
    const text = await res.text();
    recorder.response(text, `${name} http`);
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  }

  async function login(user: string): Promise<string> {
    const { json } = await http('dev-login', JSON.stringify({ user }));
    return json.data.token;
  }

  // A second, read-only connection (WAL lets it read beside the gateway's): one statement counts every table the
  // store has — whatever collections later features add.
  const reader = new Database(path.join(dataDir, SQLITE_FILE), { readonly: true });
  const tables = (reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const countAll = reader.prepare(`SELECT ${tables.map((t) => `(SELECT COUNT(*) FROM "${t}") AS "${t}"`).join(', ')}`);
  async function counts(): Promise<Record<string, number>> {
    return countAll.get() as Record<string, number>;
  }

  function fileCount(): number {
    const root = path.join(dataDir, 'files');
    if (!fs.existsSync(root)) return 0;
    let n = 0;
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else n++;
      }
    };
    walk(root);
    return n;
  }

  return {
    gateway,
    dataDir,
    recorder,
    call,
    http,
    login,
    counts,
    fileCount,
    async close() {
      reader.close();
      await gateway.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The openid a dev-login token stands for (its first part). */
export const openidOf = (token: string) => token.split('.')[0];
