import { estimate } from '../shared/estimate';
import { mixedInpatientCases } from './cases';

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
