import { CATEGORY_IDS, FACILITY_LEVELS, PLACES } from '../shared/schemas/estimate';

/** A deterministic pseudo-random stream (mulberry32), so every bench run measures the same cases. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixed Bazhong inpatient cases: both schemes, every level and place, categories, year-to-date history. */
export function mixedInpatientCases(n: number, seed = 42): Record<string, unknown>[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const cents = (max: number) => (Math.floor(r() * max * 100) / 100).toFixed(2);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const scheme = r() < 0.6 ? 'resident' : 'employee';
    const inScope = cents(r() < 0.8 ? 50000 : 500000);
    const total = (Number(inScope) + Number(cents(5000))).toFixed(2);
    out.push({
      region: 'bazhong',
      date: r() < 0.7 ? '2025-07-01' : '2026-03-15',
      scheme,
      person: {
        categories: r() < 0.3 ? [pick(CATEGORY_IDS)] : [],
        retired: r() < 0.3,
        age: 20 + Math.floor(r() * 75),
        civilServant: scheme === 'employee' && r() < 0.2,
      },
      visit: {
        type: 'inpatient',
        facilityLevel: pick(FACILITY_LEVELS),
        place: pick(PLACES),
        totalCost: total,
        inScopeCost: inScope,
        referral: r() < 0.5,
        inProvince: r() < 0.8,
      },
      yearToDate: r() < 0.3 ? { basicPaid: cents(100000), seriousIllnessSelfPay: cents(30000), largeExpenseSelfPay: cents(30000) } : {},
    });
  }
  return out;
}
