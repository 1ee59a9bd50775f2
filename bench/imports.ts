import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { PAYMENT_HEADER, ROSTER_HEADER, paymentRows, rosterRows, writeCsv, writeXlsx, zipBomb } from '../test/reliability/import-files';

/**
 * The staff-import part of `npm run bench` (issue 11): `yibao staff import-roster|import-payments` as staff run it
 * (its own process, a fresh DATA_DIR), on a 100,000-row roster as CSV and as XLSX, its 100,000-row payment list, and
 * a zip bomb (a 1.2 MB XLSX whose sheet inflates to 261 MB). Wall time includes starting the CLI; the peak memory is
 * the child's own maximum resident set, which it reports as it exits.
 *
 * BENCH_IMPORT_ROWS changes the number of rows.
 */
export interface ImportBench {
  name: string;
  size: string;
  ms: number;
  peakMb: number;
  answer: string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function runCli(dataDir: string, args: string[], preload: string): { ms: number; peakMb: number; answer: string } {
  const bin = path.resolve(__dirname, '../../bin/yibao.js');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', preload, bin, 'staff', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir },
    maxBuffer: 1 << 26,
  });
  const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
  const peak = /maxrss (\d+)/.exec(r.stderr);
  const out = JSON.parse(r.stdout) as { ok: boolean; added?: number; recorded?: Record<string, number>; message?: string };
  const answer = out.ok ? (out.added !== undefined ? `新增 ${out.added.toLocaleString('en-US')}` : `登记 ${Object.values(out.recorded ?? {}).reduce((a, b) => a + b, 0).toLocaleString('en-US')}`) : `拒绝：${(out.message ?? '').slice(0, 24)}…`;
  return { ms, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : NaN, answer };
}

export async function benchImports(): Promise<ImportBench[]> {
  const n = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-bench-import-'));
  try {
    const preload = path.join(dir, 'maxrss.js');
    fs.writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, 'maxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
    const roster = [ROSTER_HEADER, ...rosterRows(n)];
    const csv = writeCsv(path.join(dir, 'roster.csv'), roster);
    const xlsx = await writeXlsx(path.join(dir, 'roster.xlsx'), roster);
    const payments = writeCsv(path.join(dir, 'payments.csv'), [PAYMENT_HEADER, ...paymentRows(n)]);
    const bomb = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(bomb, await zipBomb(261));
    const rows = `${n.toLocaleString('en-US')} 行`;
    const fresh = (name: string) => fs.mkdtempSync(path.join(dir, `${name}-`));

    const out: ImportBench[] = [];
    const csvDir = fresh('csv');
    out.push({ name: '名册导入 CSV', size: `${rows}，${mb(fs.statSync(csv).size)}`, ...runCli(csvDir, ['import-roster', csv, '--region', 'yangcheng'], preload) });
    out.push({ name: '名册导入 XLSX', size: `${rows}，${mb(fs.statSync(xlsx).size)}`, ...runCli(fresh('xlsx'), ['import-roster', xlsx, '--region', 'yangcheng'], preload) });
    out.push({ name: '发放名单导入 CSV（名册已导入）', size: `${rows}，${mb(fs.statSync(payments).size)}`, ...runCli(csvDir, ['import-payments', payments], preload) });
    out.push({ name: 'zip 炸弹 XLSX（解压后 261 MB）', size: mb(fs.statSync(bomb).size), ...runCli(fresh('bomb'), ['import-roster', bomb, '--region', 'yangcheng'], preload) });
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
