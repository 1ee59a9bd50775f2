import { DEEMED_FILED } from '../../shared/applications/remote-filing/deemed-filed';
import { REMOTE_FILING_KINDS } from '../../shared/applications/remote-filing/kinds';
import { deemedCard, isKind, kindCard, reimbursementMaterials, SITUATIONS, TYPE_CHOICES } from '../../miniprogram/packages/apply/model/choices';

describe('选择办理事项', () => {
  test('the two applications of these pages, by their documents’ names', () => {
    expect(TYPE_CHOICES.map((t) => [t.value, t.label])).toEqual([
      ['remoteFiling', '异地就医备案'],
      ['manualReimbursement', '住院省内异地线上手工报销'],
    ]);
  });

  test('"which applies to me": every 备案 kind of shared/filing, then the two that need no filing', () => {
    expect(SITUATIONS.filter((s) => !s.deemed).map((s) => s.value)).toEqual([...REMOTE_FILING_KINDS]);
    expect(SITUATIONS.filter((s) => s.deemed).map((s) => s.value)).toEqual(DEEMED_FILED.map((d) => d.id));
    expect(SITUATIONS.find((s) => s.value === 'longTermResident')?.label).toBe('长期住在外地（比如跟子女生活）');
    expect(isKind('longTermResident')).toBe(true);
    expect(isKind('emergency')).toBe(false);
  });

  test('异地长期居住: long-term, in force until changed, reimbursed as at home, its proof and an agent’s', () => {
    const card = kindCard('longTermResident', '2026-01-01');
    expect(card.term).toBe('长期备案');
    expect(card.validity).toContain('直到本人申请变更或取消');
    expect(card.reimbursement?.text).toContain('与市内同等级医疗机构相同');
    expect(card.materials).toEqual(['就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明']);
    expect(card.agentMaterials).toEqual(['代办人及备案人身份证或户口簿原件等相关资料']);
    expect(card.whoApplies.source).toContain('第一章 二十八问（一）');
  });

  test('异地转诊 is temporary, reimbursed 5% lower (004 第一章 三十（二）)', () => {
    const card = kindCard('referral', '2026-01-01');
    expect(card.term).toBe('临时备案');
    expect(card.reimbursement?.text).toContain('降低 5%');
    expect(card.materials).toEqual(['转出地医疗机构出具的转诊证明']);
  });

  test('急诊抢救 and 非急诊且未转诊: 视同已备案, and how reimbursement differs (004 第一章 二十九、三十)', () => {
    const emergency = deemedCard('emergency');
    expect(emergency.title).toContain('视同已备案');
    expect(emergency.why.map((q) => q.text).join()).toContain('视同已备案');
    expect(emergency.reimbursement[0].text).toContain('降低 5%');
    const unfiled = deemedCard('unfiled');
    expect(unfiled.reimbursement[0].text).toContain('降低 10%');
    expect(unfiled.reimbursement[0].source).toContain('第一章 三十（三）');
    expect(unfiled.compare).toHaveLength(2);
  });

  test('手工报销 needs the 结算票据、费用清单、出院证明 (004 第二章 三十八问)', () => {
    expect(reimbursementMaterials()).toEqual(['结算票据', '费用清单', '出院证明']);
  });
});
