import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** One payload per function that answers without a store or identity (others report require time only). */
const SAMPLE_CALLS: Record<string, unknown> = {
  // 004 第三章 十问 例一: insured in 2025, pays before 1 January → covered from 2026-01-01.
  waiting: { region: 'bazhong', scheme: 'resident', coverageYear: 2026, paymentDate: '2025-12-20', insuredYears: [2025] },
  estimate: {
    region: 'bazhong',
    date: '2025-06-01',
    scheme: 'resident',
    person: { categories: [] },
    visit: { type: 'inpatient', facilityLevel: 'township', place: 'local', totalCost: '4500', inScopeCost: '4200' },
  },
};

export interface ColdStart {
  name: string;
  bytes: number;
  /** Median of several fresh processes: require the bundle and answer one call (or just require). */
  ms: number;
  answered: boolean;
}

function medianOf(runs: number[]): number {
  const s = [...runs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Time inside a fresh Node process, so the figure excludes Node's own start-up (~40 ms) but includes everything else. */
function timeInFreshProcess(script: string, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: ROOT });
    if (r.status !== 0) throw new Error(r.stderr.slice(0, 500));
    times.push(Number(r.stdout.trim()));
  }
  return Math.round(medianOf(times) * 10) / 10;
}

export function coldStarts(): ColdStart[] {
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-functions.js')], { stdio: 'ignore' });
  const dir = path.join(ROOT, 'cloudfunctions');
  const out: ColdStart[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'index.js');
    if (!existsSync(file)) continue;
    const call = SAMPLE_CALLS[name];
    const elapsed = 'console.log(Number(process.hrtime.bigint()-t)/1e6)';
    const script = call
      ? `const t=process.hrtime.bigint();require(${JSON.stringify(file)}).main(${JSON.stringify(call)}).then((r)=>{if(!r.ok)process.exit(3);${elapsed}})`
      : `const t=process.hrtime.bigint();require(${JSON.stringify(file)});${elapsed}`;
    out.push({ name, bytes: statSync(file).size, ms: timeInFreshProcess(script), answered: Boolean(call) });
  }
  return out;
}

/** The SDK alone, for comparison: what every store function pays before its first line runs. */
export function sdkRequireMs(): number {
  return timeInFreshProcess(`const t=process.hrtime.bigint();require('@cloudbase/node-sdk');console.log(Number(process.hrtime.bigint()-t)/1e6)`);
}

/** What the store functions' SDK costs, part by part (issue 17): medians of fresh processes, in ms. */
export interface SdkParts {
  /** `require('@cloudbase/node-sdk')`, as the functions load it now. */
  sdk: number;
  /** The same SDK, bundled by esbuild into one file (the same code, without resolving ~900 module files). */
  sdkBundled: number;
  sdkBundledBytes: number;
  /** `@cloudbase/database` alone: the query builder, without any requester. */
  database: number;
  /** `@cloudbase/signature-nodejs` alone: the TC3 signer. */
  signer: number;
  /** The SDK's own database requester module (credentials per request, endpoints, retries): it requires the SDK whole. */
  dbRequester: number;
}

const requireMs = (id: string) => timeInFreshProcess(`const t=process.hrtime.bigint();require(${JSON.stringify(id)});console.log(Number(process.hrtime.bigint()-t)/1e6)`);

export function sdkParts(): SdkParts {
  const out = path.join(ROOT, 'dist', 'bench', 'node-sdk-bundled.js');
  // esbuild is a devDependency (scripts/bundle.js); required here so `npm run bench` alone pays for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- bench-only tool, loaded when measured
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    stdin: { contents: "module.exports = require('@cloudbase/node-sdk');", resolveDir: ROOT, sourcefile: 'node-sdk-entry.js' },
    bundle: true,
    platform: 'node',
    target: 'node16',
    minify: true,
    outfile: out,
    logLevel: 'error',
  });
  return {
    sdk: requireMs('@cloudbase/node-sdk'),
    sdkBundled: requireMs(out),
    sdkBundledBytes: statSync(out).size,
    database: requireMs('@cloudbase/database'),
    signer: requireMs('@cloudbase/signature-nodejs'),
    dbRequester: requireMs('@cloudbase/node-sdk/dist/utils/tcbdbapirequester'),
  };
}
