import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir, cpus } from 'os';
import path from 'path';
import { benchEstimates } from './rules';
import { mixedInpatientCases } from './cases';
import { coldStarts, sdkRequireMs } from './cold-start';
import { h5EntryGzipped, weappPackages } from './packages';
import { homeInteractiveMs } from './h5-interactive';

/**
 * `npm run bench`: the figures the issues ask for, printed as a table. Not part of `npm test`: speed is measured
 * here, never asserted in tests.
 */
function cliBatch(n: number): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'yibao-bench-'));
  const file = path.join(dir, 'cases.json');
  writeFileSync(file, JSON.stringify(mixedInpatientCases(n, 7)));
  const bin = path.resolve(__dirname, '../../bin/yibao.js');
  spawnSync(process.execPath, [bin, 'regions'], { encoding: 'utf8' }); // make sure the CLI bundle is built
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'estimate', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`CLI batch failed: ${r.stdout.slice(0, 500)}`);
  return Math.round(ms);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const rows: string[][] = [];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}，Node ${process.version}`;
  const e = benchEstimates();
  rows.push([e.name, `${e.count.toLocaleString('en-US')} 例`, `${e.perSecond.toLocaleString('en-US')} 次/秒`, `p50 ${e.p50us} µs，p99 ${e.p99us} µs`]);
  const ms = cliBatch(10_000);
  rows.push(['CLI 批量估算（yibao estimate，含进程启动）', '10,000 例', `${ms} ms`, '']);

  const sdk = sdkRequireMs();
  for (const f of coldStarts()) {
    rows.push([`云函数 ${f.name} 冷启动（新进程 require${f.answered ? ' + 答复一次' : ''}）`, kb(f.bytes), `${f.ms} ms`, '目标 < 30 ms（仅计算类）']);
  }
  rows.push(['对照：require @cloudbase/node-sdk', '', `${sdk} ms`, '']);

  for (const p of weappPackages()) {
    rows.push([`weapp ${p.name === '主包' ? '主包' : `分包 ${p.name}`}`, kb(p.bytes), `${((p.bytes / (2 * 1024 * 1024)) * 100).toFixed(1)}% of 2 MB`, p.name === '主包' ? '预算 ≤ 1 MB' : '']);
  }
  const h5 = h5EntryGzipped();
  rows.push(['H5 入口 JS（gzip）', `${h5.files} 个文件，原始 ${kb(h5.bytes)}`, kb(h5.gzipped), '']);
  rows.push(['H5 首页可交互（无头 Chromium，新上下文，中位数）', '5 次', `${await homeInteractiveMs()} ms`, '']);

  console.log(`机器：${machine}`);
  console.log('| 项目 | 规模 | 结果 | 延迟 |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
