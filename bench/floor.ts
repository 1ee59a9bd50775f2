import { valueAt } from '../shared/params/param';
import { residentInpatient, employeeInpatient } from '../shared/regions/bazhong/params/inpatient';
import { residentFundCap, employeeFundCaps } from '../shared/regions/bazhong/params/fund-caps';
import { civilServantInpatient } from '../shared/regions/bazhong/params/civil-servant';
import { largeExpense } from '../shared/regions/bazhong/params/large-expense';
import {
  priorYearDisposableIncome,
  seriousIllnessBands,
  seriousIllnessCap,
  seriousIllnessDeductibleShare,
  seriousIllnessPreference,
} from '../shared/regions/bazhong/params/serious-illness';
import { routineAssistance, tiltedAssistance } from '../shared/regions/bazhong/params/assistance';

/**
 * The floor of issue 17: the 巴中 inpatient payer chain of shared/regions/bazhong/estimate in integer fen, with no
 * validation, no explanation and no year-to-date output — what the product's arithmetic costs at the least. Ratios
 * are whole percent (every ratio of these parameters has two decimals; `percentOf` refuses any other), products are
 * in 1/10,000 yuan, and each payer is rounded half up to the fen once, as ChainContext.pay does. It covers the cases
 * bench/cases.ts `mixedInpatientCases` makes (no transfer, day case or insured history) and the bench checks its
 * totals against the product's on every one of them.
 */

/** "1234.5" → 123450 fen. */
function fenOf(text: string): number {
  const point = text.indexOf('.');
  if (point < 0) return Number(text) * 100;
  const frac = text.slice(point + 1);
  return Number(text.slice(0, point)) * 100 + (frac.length === 1 ? Number(frac) * 10 : Number(frac));
}

/** "0.85" → 85; a ratio with more decimals would not be exact here. */
function percentOf(text: string): number {
  const p = Math.round(Number(text) * 100);
  if (fenOf(text) !== p) throw new Error(`比例 ${text} 不是整百分比，底线算法不适用`);
  return p;
}

/** 1/10,000 yuan → fen, half up (amounts here are never negative). */
function round(x4: number): number {
  const r = x4 % 100;
  return (x4 - r) / 100 + (r >= 50 ? 1 : 0);
}

type Band = { upTo: number | null; pct: number };

/** Each slice of `amount` (fen) at its band's percent plus `bonus`, never above 100%: in 1/10,000 yuan. */
function banded(amount: number, bands: Band[], bonus: number): number {
  let total = 0;
  let from = 0;
  for (const b of bands) {
    const pct = Math.min(b.pct + bonus, 100);
    const top = b.upTo === null ? amount : Math.min(amount, b.upTo);
    if (top > from) total += (top - from) * pct;
    if (b.upTo === null || amount <= b.upTo) break;
    from = b.upTo;
  }
  return total;
}

interface Rules {
  cells: Record<'resident' | 'employee', Record<string, Record<string, { deductible: number; pct: number }>>>;
  residentCap: number;
  employeeCaps: { basic: number; civilServant: number; largeExpense: number };
  civilServantPct: number;
  largeExpense: Record<'ordinary' | 'exempt' | 'aged80', { deductible: number; bands: Band[] }>;
  serious: { deductible: number; preferredDeductible: number; bonus: number; bands: Band[]; cap: number; noCap: boolean };
  routine: Record<string, { deductible: number; pct: number; limit: number }>;
  tilted: { threshold: number; pct: Record<string, number>; limit: number };
}

const PREFERRED = new Set(['extreme-poverty', 'orphan', 'dibao']);

function bandsOf(bands: { upTo: string | null; ratio: string }[]): Band[] {
  return bands.map((b) => ({ upTo: b.upTo === null ? null : fenOf(b.upTo), pct: percentOf(b.ratio) }));
}

/** `fen × percent / 100` that must come out whole (a deductible derived from the income): refused otherwise. */
function share(fen: number, pct: number): number {
  if ((fen * pct) % 100 !== 0) throw new Error('起付线不是整分，底线算法不适用');
  return (fen * pct) / 100;
}

function rulesAt(date: string): Rules {
  const table = (t: typeof residentInpatient) => {
    const v = valueAt(t, date).value;
    const out: Rules['cells']['resident'] = {};
    for (const [place, row] of Object.entries(v)) {
      out[place] = {};
      for (const [level, cell] of Object.entries(row)) out[place][level] = { deductible: fenOf(cell.deductible), pct: percentOf(cell.ratio) };
    }
    return out;
  };
  const caps = valueAt(employeeFundCaps, date).value;
  const le = valueAt(largeExpense, date).value;
  const income = fenOf(valueAt(priorYearDisposableIncome, date).value);
  const deductible = share(income, percentOf(valueAt(seriousIllnessDeductibleShare, date).value));
  const pref = valueAt(seriousIllnessPreference, date).value;
  const routine: Rules['routine'] = {};
  for (const [category, rule] of Object.entries(valueAt(routineAssistance, date).value)) {
    routine[category] = {
      deductible: 'fixed' in rule.deductible ? fenOf(rule.deductible.fixed) : share(income, percentOf(rule.deductible.incomeShare)),
      pct: percentOf(rule.ratio),
      limit: fenOf(rule.annualLimit),
    };
  }
  const tilted = valueAt(tiltedAssistance, date).value;
  return {
    cells: { resident: table(residentInpatient), employee: table(employeeInpatient) },
    residentCap: fenOf(valueAt(residentFundCap, date).value),
    employeeCaps: { basic: fenOf(caps.basic), civilServant: fenOf(caps.civilServant), largeExpense: fenOf(caps.largeExpense) },
    civilServantPct: percentOf(valueAt(civilServantInpatient, date).value.ratio),
    largeExpense: {
      ordinary: { deductible: fenOf(le.ordinary.deductible), bands: bandsOf(le.ordinary.bands) },
      exempt: { deductible: fenOf(le.exempt.deductible), bands: bandsOf(le.exempt.bands) },
      aged80: { deductible: fenOf(le.aged80.deductible), bands: bandsOf(le.aged80.bands) },
    },
    serious: {
      deductible,
      preferredDeductible: share(deductible, percentOf(pref.deductibleShare)),
      bonus: percentOf(pref.ratioBonus),
      bands: bandsOf(valueAt(seriousIllnessBands, date).value),
      cap: fenOf(valueAt(seriousIllnessCap, date).value),
      noCap: pref.noCap,
    },
    routine,
    tilted: {
      threshold: fenOf(tilted.threshold),
      pct: Object.fromEntries(Object.entries(tilted.ratios).map(([k, r]) => [k, percentOf(r)])),
      limit: fenOf(tilted.annualLimit),
    },
  };
}

const byDate = new Map<string, Rules>();

/** One case's fund total and personal pay in fen. */
export interface FloorResult {
  fundTotal: number;
  personalPay: number;
}

/** The 巴中 inpatient chain in integer fen for one case of `mixedInpatientCases` (read as given: no validation). */
export function floorEstimate(c: Record<string, unknown>): FloorResult {
  const date = c.date as string;
  let rules = byDate.get(date);
  if (rules === undefined) {
    rules = rulesAt(date);
    byDate.set(date, rules);
  }
  const person = c.person as { categories: string[]; retired: boolean; age: number; civilServant: boolean };
  const visit = c.visit as { facilityLevel: string; place: string; totalCost: string; inScopeCost: string; referral: boolean; inProvince: boolean };
  const ytd = c.yearToDate as Record<string, string | undefined>;
  const ytdOf = (k: string) => (ytd[k] === undefined ? 0 : fenOf(ytd[k] as string));
  const resident = c.scheme === 'resident';
  const inScope = fenOf(visit.inScopeCost);
  let left = inScope;
  let fund = 0;

  // 基本医保: above the deductible at the cell's ratio, within what is left of the annual fund cap.
  const cell = rules.cells[resident ? 'resident' : 'employee'][visit.place][visit.facilityLevel];
  const capLeft = Math.max(0, (resident ? rules.residentCap : rules.employeeCaps.basic) - ytdOf('basicPaid'));
  const basic = round(Math.min(Math.max(0, left - cell.deductible) * cell.pct, capLeft * 100));
  left -= basic;
  fund += basic;

  if (resident) {
    const s = rules.serious;
    const preferred = person.categories.some((k) => PREFERRED.has(k));
    const deductible = preferred ? s.preferredDeductible : s.deductible;
    const bonus = preferred ? s.bonus : 0;
    const before = ytdOf('seriousIllnessSelfPay');
    let due = Math.max(0, banded(Math.max(0, before + left - deductible), s.bands, bonus) - banded(Math.max(0, before - deductible), s.bands, bonus));
    if (!(preferred && s.noCap)) due = Math.min(due, Math.max(0, s.cap - ytdOf('seriousIllnessPaid')) * 100);
    const paid = round(due);
    left -= paid;
    fund += paid;
  } else {
    if (person.civilServant) {
      const csLeft = Math.max(0, rules.employeeCaps.civilServant - ytdOf('civilServantPaid'));
      const paid = round(Math.min(left * rules.civilServantPct, csLeft * 100));
      left -= paid;
      fund += paid;
    }
    const rule = person.age >= 80 ? rules.largeExpense.aged80 : person.retired ? rules.largeExpense.exempt : rules.largeExpense.ordinary;
    const before = ytdOf('largeExpenseSelfPay');
    const due = Math.max(0, banded(Math.max(0, before + left - rule.deductible), rule.bands, 0) - banded(Math.max(0, before - rule.deductible), rule.bands, 0));
    const paid = round(Math.min(due, Math.max(0, rules.employeeCaps.largeExpense - ytdOf('largeExpensePaid')) * 100));
    left -= paid;
    fund += paid;
  }

  if (person.categories.length > 0) {
    // 常规救助 (none for 非急诊且未转诊的异地住院): the best of the person's identities.
    if (visit.place !== 'unfiled') {
      const before = ytdOf('assistanceSelfPay');
      let best = -1;
      for (const k of person.categories) {
        const r = rules.routine[k];
        const inc = Math.max(0, Math.max(0, before + left - r.deductible) * r.pct - Math.max(0, before - r.deductible) * r.pct);
        const amount = Math.min(inc, Math.max(0, r.limit - ytdOf('assistancePaid')) * 100);
        if (amount > best) best = amount;
      }
      const paid = round(best);
      left -= paid;
      fund += paid;
    }
    // 倾斜救助: only 市内, or 规范转诊 within the province.
    const eligible = visit.place === 'local' || (visit.place === 'temporary-filed' && visit.referral === true && visit.inProvince === true);
    if (eligible) {
      const t = rules.tilted;
      const before = ytdOf('tiltedSelfPay');
      const limitLeft = Math.max(0, t.limit - ytdOf('tiltedAssistancePaid')) * 100;
      let best = -1;
      for (const k of person.categories) {
        const pct = t.pct[k];
        const inc = Math.max(0, Math.max(0, before + left - t.threshold) * pct - Math.max(0, before - t.threshold) * pct);
        const amount = Math.min(inc, limitLeft);
        if (amount > best) best = amount;
      }
      const paid = round(best);
      left -= paid;
      fund += paid;
    }
  }
  return { fundTotal: fund, personalPay: fenOf(visit.totalCost) - fund };
}
