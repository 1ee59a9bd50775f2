/**
 * Issue 17: the estimate engine computes in integers (shared/amount.ts) and validates the common request by hand
 * (shared/schemas/estimate-fast.ts). The oracle is the engine as it was — every amount in decimal.js, every text by
 * money.ts's decimal formatters, validation by zod alone — reached with `withDecimalOracle`. Over random cases of
 * every region and visit type (both schemes, identities, year-to-date figures, amounts up to 10 亿元, insured
 * history, malformed ones too) the two must answer byte for byte the same JSON, or refuse with the same error.
 *
 * YIBAO_PROPERTY_RUNS sets the number of cases (default 10,000; the near-valid requests run as many, at most 20,000); the million:
 *   YIBAO_PROPERTY_RUNS=1000000 npx jest test/estimate/integer-path.test.ts
 */
import fc from 'fast-check';
import type Decimal from 'decimal.js';
import { estimate } from '../../shared/estimate';
import { Amount, amountOf, fen, percent, withDecimalOracle, yuan } from '../../shared/amount';
import { Money } from '../../shared/money';
import { RuleError } from '../../shared/errors';
import { regionsWith } from '../../shared/regions';
import { catalogue } from '../../shared/catalogue';
import { estimateCaseSchema, FACILITY_LEVELS, LARGE_EXPENSE_CONDITIONS, PLACES, SPECIAL_TREATMENTS, YEAR_TO_DATE_KEYS } from '../../shared/schemas/estimate';
import { fastEstimateCase } from '../../shared/schemas/estimate-fast';

const RUNS = Number(process.env.YIBAO_PROPERTY_RUNS ?? 10_000);
const TIMEOUT = Math.max(120_000, RUNS * 5);

const REGIONS = regionsWith('estimate');
const CHRONIC = catalogue('chronic').flatMap((d) => [d.code, ...(d.subtypes ?? []).map((s) => s.code)]);
const SPECIAL = catalogue('special').flatMap((d) => [d.code, ...(d.subtypes ?? []).map((s) => s.code)]);

/** A fen count written as the schema takes amounts: "1234.50", "1234.5" or, when whole, "1234". */
const amountText = (max: number) =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 2 })).map(([q, style]) => {
    const y = Math.floor(q / 100);
    const c = q % 100;
    if (style === 2 && c === 0) return String(y);
    if (style === 1 && c % 10 === 0) return `${y}.${c / 10}`;
    return `${y}.${String(c).padStart(2, '0')}`;
  });

/** Mostly bills of a few hundred to a few hundred thousand yuan; some tiny, some up to the schema's 10 亿. */
const fenAmount = fc.oneof(
  { weight: 6, arbitrary: amountText(50_000_000) },
  { weight: 2, arbitrary: amountText(100_000) },
  { weight: 1, arbitrary: amountText(99_999_999_999) },
);

/** Present with probability p, otherwise absent. */
const maybe = <T>(a: fc.Arbitrary<T>, p = 0.3): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: Math.round(p * 20), arbitrary: a }, { weight: 20 - Math.round(p * 20), arbitrary: fc.constant(undefined) });

function strip<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

const codeArb = fc.oneof(fc.constantFrom(...CHRONIC, ...SPECIAL), fc.integer({ min: 0, max: 99_999 }).map((n) => `M${String(n).padStart(5, '0')}`));

function visitArb(type: string): fc.Arbitrary<Record<string, unknown>> {
  const level = fc.constantFrom(...FACILITY_LEVELS);
  const place = fc.constantFrom(...PLACES);
  const bool = maybe(fc.boolean(), 0.5);
  switch (type) {
    case 'inpatient':
      return fc.record({ facilityLevel: level, place, referral: bool, inProvince: bool, classBShare: maybe(fc.integer({ min: 0, max: 110 })), transferredFrom: maybe(level, 0.15), dayCase: maybe(fc.boolean(), 0.1) });
    case 'outpatient':
      return fc.record({ facilityLevel: fc.constantFrom(...FACILITY_LEVELS, 'pharmacy'), villageClinic: maybe(fc.boolean()), pregnancyCare: maybe(fc.boolean(), 0.2) });
    case 'chronic':
      return fc.record({ diseaseCode: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CHRONIC) }, { weight: 1, arbitrary: codeArb }), otherDiseaseCodes: maybe(fc.array(fc.constantFrom(...CHRONIC), { maxLength: 3 })) });
    case 'special':
      return fc.record({ diseaseCode: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SPECIAL) }, { weight: 1, arbitrary: codeArb }), treatment: maybe(fc.constantFrom(...SPECIAL_TREATMENTS)) });
    case 'two-diseases':
      return fc.record({ diseases: fc.constantFrom(['hypertension'], ['diabetes'], ['hypertension', 'diabetes'], ['diabetes', 'hypertension']) });
    case 'high-value-drug':
      return fc.record({ facilityLevel: level, place });
    case 'maternity':
      return fc.record({
        event: fc.constantFrom('delivery', 'termination'),
        difficult: bool,
        babies: maybe(fc.integer({ min: 1, max: 4 })),
        gestationWeeks: maybe(fc.integer({ min: 0, max: 45 }), 0.8),
        caesarean: bool,
        liveBirth: maybe(fc.boolean(), 0.2),
        spouseOfEmployee: bool,
      });
    default:
      return fc.constant({});
  }
}

/** A case of one region and visit type; `odd` sometimes breaks a rule the schema checks. */
const caseArb = fc.constantFrom(...REGIONS.flatMap((r) => r.visitTypes.map((type) => ({ region: r, type })))).chain(({ region, type }) => {
  const firstYear = Number(region.firstDate.slice(0, 4));
  return fc
    .record({
      scheme: fc.constantFrom(...region.schemes),
      year: fc.integer({ min: firstYear, max: firstYear + 2 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      categories: fc.subarray(region.categories.map((c) => c.id), { maxLength: 2 }),
      retired: maybe(fc.boolean(), 0.5),
      age: maybe(fc.integer({ min: 0, max: 100 }), 0.8),
      civilServant: maybe(fc.boolean(), 0.5),
      conditions: maybe(fc.subarray([...LARGE_EXPENSE_CONDITIONS], { maxLength: 2 }), 0.15),
      history: maybe(fc.record({ back: fc.integer({ min: 1, max: 8 }), gaps: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 2 }), zero: maybe(fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 2 }), 0.5) }), 0.1),
      inScope: fenAmount,
      extra: amountText(500_000),
      visit: visitArb(type),
      ytd: fc.dictionary(fc.constantFrom(...YEAR_TO_DATE_KEYS), fenAmount, { maxKeys: 5 }),
      odd: fc.integer({ min: 0, max: 99 }),
    })
    .map((g) => {
      const date = `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
      const inScopeFen = Math.round(Number(g.inScope) * 100);
      const totalFen = Math.min(inScopeFen + Math.round(Number(g.extra) * 100), 99_999_999_999);
      const total = (totalFen / 100).toFixed(2);
      const { classBShare, ...visit } = g.visit as { classBShare?: number };
      const v: Record<string, unknown> = strip({ type, ...visit, totalCost: total, inScopeCost: g.inScope });
      if (classBShare !== undefined) v.classBCost = (Math.floor((inScopeFen * classBShare) / 100) / 100).toFixed(2);
      const person: Record<string, unknown> = strip({
        categories: g.categories,
        retired: g.retired,
        age: g.age,
        civilServant: g.civilServant,
        conditions: g.conditions,
      });
      if (g.history) {
        const years = Array.from({ length: g.history.back }, (_, i) => g.year - 1 - i).filter((y) => !g.history?.gaps.includes(g.year - y));
        person.insuredYears = years;
        if (g.history.zero) person.zeroClaimYears = [...new Set(g.history.zero.map((b) => g.year - b))].filter((y) => years.includes(y));
      }
      const c: Record<string, unknown> = { region: region.id, date, scheme: g.scheme, person, visit: v, yearToDate: g.ytd };
      // A few malformed ones: both paths must refuse them with the same words.
      if (g.odd === 0) v.inScopeCost = (Number(total) + 1).toFixed(2);
      if (g.odd === 1) c.date = `${g.year}-02-30`;
      if (g.odd === 2) (c.person as Record<string, unknown>).categories = ['nobody'];
      if (g.odd === 3) v.totalCost = '1.234';
      if (g.odd === 4) delete c.person;
      if (g.odd === 5) delete c.yearToDate;
      return c;
    });
});

function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (e) {
    if (e instanceof RuleError) return `${e.code} ${e.field ?? ''} ${e.message}`;
    throw e;
  }
}

const copy = (c: unknown) => JSON.parse(JSON.stringify(c)) as unknown;

describe('the integer path equals the decimal.js oracle', () => {
  test(
    `${RUNS.toLocaleString('en-US')} random cases of every region and visit type: the same JSON byte for byte, or the same refusal`,
    () => {
      const seen = new Set<string>();
      let answered = 0;
      fc.assert(
        fc.property(caseArb, (c) => {
          const fast = outcome(() => estimate(copy(c)));
          const oracle = outcome(() => withDecimalOracle(() => estimate(copy(c))));
          if (fast !== oracle) throw new Error(`differs:\n${fast}\n${oracle}`);
          if (fast.startsWith('{')) {
            answered++;
            seen.add(`${c.region}/${(c.visit as { type: string }).type}`);
          }
        }),
        { numRuns: RUNS },
      );
      // Every region and visit type was answered, and most cases were (not refused).
      expect(seen.size).toBe(REGIONS.reduce((n, r) => n + r.visitTypes.length, 0));
      expect(answered).toBeGreaterThan(RUNS / 2);
    },
    TIMEOUT,
  );

  test('the largest bill the schema takes, with every running figure at its largest, still agrees', () => {
    for (const [scheme, categories, ytd] of [
      ['employee', ['dibao'], { largeExpenseSelfPay: '999999999.99', assistanceSelfPay: '999999999.99' }],
      ['resident', ['dibao'], { seriousIllnessSelfPay: '999999999.99', tiltedSelfPay: '999999999.99' }],
    ] as const) {
      const c = {
        region: 'bazhong',
        date: '2025-07-01',
        scheme,
        person: { categories, age: 85, ...(scheme === 'employee' ? { civilServant: true } : {}) },
        visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '999999999.99', inScopeCost: '999999999.99' },
        yearToDate: ytd,
      };
      const fast = outcome(() => estimate(copy(c)));
      expect(fast.startsWith('{')).toBe(true);
      expect(fast).toBe(outcome(() => withDecimalOracle(() => estimate(copy(c)))));
    }
  });
});

/** Amounts and ratios of every size, including products no integer holds exactly (those go to decimal.js). */
const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9 }), fc.boolean())
  .map(([hi, lo, s, negative]) => {
    // Up to 15 digits (hi × 10^7 + lo stays an exact integer), with 0–9 decimals.
    const n = hi === 0 ? lo : hi * 10_000_000 + lo;
    const digits = String(n).padStart(s + 1, '0');
    const text = s === 0 ? digits : `${digits.slice(0, digits.length - s)}.${digits.slice(digits.length - s)}`;
    return negative && n !== 0 ? `-${text}` : text;
  });

describe('Amount equals decimal.js operation by operation', () => {
  test(`${Math.min(RUNS, 20_000).toLocaleString('en-US')} pairs: plus, minus, times, comparisons, rounding and every text`, () => {
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        const texts = (a: Amount | Decimal) => {
          const t = (v: Amount | Decimal) => [v.toString(), v.toFixed(2), v.isZero(), v.isNegative(), v.toDecimalPlaces(2).toString(), v.toDecimalPlaces(4).toString()].join('|');
          return t(a);
        };
        const run = (a: Amount | Decimal, b: Amount | Decimal) =>
          [a.plus(b as never), a.minus(b as never), a.times(b as never)].map(texts).join(' ') +
          ` ${a.greaterThan(b as never)} ${a.lessThan(b as never)} ${a.lessThanOrEqualTo(b as never)} ${fen(a)} ${yuan(a)} ${percent(a)}`;
        const fast = run(amountOf(x), amountOf(y));
        const oracle = withDecimalOracle(() => run(amountOf(x), amountOf(y)));
        const plain = run(new Money(x), new Money(y)).replace(/ \S+$/, '');
        expect(fast).toBe(oracle);
        expect(fast.replace(/ \S+$/, '')).toBe(plain);
      }),
      { numRuns: Math.min(RUNS, 20_000) },
    );
  });
});

/** Near-valid requests: a field dropped, retyped or set to a value of another field. */
const mutated = caseArb.chain((c) =>
  fc
    .record({
      where: fc.constantFrom('top', 'person', 'visit', 'yearToDate'),
      key: fc.constantFrom('region', 'date', 'scheme', 'person', 'visit', 'yearToDate', 'type', 'categories', 'retired', 'age', 'civilServant', 'conditions', 'totalCost', 'inScopeCost', 'facilityLevel', 'place', 'babies', 'diseases', 'diseaseCode', 'basicPaid', 'extra', '__proto__'),
      value: fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.boolean(),
        fc.integer({ min: -5, max: 200 }),
        fc.double(),
        fc.constantFrom('', '0', '1.5', '01.50', '1e3', ' 12', '1234567890', '2025-07-01', 'level2', 'local', 'inpatient', 'resident', 'dibao', 'M04600'),
        fc.constant([]),
        fc.constant(['dibao', 'dibao']),
        fc.constant({}),
      ),
      drop: fc.boolean(),
    })
    .map(({ where, key, value, drop }) => {
      const out = copy(c) as Record<string, Record<string, unknown>>;
      const target = where === 'top' ? out : out[where];
      if (target && typeof target === 'object') {
        if (drop) delete target[key];
        else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return out as unknown;
    }),
);

describe('the fast validation path accepts only what zod accepts, and builds what zod builds', () => {
  test(`${Math.min(RUNS, 20_000).toLocaleString('en-US')} near-valid requests`, () => {
    let fastTaken = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const fast = fastEstimateCase(input);
        if (fast === undefined) return;
        fastTaken++;
        const zod = estimateCaseSchema.safeParse(input);
        expect(zod.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        expect(fast).toStrictEqual(zod.data);
      }),
      { numRuns: Math.min(RUNS, 20_000) },
    );
    expect(fastTaken).toBeGreaterThan(0);
  });

  test('what it does not take goes to zod, which words the error in Chinese', () => {
    const c = { region: 'bazhong', date: '2025-07-01', scheme: 'resident', visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '100.00', inScopeCost: '200.00' } };
    expect(fastEstimateCase(c)).toBeUndefined();
    expect(() => estimate(c)).toThrow('政策范围内费用不能大于医疗总费用');
    const typo = { ...c, visit: { ...c.visit, inScopeCost: '50.00', totlCost: '1' } };
    expect(fastEstimateCase(typo)).toBeUndefined();
    expect(() => estimate(typo)).toThrow(RuleError);
  });
});
