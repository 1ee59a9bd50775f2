/**
 * The ledger reads a person's year from the region's program (`year`) instead of pricing a made-up 县外 住院: both
 * must agree on every figure the ledger shows, for every kind of person and around the dates the rules change.
 */
import { RuleError } from '../../shared/errors';
import { citationText } from '../../shared/source';
import { subsidy, yearFigures } from '../../shared/veteran';

const PEOPLE = [
  { category: 'demobilized-rural' },
  { category: 'martyr-family' },
  { category: 'war-participant' },
  { category: 'disabled', disabilityGrade: 1 },
  { category: 'disabled', disabilityGrade: 4, cause: 'war' },
  { category: 'disabled', disabilityGrade: 5, cause: 'illness' },
  { category: 'disabled', disabilityGrade: 6 },
  { category: 'disabled', disabilityGrade: 7, cause: 'war' },
  { category: 'disabled', disabilityGrade: 9, cause: 'duty' },
  { category: 'disabled', disabilityGrade: 10, cause: 'illness' },
];
const DATES = ['2023-12-28', '2024-06-01', '2026-03-31', '2026-06-30', '2026-07-01', '2026-07-15', '2026-12-31', '2027-03-31', '2027-08-01'];
const PAID = ['0', '12000', '29999.99', '30000', '45000'];

function madeUpStay(region: string, date: string, veteran: object, paid: string) {
  try {
    const r = subsidy({ region, date, veteran, hospital: { inCounty: false }, settlement: { inScopeSelfPay: '0' }, yearToDate: { subsidyPaid: paid } });
    return {
      eligible: r.eligible,
      ratio: r.ratio,
      annualCap: r.annualCap,
      remainingCap: r.remainingCap,
      outpatientAllowance: r.outpatientAllowance,
      nextApplicationMonth: r.nextApplicationMonth,
      source: citationText(r.steps[0].source),
      ruleset: r.ruleset,
    };
  } catch (e) {
    if (e instanceof RuleError) return { refused: e.message, code: e.code };
    throw e;
  }
}

function year(region: string, date: string, veteran: object, paid: string) {
  try {
    const y = yearFigures({ region, date, veteran }, paid);
    const { region: _r, date: _d, source, ...rest } = y;
    return { ...rest, source: citationText(source) };
  } catch (e) {
    if (e instanceof RuleError) return { refused: e.message, code: e.code };
    throw e;
  }
}

const cases = ['yangcheng', 'guangxi'].flatMap((region) =>
  PEOPLE.flatMap((veteran) => DATES.flatMap((date) => PAID.map((paid) => [region, date, JSON.stringify(veteran), paid] as const))),
);

test.each(cases)('%s %s %s, paid %s: the year agrees with a claim of nothing', (region, date, veteran, paid) => {
  const v = JSON.parse(veteran);
  expect(year(region, date, v, paid)).toEqual(madeUpStay(region, date, v, paid));
});

test('a 七至十级 person without a cause is refused, as a claim is', () => {
  expect(() => yearFigures({ region: 'yangcheng', date: '2026-08-01', veteran: { category: 'disabled', disabilityGrade: 8 } }, '0')).toThrow('致残原因');
});

test('the notes about the year are listed by kind, so a claim card can leave them out without reading their words', () => {
  const r = subsidy({
    region: 'yangcheng',
    date: '2027-08-01',
    veteran: { category: 'demobilized-rural' },
    hospital: { inCounty: false },
    settlement: { inScopeSelfPay: '1000', outOfScope: '50' },
  });
  expect(r.yearNotes.map((n) => n.kind)).toEqual(['eligibility', 'allowance', 'enrolment', 'window']);
  for (const n of r.yearNotes) expect(r.notes).toContain(n.text);
  const claimOnly = r.notes.filter((n) => !r.yearNotes.some((y) => y.text === n));
  expect(claimOnly.some((n) => n.includes('目录外费用'))).toBe(true);
  const gx = subsidy({ region: 'guangxi', date: '2026-08-01', veteran: { category: 'disabled', disabilityGrade: 5 }, hospital: { inCounty: true }, settlement: { inScopeSelfPay: '1000' } });
  expect(gx.yearNotes.map((n) => n.kind)).toEqual(['allowance']);
});
