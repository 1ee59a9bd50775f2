import http from 'http';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../server/store/sqlite';
import { checkCharacter } from '../shared/idcard';
import { mixedCases } from './cases';
import { gatewayBundle, startGatewayProcess, type GatewayProcess } from '../test/reliability/gateway-process';

/**
 * The load part of `npm run bench` (issue 8): the local gateway as `npm start` runs it (its own process, the embedded
 * SQLite store on a fresh DATA_DIR), and closed-loop clients in this process — one keep-alive connection each, a new
 * request as soon as the last is answered — for 20 seconds per workload: estimates (mixed cases across every region
 * and visit type), then application submissions (each client a person filing for themself). Then the store is
 * counted: every acknowledged submission must be there exactly once.
 *
 * BENCH_LOAD_SECONDS and BENCH_LOAD_CLIENTS change the duration and the number of clients.
 */
export interface LoadResult {
  name: string;
  clients: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  /** What counting the store found, for submissions. */
  check?: string;
}

interface Answer {
  status: number;
  text: string;
}

function post(agent: http.Agent, url: URL, apiPath: string, body: string, session?: string): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: apiPath,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(session ? { 'x-session': session } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: 0, text: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, text: String(e) }));
    req.end(body);
  });
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * `clients` loops, each sending its next request when the last is answered, until `seconds` have passed. `next`
 * gives a client's next body; `answered` sees each answer (and says whether it was an error).
 */
async function closedLoop(
  gw: GatewayProcess,
  apiPath: string,
  clients: number,
  seconds: number,
  next: (client: number, i: number) => { body: string; session?: string },
  answered: (client: number, body: string, answer: Answer, session?: string) => boolean,
): Promise<Omit<LoadResult, 'name' | 'check'>> {
  const url = new URL(gw.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  // A short warm-up: connections open, the JIT settles; not counted.
  const warmUntil = Date.now() + 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; Date.now() < warmUntil; i++) {
        const { body, session } = next(client, -1 - i);
        answered(client, body, await post(agent, url, apiPath, body, session), session);
      }
    }),
  );
  const t0 = process.hrtime.bigint();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; Date.now() < end; i++) {
        const { body, session } = next(client, i);
        const s = process.hrtime.bigint();
        const answer = await post(agent, url, apiPath, body, session);
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
        if (!answered(client, body, answer, session)) errors++;
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    clients,
    seconds: Math.round(elapsed * 10) / 10,
    requests: latencies.length,
    perSecond: Math.round(latencies.length / elapsed),
    p50ms: Math.round(percentile(sorted, 0.5) * 10) / 10,
    p99ms: Math.round(percentile(sorted, 0.99) * 10) / 10,
    errors,
  };
}

function okAnswer(a: Answer): { ok: boolean; json: any } {
  if (a.status !== 200) return { ok: false, json: null };
  try {
    const json = JSON.parse(a.text);
    return { ok: json.ok === true, json };
  } catch {
    return { ok: false, json: null };
  }
}

/** A valid ID number per client: distinct people, so no one signs with a number another account claimed. */
function idFor(client: number): string {
  const first17 = `511902${19500101 + (client % 28)}${String(100 + client).slice(-3)}`;
  return first17 + checkCharacter(first17);
}

export async function benchLoad(): Promise<LoadResult[]> {
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
  const clients = Number(process.env.BENCH_LOAD_CLIENTS ?? 16);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-load-'));
  const results: LoadResult[] = [];
  const gw = await startGatewayProcess(gatewayBundle(), dataDir, () => undefined);
  try {
    // Estimates: no session needed; bodies prepared beforehand so the client measures the gateway, not itself.
    const bodies = mixedCases(20_000, 11).map((c) => JSON.stringify(c));
    const est = await closedLoop(
      gw,
      '/api/estimate',
      clients,
      seconds,
      (client, i) => ({ body: bodies[Math.abs(client * 7919 + i) % bodies.length] }),
      (_c, _b, a) => okAnswer(a).ok,
    );
    results.push({ name: '网关 估算（混合案例，所有地区与就医类型）', ...est });

    const { result: sub, acked } = await benchSubmissions(gw, clients, seconds);
    await gw.stop();
    results.push({ name: '网关 提交申请（每人各自提交，逐次新请求编号）', ...sub, check: countStore(dataDir, acked) });
  } finally {
    if (gw.child.exitCode === null) await gw.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

/**
 * Submissions through a running gateway: each client is a stream of people, each filing for themself; every request
 * id is new. Also the growth bench's (bench/growth.ts) on a store seeded with 1k / 100k / 1M applications. `tag`
 * keeps accounts and request ids of separate runs on one store apart.
 */
export async function benchSubmissions(
  gw: GatewayProcess,
  clients: number,
  seconds: number,
  tag = 'load',
): Promise<{ result: Omit<LoadResult, 'name' | 'check'>; acked: Map<string, { openid: string; id: string }> }> {
  // A person files at most PER_ACCOUNT times (under the per-account hourly limit, server/identity/rate-limit.ts), so each
  // client moves on to its next account; the accounts are signed in before the clock starts.
  const PER_ACCOUNT = 15;
  const ACCOUNTS_PER_CLIENT = 200;
  const url = new URL(gw.url);
  const agent = new http.Agent({ keepAlive: true });
  const pools: string[][] = [];
  for (let c = 0; c < clients; c++) {
    const pool: string[] = [];
    for (let k = 0; k < ACCOUNTS_PER_CLIENT; k++) pool.push(okAnswer(await post(agent, url, '/api/dev-login', JSON.stringify({ user: `${tag}-${c}-${k}` }))).json.data.token);
    pools.push(pool);
  }
  agent.destroy();
  // Measured requests take accounts from the front of each pool, warm-up requests (i < 0) from the back.
  const WARM_ACCOUNTS = 50;
  const sessionFor = (c: number, i: number) =>
    i < 0
      ? pools[c][ACCOUNTS_PER_CLIENT - 1 - (Math.floor((-1 - i) / PER_ACCOUNT) % WARM_ACCOUNTS)]
      : pools[c][Math.floor(i / PER_ACCOUNT) % (ACCOUNTS_PER_CLIENT - WARM_ACCOUNTS)];
  const acked = new Map<string, { openid: string; id: string }>();
  const content = (c: number) => ({
    type: 'remoteFiling',
    principal: { name: '张大山', idNumber: idFor(c), phone: `1390000${String(1000 + c).slice(-4)}` },
    remoteFiling: { kind: 'longTermResident', scheme: 'resident', destination: { province: '广东省', city: '深圳市' }, residenceAddress: '深圳市南山区某街道 1 号' },
  });
  const sub = await closedLoop(
    gw,
    '/api/applications',
    clients,
    seconds,
    (c, i) => ({
      body: JSON.stringify({ action: 'submit', requestId: `${tag}-${c}-${i < 0 ? `w${-i}` : i}`, content: content(c), commitment: { accepted: true, signerName: '张大山' } }),
      session: sessionFor(c, i),
    }),
    (c, body, a, session) => {
      const { ok, json } = okAnswer(a);
      if (ok) acked.set(JSON.parse(body).requestId, { openid: session!.split('.')[0], id: json.data.id });
      return ok;
    },
  );
  return { result: sub, acked };
}

/** Every acknowledged submission present exactly once: its key maps to the acknowledged application, which exists. */
export function countStore(dataDir: string, acked: Map<string, { openid: string; id: string }>): string {
  const db = new Database(path.join(dataDir, SQLITE_FILE), { readonly: true });
  try {
    const key = db.prepare('SELECT application_id AS id FROM idempotency WHERE openid = ? AND request_id = ?');
    const app = db.prepare('SELECT COUNT(*) AS n FROM applications WHERE id = ?');
    let missing = 0;
    for (const [requestId, a] of acked) {
      const k = key.get(a.openid, requestId) as { id: string } | undefined;
      if (!k || k.id !== a.id || (app.get(a.id) as { n: number }).n !== 1) missing++;
    }
    const applications = (db.prepare('SELECT COUNT(*) AS n FROM applications').get() as { n: number }).n;
    const keys = (db.prepare('SELECT COUNT(*) AS n FROM idempotency').get() as { n: number }).n;
    const integrity = db.pragma('integrity_check', { simple: true });
    return `已确认 ${acked.size.toLocaleString('en-US')} 次，库中缺失或不一致 ${missing}；申请 ${applications.toLocaleString('en-US')} 条 / 请求编号 ${keys.toLocaleString('en-US')} 条；integrity_check ${integrity}`;
  } finally {
    db.close();
  }
}
