import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import * as apps from '../server/applications';
import { openAppContext } from '../server/applications/open';
import type { AppContext } from '../server/applications/context';
import { SQLITE_FILE } from '../server/store/sqlite';
import { encodeCursor, NOT_SUBMITTED_KEY } from '../server/store/cursor';
import type { ApplicationRecord, ApplicationStatus } from '../server/store/types';
import { staffQueue } from '../server/staff/applications/queue';
import type { StaffActor } from '../server/staff/applications/scope';
import { formatNumber } from '../shared/applications/numbers';
import { officePrefix, officeRegionsFor, type OfficeRef } from '../shared/applications/offices';
import { checkCharacter } from '../shared/idcard';
import { gatewayBundle, startGatewayProcess, testKeyFile } from '../test/reliability/gateway-process';
import { benchSubmissions, countStore } from './load';

/**
 * Issue 17's growth rows: the same lists and submissions with 1k, 100k and 1M applications stored. Each size is a
 * fresh DATA_DIR: one application is filed through the product (so the record, its sealed ID number and the store's
 * key check are the product's own), then the rest are copies of it written straight into SQLite in one transaction —
 * each its own id, account, person (a distinct, valid ID number sealed with the store's key and its lookup hash),
 * phone, business number, office, status and dates — with an audit entry and an idempotency key each, as a filing
 * leaves them. Then, per size: the pages people wait for, in-process through the product's own functions (median of
 * repeated calls), `yibao staff list --status all` as a new process, and submissions by 16 clients through the
 * gateway (bench/load.ts). The rows are printed as ratios to the smallest size, in one run.
 *
 * BENCH_GROWTH_SIZES (comma-separated, default 1000,100000,1000000) and BENCH_GROWTH_SECONDS (default 10) change it.
 */
export interface GrowthResult {
  size: number;
  seedSeconds: number;
  fileMB: number;
  /** Median ms per page (counts and totals included), by name. */
  pages: Record<string, number>;
  cliMs: number;
  submissionsPerSecond: number;
  submissionsP99ms: number;
  submissionErrors: number;
  check: string;
}

/** The account with many applications, whose 我的申请 is paged. */
const HEAVY = 'growth-heavy';
const HEAVY_COUNT = 60;
const STATUSES: [ApplicationStatus, number][] = [
  ['submitted', 40],
  ['accepted', 30],
  ['returned', 10],
  ['rejected', 10],
  ['withdrawn', 5],
  ['draft', 5],
];

/** A valid, distinct ID number per person: a 巴中 address code, a birth date, a sequence, the check character. */
function idNumberOf(person: number): string {
  const day = 1 + (person % 28);
  const month = 1 + (Math.floor(person / 28) % 12);
  const year = 1940 + (Math.floor(person / 336) % 60);
  const seq = Math.floor(person / 20160) % 1000;
  const first17 = `511902${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

function officesOf(type: string): OfficeRef[] {
  return officeRegionsFor(type).flatMap((r) => [{ region: r.region, area: null }, ...(r.areas ?? []).map((a) => ({ region: r.region, area: a.name }))]);
}

const env = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: dataDir,
  YIBAO_KEY_FILE: testKeyFile(dataDir),
  NODE_ENV: 'development',
  TCB_ENV: '',
});

/** Files one application through the product and returns the stored record: what every copy is made from. */
async function template(ctx: AppContext): Promise<ApplicationRecord> {
  const view = await apps.submit(
    ctx,
    { openid: 'growth-template' },
    {
      requestId: 'growth-template-1',
      content: {
        type: 'remoteFiling',
        principal: { name: '张大山', idNumber: idNumberOf(0), phone: '13900000000' },
        remoteFiling: { kind: 'longTermResident', scheme: 'resident', destination: { province: '广东省', city: '深圳市' }, residenceAddress: '深圳市南山区某街道 1 号' },
      },
      commitment: { accepted: true, signerName: '张大山' },
    },
  );
  return (await ctx.store.getApplication(view.id))!;
}

/** Writes `count` copies of the template (persons 1..count), in one transaction. */
function seed(dataDir: string, ctx: AppContext, base: ApplicationRecord, count: number): void {
  const db = new Database(path.join(dataDir, SQLITE_FILE));
  // Setup, not measurement: no journal (a fresh file: a failed seed is thrown away), no fsync, and a cache that holds
  // the whole write (no page spilled and written again). The file goes back to WAL, as the product keeps it.
  db.pragma('journal_mode = DELETE');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  // The indexes are built once after the rows are in (the same definitions, read back from the schema): sorting
  // a million keys once is minutes faster than a million random inserts into each of them.
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('applications', 'audit', 'idempotency')")
    .all() as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX ${i.name}`);
  const insertApp = db.prepare(
    'INSERT INTO applications (id, filer_openid, principal_id_hash, status, created_at, queue_key, type, office_region, office_area, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAudit = db.prepare('INSERT INTO audit (id, application_id, doc) VALUES (?, ?, ?)');
  const insertKey = db.prepare('INSERT INTO idempotency (openid, request_id, application_id, created_at) VALUES (?, ?, ?, ?)');
  const offices = officesOf(base.type);
  const statusOf: ApplicationStatus[] = STATUSES.flatMap(([s, n]) => Array<ApplicationStatus>(n).fill(s));
  const start = Date.parse('2024-12-01T00:00:00.000Z');
  const step = Math.max(1000, Math.floor((2 * 365 * 86400_000) / count));
  const accounts = Math.max(1, Math.floor(count / 5));
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const id = `g${i.toString(36).padStart(8, '0')}${randomBytes(8).toString('hex')}`;
      const filer = i <= HEAVY_COUNT ? HEAVY : `growth-o-${i % accounts}`;
      const sealed = ctx.cipher.seal(idNumberOf(i));
      const office = offices[i % offices.length];
      const status = statusOf[(i * 7) % statusOf.length];
      const createdAt = new Date(start + i * step).toISOString();
      const submittedAt = status === 'draft' ? null : new Date(start + i * step + 600_000).toISOString();
      const year = new Date(start + i * step + 8 * 3600_000).getUTCFullYear();
      const principal = { ...base.content.principal, idNumber: sealed, phone: `139${String(i).padStart(8, '0')}` };
      const record: ApplicationRecord = {
        ...base,
        id,
        status,
        filerOpenid: filer,
        principalIdHash: sealed.hash,
        content: { ...base.content, principal, office } as ApplicationRecord['content'],
        createdAt,
        updatedAt: submittedAt ?? createdAt,
        submittedAt,
        office,
        number: formatNumber(officePrefix(office) ?? 'SX', year, i),
      };
      insertApp.run(id, filer, sealed.hash, status, createdAt, submittedAt ?? NOT_SUBMITTED_KEY, base.type, office.region, office.area, JSON.stringify(record));
      const entry = { id: `${id}-a`, applicationId: id, at: submittedAt ?? createdAt, actor: { role: 'applicant', id: filer }, action: 'submit', fromStatus: null, toStatus: 'submitted', note: '提交申请' };
      insertAudit.run(entry.id, id, JSON.stringify(entry));
      insertKey.run(filer, `seed-${i}`, id, createdAt);
    }
  })();
  for (const i of indexes) db.exec(i.sql);
  db.pragma('journal_mode = WAL');
  db.close();
}

/** Median ms of `runs` calls (after one unmeasured call). */
async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)] * 100) / 100;
}

async function pages(dataDir: string, size: number): Promise<Record<string, number>> {
  const ctx = await openAppContext(env(dataDir), { log: () => undefined });
  try {
    const raw = new Database(path.join(dataDir, SQLITE_FILE), { readonly: true });
    const office = officesOf('remoteFiling').find((o) => o.area !== null)!;
    // A cursor half-way down this office's queue of submitted applications: a deep page.
    const middle = raw
      .prepare("SELECT queue_key AS k, id FROM applications WHERE office_region = ? AND office_area = ? AND status = 'submitted' ORDER BY queue_key, id LIMIT 1 OFFSET ?")
      .get(office.region, office.area, Math.floor(size / officesOf('remoteFiling').length / 5)) as { k: string; id: string } | undefined;
    const some = raw.prepare("SELECT doc FROM applications WHERE office_region = ? AND office_area = ? AND status = 'submitted' ORDER BY id LIMIT 1").get(office.region, office.area) as { doc: string };
    raw.close();
    const found = JSON.parse(some.doc) as ApplicationRecord;
    const person = ctx.cipher.open(found.content.principal!.idNumber as never);
    const actor: StaffActor = { login: 'growth-staff', name: '经办', role: 'reviewer', region: office.region, area: office.area } as StaffActor;
    const mine = await apps.listMine(ctx, { openid: HEAVY });
    const out: Record<string, number> = {};
    const RUNS = 15;
    out['我的申请 第一页'] = await median(RUNS, () => apps.listMine(ctx, { openid: HEAVY }));
    out['我的申请 下一页'] = await median(RUNS, () => apps.listMine(ctx, { openid: HEAVY }, { cursor: mine.nextCursor! }));
    out['经办队列 第一页（含各状态计数）'] = await median(RUNS, () => staffQueue(ctx, actor, { status: 'submitted' }));
    out['经办队列 深页（队列中部）'] = await median(RUNS, () => staffQueue(ctx, actor, { status: 'submitted', ...(middle ? { cursor: encodeCursor({ key: middle.k, id: middle.id }) } : {}) }));
    out['经办队列 全部状态'] = await median(RUNS, () => staffQueue(ctx, actor, { status: 'all' }));
    // The whole region (an approver of the 市): 7 of the 20 offices, so its counts read the most index entries.
    out['经办队列 全地区第一页（含各状态计数）'] = await median(RUNS, () => staffQueue(ctx, { ...actor, area: null }, { status: 'submitted' }));
    out['搜索 业务编号'] = await median(RUNS, () => staffQueue(ctx, actor, { status: 'all', q: found.number! }));
    out['搜索 手机号'] = await median(RUNS, () => staffQueue(ctx, actor, { status: 'all', q: found.content.principal!.phone! }));
    out['搜索 身份证号（检索哈希）'] = await median(RUNS, () => staffQueue(ctx, actor, { status: 'all', q: person }));
    return out;
  } finally {
    await ctx.store.close();
  }
}

/** `yibao staff list --status all` as staff run it: a new process, the store opened, one page printed. */
function cliList(dataDir: string): number {
  const bin = path.resolve(__dirname, '../../bin/yibao.js');
  spawnSync(process.execPath, [bin, 'regions'], { encoding: 'utf8' }); // the CLI bundle is built
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'staff', 'list', '--status', 'all'], { encoding: 'utf8', env: env(dataDir), maxBuffer: 1 << 26 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`yibao staff list failed: ${r.stdout.slice(0, 300)}${r.stderr.slice(0, 300)}`);
  }
  return Math.round(times.sort((a, b) => a - b)[1]);
}

export async function benchGrowth(): Promise<GrowthResult[]> {
  const sizes = (process.env.BENCH_GROWTH_SIZES ?? '1000,100000,1000000').split(',').map(Number);
  const seconds = Number(process.env.BENCH_GROWTH_SECONDS ?? 10);
  const clients = Number(process.env.BENCH_LOAD_CLIENTS ?? 16);
  const bundle = gatewayBundle();
  const results: GrowthResult[] = [];
  for (const size of sizes) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-growth-'));
    try {
      const t0 = Date.now();
      const ctx = await openAppContext(env(dataDir), { log: () => undefined });
      const base = await template(ctx);
      await ctx.store.close();
      seed(dataDir, ctx, base, size - 1);
      const seedSeconds = Math.round((Date.now() - t0) / 100) / 10;
      const fileMB = Math.round(fs.statSync(path.join(dataDir, SQLITE_FILE)).size / 1e6);
      const measured = await pages(dataDir, size);
      const cliMs = cliList(dataDir);
      const gw = await startGatewayProcess(bundle, dataDir, () => undefined);
      let sub;
      try {
        sub = await benchSubmissions(gw, clients, seconds, `growth${size}`);
      } finally {
        await gw.stop();
      }
      results.push({
        size,
        seedSeconds,
        fileMB,
        pages: measured,
        cliMs,
        submissionsPerSecond: sub.result.perSecond,
        submissionsP99ms: sub.result.p99ms,
        submissionErrors: sub.result.errors,
        check: countStore(dataDir, sub.acked),
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}

/** The growth rows of the bench table: each figure at every size, and the largest size's ratio to the smallest. */
export function growthRows(results: GrowthResult[]): string[][] {
  if (results.length === 0) return [];
  const first = results[0];
  const last = results[results.length - 1];
  const sizeText = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
  const sizes = results.map((r) => sizeText(r.size)).join(' / ');
  const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
  const rows: string[][] = [];
  for (const name of Object.keys(first.pages)) {
    rows.push([
      `增长：${name}（每页，库中 ${sizes} 件申请）`,
      sizes,
      results.map((r) => `${r.pages[name]} ms`).join(' / '),
      `${sizeText(last.size)} ÷ ${sizeText(first.size)} = ${ratio(first.pages[name], last.pages[name])}；目标每页 ≤ 50 ms`,
    ]);
  }
  rows.push([
    '增长：yibao staff list --status all（含进程启动）',
    sizes,
    results.map((r) => `${r.cliMs} ms`).join(' / '),
    `${sizeText(last.size)} ÷ ${sizeText(first.size)} = ${ratio(first.cliMs, last.cliMs)}`,
  ]);
  rows.push([
    `增长：网关 提交申请，16 个并发客户端`,
    sizes,
    results.map((r) => `${r.submissionsPerSecond} 次/秒`).join(' / '),
    `${sizeText(last.size)} ÷ ${sizeText(first.size)} = ${ratio(first.submissionsPerSecond, last.submissionsPerSecond)}（目标 ≥ 0.9×）；p99 ${results.map((r) => `${r.submissionsP99ms} ms`).join(' / ')}；错误 ${results.map((r) => r.submissionErrors).join(' / ')}；${last.check}`,
  ]);
  rows.push(['增长：批量写入（直接写 SQLite，一个事务）', sizes, results.map((r) => `${r.seedSeconds} s`).join(' / '), `库文件 ${results.map((r) => `${r.fileMB} MB`).join(' / ')}`]);
  return rows;
}
