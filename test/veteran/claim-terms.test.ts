/**
 * The 非一站式 claim is one generic application type (shared/applications/veteran-subsidy) whose words are the
 * region manifest's `veteran.claim`: offered where a manifest gives them, its schema keyed by the manifest's question
 * ids, and the manifest's questions the same items, text and citation, as the dated parameter the rules read — so the
 * page's questions and the rules' exclusions cannot drift apart.
 */
import { applicationType, applicationTypeIds } from '../../shared/applications/registry';
import { claimRegions, claimTermsOf, offersClaim } from '../../shared/applications/veteran-subsidy/terms';
import { veteranClaimFigures } from '../../shared/applications/veteran-subsidy';
import { valueAt } from '../../shared/params/param';
import { manifests } from '../../shared/regions/vocabulary';
import { citationText } from '../../shared/source';
import { exclusions } from '../../shared/regions/yangcheng/params/exclusions';
import { manifest } from '../../shared/regions/yangcheng/manifest';

const terms = manifest.veteran.claim;

describe('the claim is offered where a manifest gives its words', () => {
  test('the county (000 第六条) offers it; the other veteran region (广西, 一站式 only) does not', () => {
    expect(claimRegions().map((r) => r.region)).toEqual(['yangcheng']);
    expect(offersClaim('yangcheng')).toBe(true);
    expect(offersClaim('guangxi')).toBe(false);
    expect(offersClaim('nowhere')).toBe(false);
    expect(claimTermsOf('yangcheng')).toBe(terms);
    // Every manifest that gives claim words has a veteran section (the roster's region) to give them in.
    for (const m of manifests()) if (m.veteran?.claim) expect(m.programs).toContain('veteran');
  });

  test('the registry lists the generic module; its checklist, form and view are the manifest’s words', () => {
    expect(applicationTypeIds()).toEqual(['remoteFiling', 'manualReimbursement', 'veteranSubsidy']);
    const type = applicationType('veteranSubsidy');
    expect(type.checklist(undefined, true)).toEqual([terms.settlementSheet]);
    expect(type.commitmentFor(false)).toBe(terms.declaration);
    expect(type.view({ settlementSheet: 'sealedCopy' }, { status: 'draft', filedOn: '2026-10-10', viewer: 'applicant' })).toMatchObject({
      settlementSheetLabel: '医保结算单复印件（加盖医疗机构印章）',
      approvalForm: terms.approvalForm.note,
    });
  });

  test('the schema asks exactly the manifest’s questions and 结算单 forms', () => {
    const base = { hospital: '山西省人民医院', admissionDate: '2026-09-28', dischargeDate: '2026-10-08', inScopeSelfPay: '12000' };
    const all = Object.fromEntries(terms.questions.map((q) => [q.id, false]));
    expect(veteranClaimFigures.safeParse({ ...base, exclusions: all }).success).toBe(true);
    expect(veteranClaimFigures.safeParse({ ...base, exclusions: { ...all, notAQuestion: false } }).success).toBe(false);
    for (const f of terms.sheetForms) expect(veteranClaimFigures.safeParse({ ...base, settlementSheet: f.id }).success).toBe(true);
    expect(veteranClaimFigures.safeParse({ ...base, settlementSheet: 'photo' }).success).toBe(false);
  });
});

describe('the manifest’s questions are the parameter’s items (第十一条)', () => {
  test.each(Object.keys(exclusions.values))('from %s: same ids in the same order, the same words, the same article and item', (from) => {
    const p = valueAt(exclusions, from);
    expect(terms.questions.map((q) => q.id)).toEqual(p.value.map((e) => e.id));
    terms.questions.forEach((q, i) => {
      expect(q.quote).toBe(p.value[i].text);
      expect(q.source).toBe(citationText({ doc: p.source.doc, section: `${p.source.section}${p.value[i].item}` }));
    });
  });
});
