/**
 * Valid requests for the rules functions, as fast-check arbitraries: every registered region, every visit type it
 * covers, both schemes, categories and year-to-date history. Bad-input tests mutate these; the rules properties
 * run them as they are.
 */
import fc from 'fast-check';
import { REGIONS, regionsWith } from '../../shared/regions';
import { allCategoryIds } from '../../shared/regions/vocabulary';
import {
  FACILITY_LEVELS,
  LARGE_EXPENSE_CONDITIONS,
  PLACES,
  YEAR_TO_DATE_KEYS,
  type VisitType,
} from '../../shared/schemas/estimate';
import { catalogue, chronicLimit } from '../../shared/catalogue';
import { EMPLOYEE_KINDS, SPECIAL_GROUPS } from '../../shared/schemas/waiting';

/** An amount of `fen` as the wire writes it: "1234.56", sometimes without decimals ("1234"). */
export function yuanOf(fen: number, plain = false): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return plain && cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}

/** Bills as they come: mostly ordinary, some very large (up to 2 million yuan), some zero or a few fen. */
export const billFen = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 99, 100) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 500_000 }) },
  { weight: 6, arbitrary: fc.integer({ min: 500_000, max: 10_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 10_000_000, max: 200_000_000 }) },
);

/** A (total, in-scope) pair with in-scope ≤ total. */
export const billPair = fc.tuple(billFen, fc.integer({ min: 0, max: 1_000_000 }), fc.boolean()).map(([inScope, extra, plain]) => ({
  totalCost: yuanOf(inScope + extra, plain),
  inScopeCost: yuanOf(inScope, plain),
}));

const chronicCodes = catalogue('chronic').flatMap((d) => [d.code, ...(d.subtypes ?? []).map((s) => s.code)]);
const specialCodes = catalogue('special').flatMap((d) => [d.code, ...(d.subtypes ?? []).map((s) => s.code)]);
/** Chronic codes with a limit for the scheme (the others are "暂未收录", tested elsewhere). */
const payableChronic = (scheme: 'resident' | 'employee') => chronicCodes.filter((c) => chronicLimit(c, scheme, '2025-01-01') !== null);

function visitFor(type: VisitType, scheme: 'resident' | 'employee'): fc.Arbitrary<Record<string, unknown>> {
  const money = billPair;
  switch (type) {
    case 'inpatient':
      return fc
        .record({
          facilityLevel: fc.constantFrom(...FACILITY_LEVELS),
          place: fc.constantFrom(...PLACES),
          referral: fc.option(fc.boolean(), { nil: undefined }),
          inProvince: fc.option(fc.boolean(), { nil: undefined }),
          money,
        })
        .map(({ money: m, ...v }) => ({ type, ...v, ...m }));
    case 'outpatient':
      return fc.record({ facilityLevel: fc.constantFrom(...FACILITY_LEVELS, 'pharmacy' as const), money }).map(({ money: m, ...v }) => ({ type, ...v, ...m }));
    case 'chronic':
      return fc
        .record({
          diseaseCode: fc.constantFrom(...payableChronic(scheme)),
          otherDiseaseCodes: fc.array(fc.constantFrom(...payableChronic(scheme)), { maxLength: 3 }),
          money,
        })
        .map(({ money: m, ...v }) => ({ type, ...v, ...m }));
    case 'special':
      return fc.record({ diseaseCode: fc.constantFrom(...specialCodes), money }).map(({ money: m, ...v }) => ({ type, ...v, ...m }));
    case 'two-diseases':
      return fc
        .record({ diseases: fc.constantFrom(['hypertension'], ['diabetes'], ['hypertension', 'diabetes']), money })
        .map(({ money: m, ...v }) => ({ type, ...v, ...m }));
    case 'single-pay-drug':
      return money.map((m) => ({ type, ...m }));
    case 'high-value-drug':
      return fc
        .record({ facilityLevel: fc.constantFrom(...FACILITY_LEVELS), place: fc.constantFrom(...PLACES), money })
        .map(({ money: m, ...v }) => ({ type, ...v, ...m }));
    case 'maternity':
      return fc
        .record({
          event: fc.constantFrom('delivery' as const, 'termination' as const),
          difficult: fc.boolean(),
          babies: fc.integer({ min: 1, max: 4 }),
          gestationWeeks: fc.integer({ min: 0, max: 45 }),
          caesarean: fc.boolean(),
          liveBirth: fc.boolean(),
          money,
        })
        .map(({ money: m, ...v }) => ({ type, ...v, ...m }));
  }
}

/** Year-to-date figures already reached this year (in fen ranges that reach and pass every cap). */
export const yearToDate = fc
  .subarray([...YEAR_TO_DATE_KEYS], { maxLength: 6 })
  .chain((keys) => fc.tuple(...keys.map(() => fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 80_000_000 })))).map((v) => Object.fromEntries(keys.map((k, i) => [k, yuanOf(v[i])]))));

export interface CaseOptions {
  regions?: string[];
  visitTypes?: VisitType[];
  withHistory?: boolean;
}

/** One valid estimate request: region, date within its figures, scheme, person, visit, history. */
export function estimateCase(options: CaseOptions = {}): fc.Arbitrary<Record<string, any>> {
  const regions = (options.regions ?? regionsWith('estimate').map((r) => r.id)).map((id) => REGIONS[id]);
  return fc
    .constantFrom(...regions)
    .chain((region) =>
      fc
        .record({
          scheme: fc.constantFrom(...region.schemes),
          type: fc.constantFrom(...region.visitTypes.filter((t) => !options.visitTypes || options.visitTypes.includes(t))),
          year: fc.integer({ min: Number(region.firstDate.slice(0, 4)), max: Number(region.firstDate.slice(0, 4)) + 2 }),
          dayOfYear: fc.integer({ min: 0, max: 364 }),
        })
        .chain(({ scheme, type, year, dayOfYear }) =>
          fc.record({
            region: fc.constant(region.id),
            date: fc.constant(dateOf(year, dayOfYear, region.firstDate)),
            scheme: fc.constant(scheme),
            person: fc.record(
              {
                categories: fc.subarray(region.categories.length ? region.categories.map((c) => c.id) : [...allCategoryIds()], { maxLength: 2 }),
                retired: fc.boolean(),
                age: fc.integer({ min: 0, max: 110 }),
                civilServant: fc.constant(false).chain(() => (scheme === 'employee' ? fc.boolean() : fc.constant(false))),
                conditions: scheme === 'employee' ? fc.subarray([...LARGE_EXPENSE_CONDITIONS], { maxLength: 2 }) : fc.constant([]),
              },
              { requiredKeys: ['categories'] },
            ),
            visit: visitFor(type, scheme),
            ...(options.withHistory === false ? {} : { yearToDate }),
          }),
        ),
    );
}

function dateOf(year: number, dayOfYear: number, firstDate: string): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  const iso = d.toISOString().slice(0, 10);
  return iso < firstDate ? firstDate : iso;
}

const pastDate = (fromYear: number, toYear: number) =>
  fc.tuple(fc.integer({ min: fromYear, max: toYear }), fc.integer({ min: 0, max: 364 })).map(([y, d]) => new Date(Date.UTC(y, 0, 1 + d)).toISOString().slice(0, 10));

/** One valid waiting-period request (resident or employee). */
export const waitingCase: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.integer({ min: 2025, max: 2027 }).chain((coverageYear) =>
    fc.record(
      {
        region: fc.constant('bazhong'),
        scheme: fc.constant('resident'),
        paymentDate: pastDate(coverageYear - 1, coverageYear).map((d) => (d > `${coverageYear}-12-31` ? `${coverageYear}-12-31` : d)),
        coverageYear: fc.constant(coverageYear),
        insuredYears: fc.uniqueArray(fc.integer({ min: 2010, max: coverageYear - 1 }), { maxLength: 8 }),
        repairYears: fc.integer({ min: 0, max: 5 }),
        specialGroup: fc.constantFrom(...SPECIAL_GROUPS),
      },
      { requiredKeys: ['region', 'scheme', 'paymentDate', 'coverageYear', 'insuredYears'] },
    ),
  ),
  fc.record({
    region: fc.constant('bazhong'),
    scheme: fc.constant('employee'),
    paymentDate: pastDate(2025, 2027),
    employee: fc.record({
      kind: fc.constantFrom(...EMPLOYEE_KINDS),
      continuousYears: fc.integer({ min: 0, max: 40 }),
      gapMonths: fc.integer({ min: 0, max: 60 }),
      arrearsMonths: fc.integer({ min: 0, max: 60 }),
    }),
  }),
);

/** Veterans' subsidy claims (for a `subsidy` function, whatever its envelope: found by trying, see bad-input). */
export const subsidyCase: fc.Arbitrary<Record<string, unknown>> = fc.record({
  region: fc.constantFrom('yangcheng', 'guangxi'),
  date: fc.constantFrom('2024-08-15', '2025-06-01', '2027-08-15'),
  veteran: fc.oneof(
    fc.record({ category: fc.constant('disabled'), disabilityGrade: fc.integer({ min: 1, max: 10 }), cause: fc.constantFrom('war', 'duty', 'illness') }),
    fc.record({ category: fc.constantFrom('martyr-family', 'demobilized-rural', 'ill-returned', 'war-participant') }),
  ),
  hospital: fc.record({ inCounty: fc.boolean() }),
  settlement: billFen.map((f) => ({ inScopeSelfPay: yuanOf(f) })),
});

/** The 001 fee discounts a hospital grants a veteran, for the list prices of a bill. */
export const feeDiscountCase: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    region: fc.constantFrom('yangcheng', 'guangxi'),
    date: fc.constantFrom('2024-08-15', '2025-06-01'),
    hospital: fc.record({ kind: fc.constantFrom('public', 'military', 'specialCare', 'private') }),
    visit: fc.constantFrom('outpatient', 'emergency', 'inpatient'),
    bill: fc.record({ surgery: billFen.map((f) => yuanOf(f)), consultation: billFen.map((f) => yuanOf(f)), bed: billFen.map((f) => yuanOf(f)) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['region', 'date', 'hospital', 'bill'] },
);
