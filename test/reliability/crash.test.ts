/**
 * Crash safety (issue 8): the real gateway process on a temp DATA_DIR, clients submitting applications at once,
 * `kill -9` in the middle — twice — and a restart each time. Every acknowledged submission (HTTP 200, ok: true) is
 * there exactly once, retries of unanswered ones create nothing twice, and the SQLite file passes its integrity check.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { fullContent, idNumber } from './arbitraries';
import { gatewayBundle, startGatewayProcess, type GatewayProcess } from './gateway-process';
import { Recorder, envelopeProblem } from './world';

// A fixed volume, checked for correctness, not speed: two kill -9 restarts of a bundled gateway take longer than 30 s on the shared 2-core machine under load.
jest.setTimeout(120_000);

const CLIENTS = 16;
const SEED = 0x5eed_0003;
/** Below the per-account submission limit (server/identity/rate-limit.ts): one account is one person, not a script. */
const ACCOUNT_SUBMISSIONS = 15;

interface Attempt {
  user: number;
  /** Index into `accounts`: each client changes account every ACCOUNT_SUBMISSIONS (the per-account hourly limit). */
  account: number;
  requestId: string;
  body: string;
  /** The application id the gateway acknowledged, when it did. */
  acked?: string;
  /** The application a retry after the crashes answered with, when the first try went unanswered. */
  retriedTo?: string;
}

let dataDir: string;
let bundlePath: string;
const recorder = new Recorder();

beforeAll(() => {
  bundlePath = gatewayBundle();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-crash-'));
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function post(url: string, name: string, body: string, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-session': token } : {}) },
    body,
  });
  const text = await res.text();
  recorder.response(text, `crash ${name}`);
  return { status: res.status, json: JSON.parse(text) };
}

/** What the file says, read directly: integrity, and (openid, requestId) → application for every key. */
function inspect(): { integrity: string; applications: number; keys: { openid: string; requestId: string; applicationId: string }[]; orphans: number } {
  const db = new Database(path.join(dataDir, SQLITE_FILE));
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? '';
    const applications = (db.prepare('SELECT COUNT(*) AS n FROM applications').get() as { n: number }).n;
    const keys = db.prepare('SELECT openid, request_id AS requestId, application_id AS applicationId FROM idempotency').all() as {
      openid: string;
      requestId: string;
      applicationId: string;
    }[];
    const orphans = (db.prepare('SELECT COUNT(*) AS n FROM idempotency k LEFT JOIN applications a ON a.id = k.application_id WHERE a.id IS NULL').get() as { n: number }).n;
    return { integrity, applications, keys, orphans };
  } finally {
    db.close();
  }
}

it('keeps every acknowledged submission exactly once across two kill -9 restarts, and the file intact', async () => {
  const onLine = (line: string) => recorder.log(line, 'gateway process');
  let gw: GatewayProcess = await startGatewayProcess(bundlePath, dataDir, onLine);

  // Each client is a person filing for themself with their own ID number (the signer's number is claimed once).
  const people = fc.sample(fc.tuple(fullContent, idNumber), { numRuns: CLIENTS, seed: SEED });
  const accounts: { token: string; openid: string; used: number }[] = [];
  const current: number[] = [];
  const login = async (url: string, client: number): Promise<number> => {
    const { json } = await post(url, 'dev-login', JSON.stringify({ user: `crash-${client}-${accounts.length}` }));
    accounts.push({ token: json.data.token, openid: json.data.token.split('.')[0], used: 0 });
    return accounts.length - 1;
  };
  for (let i = 0; i < CLIENTS; i++) current.push(await login(gw.url, i));
  const attempts: Attempt[] = [];
  const newAttempt = async (url: string, user: number): Promise<Attempt> => {
    if (accounts[current[user]].used >= ACCOUNT_SUBMISSIONS) current[user] = await login(url, user);
    const account = current[user];
    accounts[account].used++;
    const [content, own] = people[user];
    const principal = { ...content.principal, idNumber: own };
    const { agent: _agent, ...rest } = content;
    const requestId = `crash-${user}-${attempts.length}`;
    const body = JSON.stringify({ action: 'submit', requestId, content: { ...rest, principal }, commitment: { accepted: true, signerName: principal.name } });
    const a = { user, account, requestId, body };
    attempts.push(a);
    return a;
  };

  /** Clients submit (and retry what was never answered) until the gateway dies under them. */
  async function round(url: string, killAfterAcks: number): Promise<void> {
    const retry = attempts.filter((a) => !a.acked);
    let acks = 0;
    let dead = false;
    const killing = (async () => {
      while (acks < killAfterAcks && !dead) await new Promise((r) => setTimeout(r, 5));
      await gw.kill9();
    })();
    try {
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, user) => {
          const mine = retry.filter((a) => a.user === user);
          while (!dead) {
            let answer: { status: number; json: any };
            let a: Attempt;
            try {
              a = mine.shift() ?? (await newAttempt(url, user));
              answer = await post(url, 'applications', a.body, accounts[a.account].token);
            } catch {
              dead = true; // the connection died with the process: this attempt stays unacknowledged
              break;
            }
            const problem = envelopeProblem(answer.json);
            if (problem || answer.status !== 200 || !answer.json.ok) throw new Error(`${answer.status} ${problem ?? JSON.stringify(answer.json).slice(0, 200)}`);
            a.acked = answer.json.data.id;
            acks++;
          }
        }),
      );
    } finally {
      dead = true;
      await killing;
    }
  }

  // After each kill: the file is intact, every acknowledged submission is in it, and some unanswered ones may be
  // too (committed, then killed before the answer left) — which the retries must not duplicate.
  let committedUnanswered = 0;
  const afterKill = () => {
    const seen = inspect();
    expect(seen.integrity).toBe('ok');
    const keys = new Set(seen.keys.map((k) => `${k.openid}|${k.requestId}`));
    for (const a of attempts.filter((x) => x.acked)) expect(keys.has(`${accounts[a.account].openid}|${a.requestId}`)).toBe(true);
    committedUnanswered += attempts.filter((x) => !x.acked && keys.has(`${accounts[x.account].openid}|${x.requestId}`)).length;
  };
  await round(gw.url, 150);
  afterKill();
  gw = await startGatewayProcess(bundlePath, dataDir, onLine);
  await round(gw.url, 300);
  afterKill();
  gw = await startGatewayProcess(bundlePath, dataDir, onLine);

  // Every attempt still unanswered is retried once more, as a client would.
  for (const a of attempts.filter((x) => !x.acked)) {
    const { json } = await post(gw.url, 'applications', a.body, accounts[a.account].token);
    expect(json.ok).toBe(true);
    a.retriedTo = json.data.id;
  }
  // Acknowledged ones answered again give the same application.
  const acked = attempts.filter((a) => a.acked);
  expect(acked.length).toBeGreaterThanOrEqual(450);
  for (const a of acked.filter((_, i) => i % 5 === 0)) {
    const { json } = await post(gw.url, 'applications', a.body, accounts[a.account].token);
    expect(json.data.id).toBe(a.acked);
  }
  const listed = new Map<string, number>();
  for (const account of accounts) {
    // 我的申请 is paged: follow the cursor to the end, and the total must match what was walked.
    let cursor: string | null = null;
    let walked = 0;
    let total = -1;
    do {
      const { json } = await post(gw.url, 'applications', JSON.stringify({ action: 'listMine', limit: 100, ...(cursor ? { cursor } : {}) }), account.token);
      for (const app of json.data.items as { id: string }[]) listed.set(app.id, (listed.get(app.id) ?? 0) + 1);
      walked += json.data.items.length;
      total = json.data.total;
      cursor = json.data.nextCursor;
    } while (cursor);
    expect(walked).toBe(total);
  }
  await gw.stop();

  const final = inspect();
  expect(final.integrity).toBe('ok');
  expect(final.orphans).toBe(0);
  const byKey = new Map(final.keys.map((k) => [`${k.openid}|${k.requestId}`, k.applicationId]));
  for (const a of acked) {
    expect({ requestId: a.requestId, stored: byKey.get(`${accounts[a.account].openid}|${a.requestId}`) }).toEqual({ requestId: a.requestId, stored: a.acked });
    expect({ requestId: a.requestId, listed: listed.get(a.acked!) }).toEqual({ requestId: a.requestId, listed: 1 });
  }
  // One application per request id, whatever was retried: no duplicates, nothing without its key.
  expect(final.keys.length).toBe(attempts.length);
  expect(new Set(final.keys.map((k) => k.applicationId)).size).toBe(final.keys.length);
  expect(final.applications).toBe(final.keys.length);
  expect(recorder.leaks).toEqual([]);
  expect(recorder.problems).toEqual([]);
  console.log(
    `crash: ${attempts.length} submissions, ${acked.length} acknowledged before the kills, ${attempts.length - acked.length} retried after ` +
      `(${committedUnanswered} of them had been stored before the kill); ` +
      `${recorder.logLines} gateway log lines and ${recorder.responses} responses scanned`,
  );
});
