/**
 * The 非一站式 claim's papers, as 000 prints them: the 结算单 (第六条), the 一站式 papers (第五条（一）), the
 * 《医疗补助审批表》 named without its boxes, and 第十条、第十一条 as what the signer accepts — each quoted text found
 * in the seed, so nothing is made up.
 */
import fs from 'fs';
import path from 'path';
import { applicationType, commitmentForms } from '../../shared/applications/registry';
import { NON_ONE_STOP_MATERIALS, ONE_STOP_MATERIALS } from '../../shared/regions/yangcheng/veteran/procedure';
import { APPROVAL_FORM } from '../../shared/regions/yangcheng/claim/approval-form';
import { manifest } from '../../shared/regions/yangcheng/manifest';
import { exclusions } from '../../shared/regions/yangcheng/params/exclusions';

const materialsChecklist = (type: string, _kind: undefined, hasAgent: boolean) => applicationType(type).checklist(undefined, hasAgent);
const commitmentFormFor = (type: string, hasAgent: boolean) => applicationType(type).commitmentFor(hasAgent);
const COMMITMENT_FORMS = commitmentForms();

const SEEDS = path.join(__dirname, '../../../shared/seeds');
const seed000 = () => fs.readFileSync(path.join(SEEDS, '000_22e2e209a52c8b7a.txt'), 'utf8').replace(/\s+/g, '');

describe('000 第五条、第六条、第十条、第十一条', () => {
  test('第六条: the 非一站式 claim asks for the 结算单 only, with or without an agent (000 names no agent papers)', () => {
    expect(materialsChecklist('veteranSubsidy', undefined, false).map((m) => m.name)).toEqual(['医疗机构医保结算单原件或复印件加盖医疗机构印章']);
    expect(materialsChecklist('veteranSubsidy', undefined, true).map((m) => m.id)).toEqual(['veteranSettlementSheet']);
    expect(materialsChecklist('veteranSubsidy', undefined, true)[0].source).toEqual({ doc: '000_22e2e209a52c8b7a.txt', section: '第六条' });
  });

  test('the signer accepts 第十条 and 第十一条, whoever signs', () => {
    expect(commitmentFormFor('veteranSubsidy', true).id).toBe('veteranSubsidyDeclaration');
    expect(commitmentFormFor('veteranSubsidy', false).id).toBe('veteranSubsidyDeclaration');
  });

  test('第十一条\'s five questions are the 阳城 exclusion parameters', () => {
    expect(exclusions.values['2026-07-01'].value.map((e) => e.id)).toEqual(manifest.veteran.claim.questions.map((q) => q.id));
  });

  (fs.existsSync(SEEDS) ? test : test.skip)('every quoted paper, form and article is in the seed text (whitespace aside)', () => {
    const text = seed000();
    for (const m of [...ONE_STOP_MATERIALS, ...NON_ONE_STOP_MATERIALS]) expect(text).toContain(m.name);
    expect(text).toContain(APPROVAL_FORM.title);
    expect(text).toContain(APPROVAL_FORM.procedure);
    for (const p of COMMITMENT_FORMS.veteranSubsidyDeclaration.paragraphs) expect(text).toContain(p.replace(/\s+/g, ''));
  });
});
