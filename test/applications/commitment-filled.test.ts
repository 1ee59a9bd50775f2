import * as apps from '../../server/applications';
import { manualReimbursement } from '../../shared/applications/manual-reimbursement';
import { renderCommitment } from '../../shared/applications/commitment';
import { REIMBURSEMENT_AGENT_COMMITMENT } from '../../shared/applications/manual-reimbursement/commitment';
import { freshContext, longTermForFather, father, PAYEE } from './helpers';

/**
 * The signed forms read as 003 lays them out (issue 15 "The signed documents"): the 金额 of 附件3 once in 小写 with
 * thousands separators and once in 大写, and a signature line that says who signs in what capacity.
 */
describe('003 附件3: the amount as the form lays it out', () => {
  const amountLine = (amount: string) =>
    renderCommitment(REIMBURSEMENT_AGENT_COMMITMENT, manualReimbursement.commitmentValues!({ hospital: '太原市某医院', admissionDate: '2026-03-01', dischargeDate: '2026-03-10', amount }))[1];

  test('23800 → "23,800.00元(小写)贰万叁仟捌佰元整(大写)": 元 once after each, never "元整元"', () => {
    const line = amountLine('23800');
    expect(line).toContain('医疗费用金额:23,800.00元(小写)贰万叁仟捌佰元整(大写)。');
    expect(line).not.toContain('元整元');
  });

  test('1234567.08 → 1,234,567.08 and 壹佰贰拾叁万肆仟伍佰陆拾柒元零捌分', () => {
    expect(amountLine('1234567.08')).toContain('医疗费用金额:1,234,567.08元(小写)壹佰贰拾叁万肆仟伍佰陆拾柒元零捌分(大写)。');
  });
});

describe('the signer line says who signs in what capacity', () => {
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => (ctx = freshContext()));
  afterEach(() => ctx.cleanup());

  test('a daughter signing the 备案 个人承诺书 (附件1) for her father signs as 代办人, not as 本人', async () => {
    const a = await apps.submit(ctx, { openid: 'o-daughter' }, { requestId: 'req-signer-001', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } });
    expect(a.commitment.signerLine).toBe('承诺人(签名)：张小红（代办人，张大山的子女，代张大山签署）');
  });

  test('the insured person signing for himself signs as 参保人本人', async () => {
    const a = await apps.submit(ctx, { openid: 'o-father' }, {
      requestId: 'req-signer-002',
      content: { type: 'manualReimbursement', principal: father, manualReimbursement: { hospital: '太原市某医院', admissionDate: '2026-03-01', dischargeDate: '2026-03-10', amount: '23800', payee: PAYEE } },
      commitment: { accepted: true, signerName: '张大山' },
    });
    expect(a.commitment.signerLine).toBe('申请人(签名)：张大山（参保人本人）');
  });

  test('the 委托代理人 of 附件3 signs as what the form calls them, with the relation', async () => {
    const a = await apps.submit(ctx, { openid: 'o-daughter' }, {
      requestId: 'req-signer-003',
      content: {
        type: 'manualReimbursement',
        principal: father,
        agent: { name: '张小红', idNumber: '440524198001010013', phone: '13900001234', relation: 'child' },
        manualReimbursement: { hospital: '太原市某医院', admissionDate: '2026-03-01', dischargeDate: '2026-03-10', amount: '23800', payee: PAYEE },
      },
      commitment: { accepted: true, signerName: '张小红' },
    });
    expect(a.commitment.signerLine).toBe('受委托代理人(签名)：张小红（张大山的子女）');
    expect(a.commitment.paragraphs[1]).toContain('医疗费用金额:23,800.00元(小写)贰万叁仟捌佰元整(大写)。');
  });
});
