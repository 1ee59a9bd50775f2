import fs from 'fs';
import path from 'path';
import { applicationType, commitmentForms, materialItems } from '../../shared/applications/registry';
import { ONLINE_PROOF_NOTE } from '../../shared/applications/remote-filing/materials';
import { CLOSE_RELATIVES, inverseRelation } from '../../shared/filing/relations';
import { REMOTE_FILING_KIND_INFO, type RemoteFilingKind } from '../../shared/applications/remote-filing/kinds';
import { DEEMED_FILED } from '../../shared/applications/remote-filing/deemed-filed';
import { temporaryFilingValidity, longTermFilingValidity } from '../../shared/applications/remote-filing/validity';
import { paramSchema, valueAt } from '../../shared/params/param';

const materialsChecklist = (type: string, kind: RemoteFilingKind | undefined, hasAgent: boolean) =>
  applicationType(type).checklist(kind ? { kind } : {}, hasAgent);
const commitmentFormFor = (type: string, hasAgent: boolean) => applicationType(type).commitmentFor(hasAgent);
const COMMITMENT_FORMS = commitmentForms();
const MATERIAL_ITEMS = materialItems();

const seed = (name: string) => fs.readFileSync(path.join(__dirname, '../../../shared/seeds', name), 'utf8').replace(/\s+/g, '');
const SEEDS_PRESENT = fs.existsSync(path.join(__dirname, '../../../shared/seeds'));

describe('filing data, as the documents give it', () => {
  test('003 五（二）, 附件1 温馨提示 3: each 备案 kind\'s proof; an agent adds 六（二）\'s identity papers', () => {
    const names = (kind: Parameters<typeof materialsChecklist>[1], agent = false) => materialsChecklist('remoteFiling', kind, agent).map((m) => m.name);
    expect(names('retiredRelocated')).toEqual(['就医地户口簿(首页和本人页)']);
    expect(names('longTermResident')).toEqual(['就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明']);
    expect(names('postedWorker')).toEqual(['参保单位开具的有效外派工作证明(加盖公章)']);
    expect(names('referral')).toEqual(['转出地医疗机构出具的转诊证明']);
    expect(names('otherTemporary')).toEqual([]);
    expect(names('otherTemporary', true)).toEqual(['代办人及备案人身份证或户口簿原件等相关资料']);
    // 004 第二章 三十八问: "凭结算票据、费用清单、出院证明等原始资料".
    expect(materialsChecklist('manualReimbursement', undefined, true).map((m) => m.name)).toEqual(['结算票据', '费用清单', '出院证明']);
  });

  test('long-term vs temporary per 004 第一章 二十八问 / 二十九', () => {
    expect(Object.entries(REMOTE_FILING_KIND_INFO).map(([k, v]) => [k, v.term])).toEqual([
      ['retiredRelocated', 'longTerm'],
      ['longTermResident', 'longTerm'],
      ['postedWorker', 'longTerm'],
      ['referral', 'temporary'],
      ['otherTemporary', 'temporary'],
    ]);
  });

  test('004 第二章 二十五问: eight close relatives, each pairing with its inverse', () => {
    expect(CLOSE_RELATIVES.map((r) => r.label).join('、')).toBe('配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女');
    for (const r of CLOSE_RELATIVES) expect(inverseRelation(inverseRelation(r.id))).toBe(r.id);
  });

  test('which commitment: 附件3 for an agent\'s 手工报销, 附件2 for one\'s own, 附件1 for every 备案', () => {
    expect(commitmentFormFor('manualReimbursement', true).kind).toBe('agentCommitment');
    expect(commitmentFormFor('manualReimbursement', false).id).toBe('reimbursementPersonalCommitment');
    expect(commitmentFormFor('remoteFiling', true).id).toBe('filingPersonalCommitment');
  });

  (SEEDS_PRESENT ? test : test.skip)('every commitment paragraph and quoted explanation appears in the seed text (whitespace aside)', () => {
    const text003 = seed('003_721ce283759161d0.txt');
    for (const form of [COMMITMENT_FORMS.filingPersonalCommitment, COMMITMENT_FORMS.reimbursementPersonalCommitment]) {
      for (const p of form.paragraphs) expect(text003).toContain(p.replace(/\s+/g, ''));
    }
    const text004 = seed('004_6dc5632ce2988a73.txt');
    const text000 = seed('000_22e2e209a52c8b7a.txt');
    for (const m of Object.values(MATERIAL_ITEMS)) {
      expect(m.source.doc.startsWith('003') ? text003 : m.source.doc.startsWith('000') ? text000 : text004).toContain(m.printedAs ?? m.name);
    }
    expect(text003).toContain(ONLINE_PROOF_NOTE.text);
    for (const e of DEEMED_FILED) {
      for (const q of [...e.whyNoFiling, ...e.reimbursement]) {
        expect((q.source.doc.startsWith('003') ? text003 : text004)).toContain(q.text.replace(/\s+/g, ''));
      }
    }
  });

  test('validity: the documents give no period, so the app says 以参保地经办机构规定为准 (a dated, cited parameter)', () => {
    for (const p of [temporaryFilingValidity, longTermFilingValidity]) {
      const { dates: _d, ...def } = p;
      expect(paramSchema.safeParse(def).success).toBe(true);
      expect(valueAt(p, '2025-12-01').value).toBe('以参保地经办机构规定为准');
    }
  });
});
