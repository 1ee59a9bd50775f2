import {
  asks,
  draftForDisease,
  draftToCase,
  emptyDraft,
  parseDraft,
  relevantYtdKeys,
  serializeDraft,
  stepIds,
  type EstimateDraft,
} from '../../miniprogram/packages/estimate/model/draft';
import { estimate } from '../../shared/estimate';
import { estimateCaseSchema } from '../../shared/schemas/estimate';
import { TODAY, chronicDraft, zhangSanDraft } from './helpers';

function passes(draft: EstimateDraft) {
  const r = estimateCaseSchema.safeParse(draftToCase(draft, TODAY));
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

describe('form drafts: saved on every change, read back whatever happened to them', () => {
  test('a draft survives serialization exactly', () => {
    const draft = zhangSanDraft({
      step: 3,
      scheme: 'employee',
      categories: ['dibao'],
      retired: true,
      age: '81',
      civilServant: true,
      conditions: ['cancer'],
      place: 'temporary-filed',
      referral: 'referral',
      inProvince: 'yes',
      otherDiseaseCodes: ['M03911'],
      twoDiseases: ['diabetes'],
      maternityEvent: 'termination',
      gestationWeeks: '18',
      caesarean: true,
      totalCost: '12.3',
      yearToDate: { basicPaid: '1000', largeExpensePaid: '' },
    });
    const back = parseDraft(serializeDraft(draft));
    expect(back).toEqual({ ...draft, yearToDate: { basicPaid: '1000' } });
  });

  test('a new draft starts from the profile, as a hospital stay', () => {
    const draft = emptyDraft({ region: 'bazhong', scheme: 'employee', categories: ['orphan'] });
    expect(draft).toMatchObject({ step: 0, visitType: 'inpatient', region: 'bazhong', scheme: 'employee', categories: ['orphan'], totalCost: '' });
  });

  test('damaged storage gives an empty draft instead of a crash', () => {
    const profile = { region: 'bazhong', scheme: 'resident' as const, categories: [] };
    expect(parseDraft('{not json', profile)).toEqual(emptyDraft(profile));
    expect(parseDraft(null)).toEqual(emptyDraft());
    expect(parseDraft(42)).toEqual(emptyDraft());
    expect(parseDraft({ v: 3, totalCost: '1' })).toEqual(emptyDraft());
  });

  test('unknown values are dropped field by field and the step is clamped to the steps of the kind of care', () => {
    const back = parseDraft(
      JSON.stringify({
        v: 2,
        step: 99,
        visitType: 'dentist',
        scheme: 'soldier',
        categories: ['dibao', 'king', 'dibao'],
        facilityLevel: 'level9',
        place: 'unfiled',
        diseaseCode: 'm039 (typing a very long code)',
        otherDiseaseCodes: ['M04600', 'x', 'M04600'],
        twoDiseases: ['flu', 'diabetes'],
        totalCost: 4500,
        inScopeCost: '4200',
        yearToDate: { basicPaid: '1', hacked: '2' },
        extra: true,
      }),
    );
    expect(back).toMatchObject({
      step: 5,
      visitType: 'inpatient',
      scheme: '',
      categories: ['dibao'],
      facilityLevel: '',
      place: 'unfiled',
      // A code is kept as typed (regions without a catalogue ask for it), cut to ten characters; the schema judges it.
      diseaseCode: 'm039 (typi',
      otherDiseaseCodes: ['M04600'],
      twoDiseases: ['diabetes'],
      totalCost: '',
      inScopeCost: '4200',
      yearToDate: { basicPaid: '1' },
    });
    expect(back).not.toHaveProperty('extra');
    expect(parseDraft({ v: 2, step: 9, visitType: 'single-pay-drug' }).step).toBe(2);
  });

  test('a version-1 draft (住院 only, no kind-of-care step) keeps its answers and moves one step on', () => {
    const back = parseDraft({ v: 1, step: 3, scheme: 'resident', facilityLevel: 'level2', place: 'local', totalCost: '900' });
    expect(back).toMatchObject({ v: 2, step: 4, visitType: 'inpatient', facilityLevel: 'level2', totalCost: '900' });
    expect(stepIds(back)[back.step]).toBe('bill');
  });

  test('opening the form from the catalogue starts a new estimate for that disease from the profile', () => {
    const draft = draftForDisease({ region: 'bazhong', scheme: 'employee', categories: ['dibao'] }, 'chronic', 'M03911');
    expect(draft).toMatchObject({ visitType: 'chronic', diseaseCode: 'M03911', scheme: 'employee', categories: ['dibao'], totalCost: '' });
  });
});

describe('each kind of care asks only what its rules read', () => {
  test('the steps of each kind of care', () => {
    const ids = (visitType: EstimateDraft['visitType']) => stepIds({ region: 'bazhong', visitType, scheme: 'resident' });
    expect(ids('inpatient')).toEqual(['visit-type', 'person', 'facility', 'place', 'bill', 'year-to-date']);
    expect(ids('high-value-drug')).toEqual(['visit-type', 'person', 'facility', 'place', 'bill', 'year-to-date']);
    expect(ids('outpatient')).toEqual(['visit-type', 'person', 'facility', 'bill', 'year-to-date']);
    expect(ids('chronic')).toEqual(['visit-type', 'person', 'disease', 'bill', 'year-to-date']);
    expect(ids('special')).toEqual(['visit-type', 'person', 'disease', 'bill', 'year-to-date']);
    expect(ids('two-diseases')).toEqual(['visit-type', 'person', 'two-diseases', 'bill', 'year-to-date']);
    expect(ids('single-pay-drug')).toEqual(['visit-type', 'person', 'bill']);
    expect(ids('maternity')).toEqual(['visit-type', 'person', 'maternity', 'bill', 'year-to-date']);
  });

  test('person questions: 救助身份 where 医疗救助 follows; employee questions where their payers are', () => {
    expect(asks({ region: 'bazhong', visitType: 'maternity', scheme: 'employee' })).toMatchObject({ categories: false, retired: false, civilServant: false, largeExpense: false });
    expect(asks({ region: 'bazhong', visitType: 'outpatient', scheme: 'employee' })).toMatchObject({ categories: false, retired: true, civilServant: true, largeExpense: false });
    expect(asks({ region: 'bazhong', visitType: 'chronic', scheme: 'employee' })).toMatchObject({ categories: true, retired: false, civilServant: true, largeExpense: false });
    expect(asks({ region: 'bazhong', visitType: 'special', scheme: 'employee' })).toMatchObject({ categories: true, retired: true, civilServant: true, largeExpense: true });
    expect(asks({ region: 'bazhong', visitType: 'special', scheme: 'resident' })).toMatchObject({ categories: true, retired: false, civilServant: false, largeExpense: false });
  });

  test('a resident stay carries no employee fields and passes the shared schema', () => {
    const input = draftToCase(zhangSanDraft({ retired: true, age: '70' }), TODAY);
    expect(input).toEqual({
      region: 'bazhong',
      date: TODAY,
      scheme: 'resident',
      person: { categories: [] },
      visit: { type: 'inpatient', facilityLevel: 'township', place: 'local', totalCost: '4500', inScopeCost: '4200' },
      yearToDate: {},
    });
    passes(zhangSanDraft());
  });

  test('an employee stay carries retired, age, civil servant and conditions', () => {
    const input = draftToCase(
      zhangSanDraft({ scheme: 'employee', retired: true, age: '81', civilServant: true, conditions: ['cancer'] }),
      TODAY,
    );
    expect(input.person).toEqual({ categories: [], retired: true, civilServant: true, conditions: ['cancer'], age: 81 });
    passes(zhangSanDraft({ scheme: 'employee' }));
  });

  test('referral and province are sent only for a temporary filing', () => {
    const temporary = draftToCase(zhangSanDraft({ place: 'temporary-filed', referral: 'emergency', inProvince: 'no' }), TODAY);
    expect(temporary.visit).toMatchObject({ referral: false, inProvince: false });
    const local = draftToCase(zhangSanDraft({ referral: 'referral', inProvince: 'yes' }), TODAY);
    expect(local.visit).not.toHaveProperty('referral');
    expect(local.visit).not.toHaveProperty('inProvince');
  });

  test('answers to questions this kind of care does not ask are kept in the draft but never sent', () => {
    const draft = chronicDraft({ scheme: 'employee', retired: true, age: '85', conditions: ['cancer'], facilityLevel: 'level3', place: 'unfiled', categories: ['dibao'] });
    const input = draftToCase(draft, TODAY);
    expect(input.person).toEqual({ categories: ['dibao'], civilServant: false });
    expect(input.visit).toEqual({ type: 'chronic', diseaseCode: 'M04600', otherDiseaseCodes: [], totalCost: '1200', inScopeCost: '1000' });
    const maternity = draftToCase(zhangSanDraft({ visitType: 'maternity', maternityEvent: 'delivery', categories: ['dibao'] }), TODAY);
    expect(maternity.person).toEqual({ categories: [] });
  });

  test('普通门诊: a 定点零售药店 is a place for outpatient care only', () => {
    const outpatient = passes(zhangSanDraft({ visitType: 'outpatient', scheme: 'employee', facilityLevel: 'pharmacy' }));
    expect(outpatient.visit).toMatchObject({ type: 'outpatient', facilityLevel: 'pharmacy' });
    const stay = draftToCase(zhangSanDraft({ facilityLevel: 'pharmacy' }), TODAY);
    expect((stay.visit as Record<string, unknown>).facilityLevel).toBeUndefined();
  });

  test('门诊慢性病: the main disease is never also among the others', () => {
    const input = passes(chronicDraft({ otherDiseaseCodes: ['M04600', 'M03911'] }));
    expect(input.visit).toMatchObject({ diseaseCode: 'M04600', otherDiseaseCodes: ['M03911'] });
  });

  test('“两病”: diseases in a fixed order, whatever order they were tapped', () => {
    const input = passes(zhangSanDraft({ visitType: 'two-diseases', twoDiseases: ['diabetes', 'hypertension'] }));
    expect(input.visit).toMatchObject({ type: 'two-diseases', diseases: ['hypertension', 'diabetes'] });
  });

  test('生育: a delivery sends 顺产/难产 and babies; a termination its weeks, and 剖宫术 only from 16 weeks', () => {
    const delivery = passes(zhangSanDraft({ visitType: 'maternity', maternityEvent: 'delivery', difficult: true, babies: '2', gestationWeeks: '20' }));
    expect(delivery.visit).toEqual({ type: 'maternity', event: 'delivery', difficult: true, babies: 2, caesarean: false, liveBirth: false, totalCost: '4500', inScopeCost: '4200' });
    const early = draftToCase(zhangSanDraft({ visitType: 'maternity', maternityEvent: 'termination', gestationWeeks: '10', caesarean: true }), TODAY);
    expect(early.visit).toEqual({ type: 'maternity', event: 'termination', gestationWeeks: 10, liveBirth: false, totalCost: '4500', inScopeCost: '4200' });
    const late = draftToCase(zhangSanDraft({ visitType: 'maternity', maternityEvent: 'termination', gestationWeeks: '20', caesarean: true }), TODAY);
    expect(late.visit).toMatchObject({ gestationWeeks: 20, caesarean: true });
    const live = draftToCase(zhangSanDraft({ visitType: 'maternity', maternityEvent: 'termination', gestationWeeks: '30', liveBirth: true, babies: '1' }), TODAY);
    expect(live.visit).toMatchObject({ event: 'termination', liveBirth: true, difficult: false, babies: 1 });
    expect(live.visit).not.toHaveProperty('caesarean');
  });

  test('单行支付药品 sends no year-to-date figures', () => {
    const input = draftToCase(zhangSanDraft({ visitType: 'single-pay-drug', yearToDate: { basicPaid: '100' } }), TODAY);
    expect(input.yearToDate).toEqual({});
    expect(input.visit).toEqual({ type: 'single-pay-drug', totalCost: '4500', inScopeCost: '4200' });
  });

  test('only the year-to-date boxes shown for this person and this care are sent, and only when filled', () => {
    expect(relevantYtdKeys(zhangSanDraft())).toEqual(['basicPaid', 'seriousIllnessSelfPay', 'seriousIllnessPaid']);
    expect(relevantYtdKeys(zhangSanDraft({ scheme: 'employee', civilServant: true, categories: ['dibao'] }))).toEqual([
      'basicPaid',
      'civilServantPaid',
      'largeExpenseSelfPay',
      'largeExpensePaid',
      'assistanceSelfPay',
      'assistancePaid',
      'tiltedSelfPay',
      'tiltedAssistancePaid',
    ]);
    expect(relevantYtdKeys(zhangSanDraft({ visitType: 'special' }))).toEqual(['specialSelfPay', 'basicPaid', 'seriousIllnessSelfPay', 'seriousIllnessPaid']);
    expect(relevantYtdKeys(zhangSanDraft({ visitType: 'outpatient' }))).toEqual(['outpatientPaid']);
    expect(relevantYtdKeys(zhangSanDraft({ visitType: 'outpatient', scheme: 'employee', civilServant: true }))).toEqual([
      'outpatientSelfPay',
      'outpatientPaid',
      'outpatientCivilServantPaid',
      'outpatientLargeExpensePaid',
    ]);
    expect(relevantYtdKeys(chronicDraft({ scheme: 'employee', civilServant: true, categories: ['orphan'] }))).toEqual([
      'chronicPaid',
      'chronicCivilServantPaid',
      'assistanceSelfPay',
      'assistancePaid',
      'tiltedSelfPay',
      'tiltedAssistancePaid',
    ]);
    expect(relevantYtdKeys(zhangSanDraft({ visitType: 'two-diseases' }))).toEqual(['twoDiseasesPaid']);
    expect(relevantYtdKeys(zhangSanDraft({ visitType: 'maternity' }))).toEqual(['basicPaid']);
    const input = draftToCase(
      zhangSanDraft({ yearToDate: { basicPaid: '1 000', seriousIllnessPaid: '', largeExpensePaid: '5' } }),
      TODAY,
    );
    expect(input.yearToDate).toEqual({ basicPaid: '1000' });
  });

  test('every year-to-date key the form can send is one the rules read back into yearToDateAfter', () => {
    const result = estimate(draftToCase(zhangSanDraft(), TODAY));
    const readable = Object.keys(result.yearToDateAfter);
    const all = new Set<string>();
    for (const visitType of ['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'maternity', 'high-value-drug'] as const) {
      for (const scheme of ['resident', 'employee'] as const) {
        relevantYtdKeys({ region: 'bazhong', visitType, scheme, categories: ['dibao'], civilServant: true }).forEach((k) => all.add(k));
      }
    }
    for (const key of all) expect(readable).toContain(key);
  });
});
