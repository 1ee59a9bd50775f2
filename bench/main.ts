import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir, cpus } from 'os';
import path from 'path';
import { benchChainedStays, benchEngine, benchEstimates } from './rules';
import { mixedCases, mixedInpatientCases } from './cases';
import { benchLoad } from './load';
import { estimate } from '../shared/estimate';
import { coldStarts, sdkParts, sdkRequireMs } from './cold-start';
import { benchGrowth, growthRows } from './growth';
import { h5EntryGzipped, weappPackages, weappTotal } from './packages';
import { BUDGET } from '../scripts/weapp-modules';
import { homeInteractiveMs, MOBILE, throttledHomeLoads } from './h5-interactive';
import { benchImports } from './imports';
import { benchGatewayMemory } from './gateway-memory';
import { LIMITS } from '../server/identity/rate-limit';

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

/** Estimates per second and per-call latency over cases of every region and visit type, in-process, one core. */
function benchMixedEstimates(n = 100_000): { count: number; kinds: number; perSecond: number; p50us: number; p99us: number } {
  const cases = mixedCases(n);
  for (let i = 0; i < 2000; i++) estimate(cases[i]); // warm the JIT
  const lat = new Float64Array(n);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const s = process.hrtime.bigint();
    estimate(cases[i]);
    lat[i] = Number(process.hrtime.bigint() - s) / 1000;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  lat.sort();
  const kinds = new Set(cases.map((c) => `${c.region}/${(c.visit as { type: string }).type}`)).size;
  return { count: n, kinds, perSecond: Math.round(n / seconds), p50us: Math.round(lat[Math.floor(n * 0.5)]), p99us: Math.round(lat[Math.floor(n * 0.99)]) };
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}，Node ${process.version}`;
  const e = benchEstimates();
  rows.push([e.name, `${e.count.toLocaleString('en-US')} 例`, `${e.perSecond.toLocaleString('en-US')} 次/秒`, `p50 ${e.p50us} µs，p99 ${e.p99us} µs`]);
  // Issue 17: the product, the floor (bench/floor.ts) and their ratio in one run; the decimal.js path it replaced.
  const engine = benchEngine();
  const us = (x: number) => `${x.toFixed(2)} µs/例`;
  rows.push([`费用估算 vs 底线（巴中住院，整数分、无校验、无文字；合计与产品逐例核对，不一致 ${engine.disagreements} 例）`, `${engine.count.toLocaleString('en-US')} 例`, `产品 ${us(engine.productUs)}，底线 ${us(engine.floorUs)}`, `产品/底线 ${engine.ratio.toFixed(1)}×（目标 ≤ 10×）`]);
  rows.push(['对照：decimal.js + zod 路径（issue 17 之前的做法，现为测试基准）', `${engine.oracleCount.toLocaleString('en-US')} 例`, us(engine.oracleUs), `产品快 ${(engine.oracleUs / engine.productUs).toFixed(1)}×`]);
  for (const y of benchChainedStays()) {
    rows.push(['同一人全年连续住院（runYear）', `${y.stays} 次`, `${y.ms.toFixed(2)} ms`, `每次 ${y.perStayUs.toFixed(1)} µs`]);
  }
  const m = benchMixedEstimates();
  rows.push([`费用估算（所有地区与就医类型，${m.kinds} 种组合，混合案例）`, `${m.count.toLocaleString('en-US')} 例`, `${m.perSecond.toLocaleString('en-US')} 次/秒`, `p50 ${m.p50us} µs，p99 ${m.p99us} µs`]);
  for (const n of [1, 100, 10_000]) {
    const ms = cliBatch(n);
    rows.push(['CLI 批量估算（yibao estimate，含进程启动）', `${n.toLocaleString('en-US')} 例`, `${ms} ms`, `每例 ${((ms * 1000) / n).toFixed(1)} µs`]);
  }
  for (const b of await benchImports()) {
    rows.push([`${b.name}（yibao staff，含进程启动）`, b.size, `${b.ms.toLocaleString('en-US')} ms`, `峰值内存 ${b.peakMb} MB；${b.answer}`]);
  }

  const sdk = sdkRequireMs();
  for (const f of coldStarts()) {
    rows.push([`云函数 ${f.name} 冷启动（新进程 require${f.answered ? ' + 答复一次' : ''}）`, kb(f.bytes), `${f.ms} ms`, '目标 < 30 ms（仅计算类）']);
  }
  rows.push(['对照：require @cloudbase/node-sdk', '', `${sdk} ms`, '']);
  // Issue 17: what only the database part of the SDK would cost, and the same SDK bundled into one file.
  const parts = sdkParts();
  const share = (ms: number) => `${Math.round((ms / parts.sdk) * 100)}% of the SDK`;
  rows.push(['对照：require @cloudbase/database（仅查询构造，无请求层）', '', `${parts.database} ms`, share(parts.database)]);
  rows.push(['对照：require @cloudbase/signature-nodejs（签名）', '', `${parts.signer} ms`, share(parts.signer)]);
  rows.push(['对照：require SDK 的数据库请求层（tcbdbapirequester，连带整个 SDK）', '', `${parts.dbRequester} ms`, share(parts.dbRequester)]);
  rows.push(['对照：require 打包成单文件的同一 SDK（esbuild）', kb(parts.sdkBundledBytes), `${parts.sdkBundled} ms`, share(parts.sdkBundled)]);

  const packages = weappPackages();
  for (const p of packages) {
    rows.push([`weapp ${p.name === '主包' ? '主包' : `分包 ${p.name}`}`, kb(p.bytes), `${((p.bytes / (2 * 1024 * 1024)) * 100).toFixed(1)}% of 2 MB`, p.name === '主包' ? '预算 ≤ 1 MB' : '']);
  }
  const weapp = weappTotal(packages);
  rows.push(['weapp 合计（主包 + 全部分包）', kb(weapp.bytes), `重复打包 ${weapp.shippedTwice} 处（${kb(weapp.twiceBytes)}）`, `预算 ≤ ${kb(BUDGET.totalBytes)}，每个库与数据表只打包一次`]);
  const h5 = h5EntryGzipped();
  rows.push(['H5 入口 JS（gzip）', `${h5.files} 个文件，原始 ${kb(h5.bytes)}`, kb(h5.gzipped), '']);
  rows.push(['H5 首页可交互（无头 Chromium，新上下文，中位数）', '5 次', `${await homeInteractiveMs()} ms`, '']);
  // Issue 17: the first load on a throttled phone, the build sent as it is and pre-compressed, in one run.
  const mobile = await throttledHomeLoads();
  const profile = `${MOBILE.downBitsPerSecond / 1e6} Mbps，RTT ${MOBILE.rttMs} ms，CPU ${MOBILE.cpuSlowdown}×，5 次中位数`;
  for (const [label, l] of [['不压缩', mobile.before], ['br/gzip 预压缩', mobile.after]] as const) {
    rows.push([`H5 首页可交互，限速手机（${label}）`, profile, `${l.medianMs.toLocaleString('en-US')} ms`, `${l.requests} 个请求（脚本发起 ${l.scriptRequests} 个），线上 ${kb(l.wireBytes)}；目标 ≤ 2,000 ms`]);
  }

  // Load: the gateway process on the embedded store, 20 s per workload; aim ≥ 300 submissions/s with p99 ≤ 100 ms.
  for (const l of await benchLoad()) {
    rows.push([
      `${l.name}，${l.clients} 个并发客户端`,
      `${l.seconds} 秒，${l.requests.toLocaleString('en-US')} 次`,
      `${l.perSecond.toLocaleString('en-US')} 次/秒，错误 ${l.errors}`,
      `p50 ${l.p50ms} ms，p99 ${l.p99ms} ms${l.check ? `；${l.check}` : ''}`,
    ]);
  }

  // Issue 17: the same pages and submissions with 1k / 100k / 1M applications stored (bench/growth.ts), as ratios.
  rows.push(...growthRows(await benchGrowth()));

  // Issue 11: peak memory of the gateway under 100 concurrent 8 MB bodies, a fresh process per scenario.
  for (const g of await benchGatewayMemory()) {
    rows.push([`网关内存：${g.name}`, `${g.clients} × ${g.bodyMB} MB 并发`, `峰值 RSS ${g.peakMB} MB（启动时 ${g.baselineMB} MB）`, `状态 ${JSON.stringify(g.statuses)}，${g.seconds} s`]);
  }
  // Issue 11: what the identity model lets through (server/identity/rate-limit.ts), as configured.
  rows.push([
    '身份申报频率上限（配置值）',
    '每账号 / 全体',
    `每账号 ${LIMITS.declarePerAccountHour.max} 次/小时、${LIMITS.declarePerAccountDay.max} 次/天；全体 ${LIMITS.declareAllMinute.max} 次/分钟`,
    `核验每账号 ${LIMITS.verifyPerAccountHour.max} 次/小时；提交每账号 ${LIMITS.submitPerAccountHour.max} 次/小时`,
  ]);

  console.log(`机器：${machine}`);
  console.log('| 项目 | 规模 | 结果 | 延迟 |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
