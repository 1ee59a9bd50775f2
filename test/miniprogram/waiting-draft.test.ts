import {
  applyChange,
  countedYears,
  coverageYearRange,
  defaultCoverageYear,
  draftToCapCase,
  draftToCase,
  emptyDraft,
  joinDate,
  parseDraft,
  serializeDraft,
  splitDate,
} from '../../miniprogram/packages/waiting/model/draft';
import { waiting } from '../../shared/waiting';
import { employeeDraft, residentDraft, WAITING_TODAY } from './waiting-helpers';

describe('waiting draft: what the page asks, kept as typed', () => {
  test('the default coverage year follows the collection period: from 10月20日 the premium is next year\'s (三问)', () => {
    expect(defaultCoverageYear('2026-10-19')).toBe(2026);
    expect(defaultCoverageYear('2026-10-20')).toBe(2027);
    expect(defaultCoverageYear('2027-02-10')).toBe(2027);
    expect(emptyDraft(WAITING_TODAY).coverageYear).toBe(2027);
  });

  test('the years to tick run from 2025 to the year before the coverage year', () => {
    expect(countedYears(2025)).toEqual([]);
    expect(countedYears(2027)).toEqual([2025, 2026]);
    expect(countedYears(2030)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(coverageYearRange(WAITING_TODAY)).toEqual({ min: 2025, max: 2031 });
  });

  test('the scheme starts from the profile', () => {
    expect(emptyDraft(WAITING_TODAY, { region: 'bazhong', scheme: 'employee', categories: [] }).scheme).toBe('employee');
    expect(emptyDraft(WAITING_TODAY).scheme).toBe('');
  });

  test('three date boxes become one date; all empty is empty; anything else is passed on for the schema to refuse', () => {
    expect(joinDate({ y: '2026', m: '1', d: '2' })).toBe('2026-01-02');
    expect(joinDate({ y: ' 2026', m: '11 ', d: '15' })).toBe('2026-11-15');
    expect(joinDate({ y: '', m: '', d: '' })).toBe('');
    expect(joinDate({ y: '26', m: '1', d: '2' })).toBe('26-1-2');
    expect(splitDate('2026-01-02')).toEqual({ y: '2026', m: '1', d: '2' });
  });

  test('a saved draft reads back; damaged parts fall back one by one', () => {
    const draft = residentDraft({ insuredYears: [2025], newborn: true, birth: { y: '2025', m: '3', d: '10' }, repairYears: 1, answered: true });
    expect(parseDraft(serializeDraft(draft), WAITING_TODAY)).toEqual(draft);
    expect(parseDraft('{nope', WAITING_TODAY)).toEqual(emptyDraft(WAITING_TODAY));
    expect(parseDraft({ v: 2, scheme: 'employee' }, WAITING_TODAY)).toEqual(emptyDraft(WAITING_TODAY));
    const odd = parseDraft(
      { v: 1, scheme: 'x', coverageYear: 1999, insuredYears: [2025, 2025, 'a', 2040], specialGroup: 'vip', repairYears: -3, employeeKind: 'retire', paid: 'x' },
      WAITING_TODAY,
    );
    expect(odd).toMatchObject({ scheme: '', coverageYear: 2027, insuredYears: [2025], specialGroup: '', repairYears: 0, employeeKind: '', paid: { y: '', m: '', d: '' } });
  });

  test('changing an answer clears the chosen repair and the old answer; a new year drops years no longer before it', () => {
    const draft = residentDraft({ coverageYear: 2030, insuredYears: [2025, 2028, 2029], repairYears: 1, answered: true });
    const next = applyChange(draft, { coverageYear: 2028 });
    expect(next).toMatchObject({ coverageYear: 2028, insuredYears: [2025], repairYears: 0, answered: false });
    expect(applyChange(draft, { newborn: true })).toMatchObject({ insuredYears: [2025, 2028, 2029], repairYears: 0 });
  });
});

describe('waiting draft → the case shared/waiting reads', () => {
  test('例五 as a resident answers it: 2027-05-01', () => {
    const input = draftToCase(residentDraft(), 'bazhong');
    expect(input).toEqual({ region: 'bazhong', scheme: 'resident', paymentDate: '2026-11-15', coverageYear: 2027, insuredYears: [] });
    expect(waiting(input).benefitStart).toBe('2027-05-01');
  });

  test('the repair, the newborn\'s birth date and a special group are sent only when given', () => {
    const input = draftToCase(
      residentDraft({ repairYears: 1, newborn: true, birth: { y: '2025', m: '3', d: '10' }, specialGroup: 'student', insuredYears: [2026, 2025] }),
      'bazhong',
    );
    expect(input).toMatchObject({ repairYears: 1, birthDate: '2025-03-10', specialGroup: 'student', insuredYears: [2025, 2026] });
    expect(draftToCase(residentDraft(), 'bazhong')).not.toHaveProperty('birthDate');
  });

  test('an employee sends only the numbers their situation needs', () => {
    expect(draftToCase(employeeDraft({ gapMonths: '5', arrearsMonths: '9' }), 'bazhong')).toEqual({
      region: 'bazhong',
      scheme: 'employee',
      paymentDate: '2026-05-20',
      employee: { kind: 'first' },
    });
    expect(draftToCase(employeeDraft({ employeeKind: 'switch', continuousYears: '3', gapMonths: '2' }), 'bazhong').employee).toEqual({
      kind: 'switch',
      continuousYears: 3,
      gapMonths: 2,
    });
    expect(draftToCase(employeeDraft({ employeeKind: 'arrears', arrearsMonths: '8.5' }), 'bazhong').employee).toEqual({ kind: 'arrears', arrearsMonths: '8.5' });
  });

  test('the cap case: zero-claim only for last year and only if insured then; 救助身份 from the profile', () => {
    expect(draftToCapCase(residentDraft({ insuredYears: [2026], zeroClaimLastYear: true }), ['dibao'])).toEqual({
      coverageYear: 2027,
      insuredYears: [2026],
      zeroClaimYears: [2026],
      categories: ['dibao'],
    });
    expect(draftToCapCase(residentDraft({ zeroClaimLastYear: true }), []).zeroClaimYears).toEqual([]);
  });
});
