import { draftToCase, emptyDraft, relevantYtdKeys, stepIds, type EstimateDraft } from '../../miniprogram/packages/estimate/model/draft';
import { regionForm, visitTypesOf, type YtdKey } from '../../miniprogram/packages/estimate/model/regions';
import { categoriesOf } from '../../miniprogram/models/categories';
import { estimate } from '../../shared/estimate';
import { REGIONS, regionsWith } from '../../shared/regions';
import type { VisitType } from '../../shared/schemas/estimate';
import { TODAY } from './helpers';

/** A complete bill of each kind, as a person would fill the form. */
const BILLS: Record<VisitType, Partial<EstimateDraft>> = {
  inpatient: { facilityLevel: 'level2', place: 'local', totalCost: '30000', inScopeCost: '28000' },
  'high-value-drug': { facilityLevel: 'level2', place: 'local', totalCost: '30000', inScopeCost: '28000' },
  outpatient: { facilityLevel: 'township', totalCost: '320', inScopeCost: '300' },
  chronic: { diseaseCode: 'M04600', totalCost: '3000', inScopeCost: '2500' },
  special: { diseaseCode: 'M00500', totalCost: '30000', inScopeCost: '28000' },
  'two-diseases': { twoDiseases: ['hypertension', 'diabetes'], totalCost: '600', inScopeCost: '600' },
  'single-pay-drug': { totalCost: '5000', inScopeCost: '5000' },
  maternity: { maternityEvent: 'delivery', totalCost: '4000', inScopeCost: '3800' },
};

/** The running amount a payer's 已支付 figure is a cap on. */
const RUNNING: Partial<Record<YtdKey, YtdKey>> = {
  seriousIllnessPaid: 'seriousIllnessSelfPay',
  largeExpensePaid: 'largeExpenseSelfPay',
  assistancePaid: 'assistanceSelfPay',
  tiltedAssistancePaid: 'tiltedSelfPay',
};

function cases(): { region: string; visitType: VisitType; scheme: 'resident' | 'employee' }[] {
  const out: { region: string; visitType: VisitType; scheme: 'resident' | 'employee' }[] = [];
  for (const { id: region } of regionsWith('estimate')) {
    for (const visitType of visitTypesOf(region)) {
      for (const scheme of REGIONS[region].schemes) out.push({ region, visitType, scheme });
    }
  }
  return out;
}

function draftOf(c: { region: string; visitType: VisitType; scheme: 'resident' | 'employee' }, patch: Partial<EstimateDraft> = {}): EstimateDraft {
  return {
    ...emptyDraft(),
    region: c.region,
    visitType: c.visitType,
    scheme: c.scheme,
    categories: [categoriesOf(c.region)[2]],
    civilServant: true,
    ...BILLS[c.visitType],
    ...patch,
  };
}

describe('every region the rules cover has a form', () => {
  test('each region of shared/regions has its questions, and offers exactly the kinds of care it covers', () => {
    for (const { id, form } of regionsWith('estimate')) {
      expect(form).toBeDefined();
      expect(regionForm(id)).toBe(form);
      expect([...visitTypesOf(id)].sort()).toEqual([...REGIONS[id].visitTypes].sort());
    }
  });

  test.each(cases())('$region $scheme $visitType: a filled form is a case the rules estimate', (c) => {
    const result = estimate(draftToCase(draftOf(c), TODAY));
    expect(result.visitType).toBe(c.visitType);
    expect(stepIds(c)).toContain('bill');
  });

  test.each(cases().filter((c) => relevantYtdKeys(draftOf(c)).length > 0))(
    '$region $scheme $visitType: every year-to-date box the form shows can change the answer',
    (c) => {
      // Whether an earlier figure matters depends on who pays this time: a 公务员补助 that pays everything leaves
      // nothing to 医疗救助, and 低保 have no 大病 cap. A box is worth asking if it changes the answer for one of these.
      const people: Partial<EstimateDraft>[] = [
        { civilServant: true, categories: ['illness-impoverished'] },
        { civilServant: false, categories: ['illness-impoverished'] },
      ];
      const asked = new Set(people.flatMap((p) => relevantYtdKeys(draftOf(c, p))));
      for (const key of asked) {
        const changes = people.some((person) => {
          const draft = draftOf(c, person);
          const keys = relevantYtdKeys(draft);
          if (!keys.includes(key)) return false;
          // What a payer has already paid only shows once that payer pays this time: its running amount comes first.
          const running = RUNNING[key];
          const before = running && keys.includes(running) ? { [running]: '200000' } : {};
          const base = estimate(draftToCase({ ...draft, yearToDate: before }, TODAY));
          const other = estimate(draftToCase({ ...draft, yearToDate: { ...before, [key]: '999999' } }, TODAY));
          expect(Object.keys(other.yearToDateAfter)).toContain(key);
          return JSON.stringify(other.payments) !== JSON.stringify(base.payments);
        });
        if (!changes) throw new Error(`${key} is asked for ${c.region} ${c.scheme} ${c.visitType} but never changes the amounts`);
      }
    },
  );

  test('随县: the questions 002 adds are sent only there', () => {
    const stay = { region: 'suizhou', visitType: 'inpatient' as const, scheme: 'resident' as const };
    const input = draftToCase(draftOf(stay, { classBCost: '5000' }), TODAY);
    expect(input.visit).toMatchObject({ classBCost: '5000' });
    const bazhong = draftToCase(draftOf({ ...stay, region: 'bazhong' }, { classBCost: '5000' }), TODAY);
    expect(bazhong.visit).not.toHaveProperty('classBCost');

    const outpatient = draftToCase(draftOf({ ...stay, visitType: 'outpatient' }, { villageClinic: true, pregnancyCare: true }), TODAY);
    expect(outpatient.visit).toMatchObject({ villageClinic: true, pregnancyCare: true });
    const special = draftToCase(draftOf({ ...stay, visitType: 'special' }, { treatment: 'dialysis' }), TODAY);
    expect(special.visit).toMatchObject({ treatment: 'dialysis' });
    expect(estimate(special).payments.basic).not.toBe(estimate(draftToCase(draftOf({ ...stay, visitType: 'special' }), TODAY)).payments.basic);
  });

  test('a code typed for a region without a catalogue is read with capital M and no spaces', () => {
    const input = draftToCase(draftOf({ region: 'suizhou', visitType: 'chronic', scheme: 'resident' }, { diseaseCode: ' m03900 ' }), TODAY);
    expect(input.visit).toMatchObject({ diseaseCode: 'M03900' });
    expect(input.visit).not.toHaveProperty('otherDiseaseCodes');
  });
});
