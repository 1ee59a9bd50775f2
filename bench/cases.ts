import { FACILITY_LEVELS, PLACES } from '../shared/schemas/estimate';
import { regionsWith } from '../shared/regions';
import { categoriesOf } from '../shared/regions/vocabulary';
import { catalogue, chronicLimit } from '../shared/catalogue';
import { estimate } from '../shared/estimate';
import { RuleError } from '../shared/errors';

const CATEGORY_IDS = categoriesOf('bazhong');

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

/**
 * Mixed cases across every registered region and every visit type each covers (both schemes where a region has
 * them, categories, year-to-date history), in equal shares per region and visit type: what the rules bench and the
 * gateway load bench send. Deterministic for a seed.
 */
export function mixedCases(n: number, seed = 42): Record<string, unknown>[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const cents = (max: number) => (Math.floor(r() * max * 100) / 100).toFixed(2);
  const chronic = (scheme: 'resident' | 'employee') => CHRONIC_CODES.filter((c) => chronicLimit(c, scheme, '2025-01-01') !== null);
  const kinds = regionsWith('estimate').flatMap((region) => region.visitTypes.map((type) => ({ region, type })));
  const out: Record<string, unknown>[] = [];
  for (let i = 0; out.length < n; i++) {
    const { region, type } = kinds[i % kinds.length];
    const scheme = pick(region.schemes);
    const inScope = cents(r() < 0.8 ? 20000 : 300000);
    const money = { totalCost: (Number(inScope) + Number(cents(3000))).toFixed(2), inScopeCost: inScope };
    const year = Number(region.firstDate.slice(0, 4)) + (r() < 0.7 ? 0 : 1);
    let visit: Record<string, unknown>;
    switch (type) {
      case 'inpatient':
        visit = { facilityLevel: pick(FACILITY_LEVELS), place: pick(PLACES), referral: r() < 0.5, inProvince: r() < 0.8, ...money };
        break;
      case 'outpatient':
        visit = { facilityLevel: pick(FACILITY_LEVELS), ...money };
        break;
      case 'chronic':
        visit = { diseaseCode: pick(chronic(scheme)), ...money };
        break;
      case 'special':
        visit = { diseaseCode: pick(SPECIAL_CODES), ...money };
        break;
      case 'two-diseases':
        visit = { diseases: pick([['hypertension'], ['diabetes'], ['hypertension', 'diabetes']]), ...money };
        break;
      case 'high-value-drug':
        visit = { facilityLevel: pick(FACILITY_LEVELS), place: pick(PLACES), ...money };
        break;
      case 'maternity':
        visit = r() < 0.7 ? { event: 'delivery', difficult: r() < 0.4, babies: r() < 0.95 ? 1 : 2, ...money } : { event: 'termination', gestationWeeks: Math.floor(r() * 40), ...money };
        break;
      default:
        visit = { ...money };
    }
    const c = {
      region: region.id,
      date: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15`,
      scheme,
      person: {
        categories: r() < 0.3 && region.categories.length > 0 ? [pick(region.categories).id] : [],
        age: 1 + Math.floor(r() * 95),
        ...(scheme === 'employee' ? { retired: r() < 0.3, civilServant: r() < 0.2 } : {}),
      },
      visit: { type, ...visit },
      yearToDate: r() < 0.3 ? { basicPaid: cents(60000), seriousIllnessSelfPay: cents(30000) } : {},
    };
    if (covered(c)) out.push(c);
  }
  return out;
}

/**
 * Whether the rules cover a case's shape (region, scheme, visit type, level, place, disease): a region may leave some
 * out ("暂未收录"), and the bench measures answers, not refusals. Probed once per shape.
 */
const coveredShapes = new Map<string, boolean>();
function covered(c: { region: string; scheme: string; visit: Record<string, unknown> }): boolean {
  const v = c.visit;
  const key = [c.region, c.scheme, v.type, v.facilityLevel, v.place, v.diseaseCode, v.event].join('|');
  let ok = coveredShapes.get(key);
  if (ok === undefined) {
    try {
      estimate(c);
      ok = true;
    } catch (e) {
      if (!(e instanceof RuleError) || e.code !== 'NOT_COVERED') throw e;
      ok = false;
    }
    coveredShapes.set(key, ok);
  }
  return ok;
}

const CHRONIC_CODES = catalogue('chronic').flatMap((d) => [d.code, ...(d.subtypes ?? []).map((s) => s.code)]);
const SPECIAL_CODES = catalogue('special').flatMap((d) => [d.code, ...(d.subtypes ?? []).map((s) => s.code)]);
