import { estimate } from '../shared/estimate';
import { withDecimalOracle } from '../shared/amount';
import { runYear } from '../shared/year/chain';
import type { YearEntry } from '../shared/year/types';
import { mixedInpatientCases, rng } from './cases';
import { floorEstimate } from './floor';

/** Estimates per second and per-call latency, in-process, on one core. */
export function benchEstimates(n = 100_000): { name: string; count: number; perSecond: number; p50us: number; p99us: number } {
  const cases = mixedInpatientCases(n);
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
  return {
    name: '费用估算（巴中住院，混合案例）',
    count: n,
    perSecond: Math.round(n / seconds),
    p50us: Math.round(lat[Math.floor(n * 0.5)]),
    p99us: Math.round(lat[Math.floor(n * 0.99)]),
  };
}

/** Mean µs per call of `f` over every case, timed as one loop (no per-call clock: the floor is about a microsecond). */
function perCase(cases: Record<string, unknown>[], f: (c: Record<string, unknown>) => unknown): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < cases.length; i++) f(cases[i]);
  return Number(process.hrtime.bigint() - t0) / 1000 / cases.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface EngineFigures {
  count: number;
  productUs: number;
  floorUs: number;
  ratio: number;
  /** The decimal.js path with zod alone (withDecimalOracle): the engine as it was before issue 17, on `oracleCount` cases. */
  oracleUs: number;
  oracleCount: number;
  /** Cases where the floor's fund total and personal pay differ from the product's (must be 0). */
  disagreements: number;
}

/**
 * Issue 17's engine rows, measured in one run on the same 100k mixed inpatient cases: the product (`estimate`, with
 * validation and the full explanation), the floor (bench/floor.ts: the same chain in integer fen, no validation, no
 * text) and their ratio; the product and the floor interleaved three times and the medians taken, so a load that
 * comes and goes weighs on both. The floor's totals are checked against the product's on every case.
 */
export function benchEngine(n = 100_000, oracleCount = 20_000): EngineFigures {
  const cases = mixedInpatientCases(n);
  let disagreements = 0;
  for (const c of cases) {
    const r = estimate(c);
    const f = floorEstimate(c);
    if (fenOf(r.fundTotal) !== f.fundTotal || fenOf(r.personalPay) !== f.personalPay) disagreements++;
  }
  const product: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < 3; round++) {
    product.push(perCase(cases, estimate));
    floor.push(perCase(cases, floorEstimate));
  }
  const some = cases.slice(0, oracleCount);
  const oracle = (c: Record<string, unknown>) => withDecimalOracle(() => estimate(c));
  for (let i = 0; i < 1000; i++) oracle(some[i]);
  const oracleUs = perCase(some, oracle);
  const productUs = median(product);
  const floorUs = median(floor);
  return { count: n, productUs, floorUs, ratio: productUs / floorUs, oracleUs, oracleCount, disagreements };
}

function fenOf(text: string): number {
  const [y, f = ''] = text.split('.');
  return Number(y) * 100 + Number(f.padEnd(2, '0'));
}

/**
 * One person's year of stays (巴中 城乡居民, 2026), chained by shared/year/chain.ts `runYear`: each stay estimated with
 * the year-to-date figures the stays before it left. Returns ms per runYear call for each count of stays.
 */
export function benchChainedStays(counts = [1, 10, 100]): { stays: number; ms: number; perStayUs: number }[] {
  const r = rng(17);
  const levels = ['township', 'level1', 'level2', 'level3'];
  const entries = (n: number): YearEntry[] =>
    Array.from({ length: n }, (_, i) => {
      const inScope = (Math.floor(r() * 3_000_000) / 100).toFixed(2);
      const day = new Date(Date.UTC(2026, 0, 1) + Math.floor((i * 364) / Math.max(1, n)) * 86_400_000).toISOString();
      return {
        id: `stay-${String(i).padStart(4, '0')}`,
        case: {
          region: 'bazhong',
          date: day.slice(0, 10),
          scheme: 'resident',
          person: { age: 68, categories: ['dibao'] },
          visit: { type: 'inpatient', facilityLevel: levels[i % 4], place: 'local', totalCost: (Number(inScope) + 800).toFixed(2), inScopeCost: inScope },
        },
        createdAt: day,
        updatedAt: day,
      } as YearEntry;
    });
  return counts.map((stays) => {
    const year = entries(stays);
    const repeat = Math.max(3, Math.round(2000 / stays));
    for (let i = 0; i < 3; i++) runYear(year);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) runYear(year);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6 / repeat;
    return { stays, ms, perStayUs: (ms * 1000) / stays };
  });
}
