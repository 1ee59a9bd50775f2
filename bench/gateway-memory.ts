import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { gatewayBundle, startGatewayProcess, type GatewayProcess } from '../test/reliability/gateway-process';

/**
 * Peak memory of the gateway process (issue 11) while 100 clients each send an 8 MB body at once: without a session
 * (an attacker), and with one (100 people uploading at the same moment). Each scenario runs on a fresh process, so
 * its peak resident set (VmHWM) is the scenario's own. A figure, never a test assertion.
 *
 *   node -e "require('./scripts/bundle').bundle({ entry: 'bench/gateway-memory.ts',
 *     out: 'dist/bench/gateway-memory.js', external: ['better-sqlite3', '@cloudbase/node-sdk'],
 *     watch: ['bench', 'server', 'shared', 'test/reliability'] })"
 *   NODE_PATH=node_modules node dist/bench/gateway-memory.js
 *
 * GATEWAY_BUNDLE measures another build of the gateway (e.g. one bundled from an older commit) with the same load.
 */
const CLIENTS = Number(process.env.BENCH_MEMORY_CLIENTS ?? 100);
/** Under the upload route's 8 MiB limit: a 6 MB "photo" as base64 in the uploadMaterial JSON. */
const PHOTO_BYTES = 6_000_000;

interface Scenario {
  name: string;
  path: string;
  signedIn: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: '无会话，POST /api/upload', path: '/api/upload', signedIn: false },
  { name: '无会话，POST /api/applications', path: '/api/applications', signedIn: false },
  { name: '已登录，POST /api/upload', path: '/api/upload', signedIn: true },
  { name: '已登录，POST /api/applications（uploadMaterial）', path: '/api/applications', signedIn: true },
];

export interface MemoryResult {
  name: string;
  clients: number;
  bodyMB: number;
  baselineMB: number;
  peakMB: number;
  statuses: Record<string, number>;
  seconds: number;
}

function kbField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
}

function send(url: URL, apiPath: string, body: Buffer, session?: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: apiPath,
        method: 'POST',
        // A keep-alive connection per client, as a browser has: a refused body is drained, not reset.
        agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
        headers: { 'content-type': 'application/json', 'content-length': body.length, ...(session ? { 'x-session': session } : {}) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          req.destroy();
          resolve(res.statusCode ?? 0);
        });
        res.on('error', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

async function json(url: URL, apiPath: string, body: unknown, session?: string): Promise<any> {
  const res = await fetch(new URL(apiPath, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { 'x-session': session } : {}) },
    body: JSON.stringify(body),
  });
  return res.json();
}

async function runScenario(bundle: string, scenario: Scenario): Promise<MemoryResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-bench-mem-'));
  let gw: GatewayProcess | undefined;
  try {
    gw = await startGatewayProcess(bundle, dataDir, () => undefined);
    const url = new URL(gw.url);
    await json(url, '/api/estimate', {});
    const session = scenario.signedIn ? (await json(url, '/api/dev-login', { user: 'bench-memory' })).data.token : undefined;
    const payload = { applicationId: 'bench0draft', item: 'residenceProof', contentBase64: randomBytes(PHOTO_BYTES).toString('base64') };
    const body = Buffer.from(JSON.stringify(scenario.path === '/api/applications' ? { action: 'uploadMaterial', ...payload } : payload));
    await new Promise((r) => setTimeout(r, 300));
    const baselineKb = kbField(gw.pid, 'VmRSS');
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: CLIENTS }, () => send(url, scenario.path, body, session)));
    const seconds = (Date.now() - started) / 1000;
    const peakKb = kbField(gw.pid, 'VmHWM');
    const tally: Record<string, number> = {};
    for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
    return {
      name: scenario.name,
      clients: CLIENTS,
      bodyMB: Math.round((body.length / 1024 / 1024) * 10) / 10,
      baselineMB: Math.round(baselineKb / 1024),
      peakMB: Math.round(peakKb / 1024),
      statuses: tally,
      seconds: Math.round(seconds * 10) / 10,
    };
  } finally {
    if (gw) await gw.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchGatewayMemory(bundle = process.env.GATEWAY_BUNDLE ?? gatewayBundle()): Promise<MemoryResult[]> {
  const results: MemoryResult[] = [];
  for (const scenario of SCENARIOS) results.push(await runScenario(bundle, scenario));
  return results;
}

if (require.main === module) {
  benchGatewayMemory().then(
    (results) => {
      for (const r of results) {
        console.log(`${r.name}: ${r.clients} × ${r.bodyMB} MB, RSS ${r.baselineMB} MB → 峰值 ${r.peakMB} MB, ${r.seconds} s, 状态 ${JSON.stringify(r.statuses)}`);
      }
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
