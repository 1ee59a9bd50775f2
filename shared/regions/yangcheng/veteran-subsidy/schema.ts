import { z } from 'zod';
import { amount, isAmount, isoDate, typedText } from '../../../schemas/common';
import { Money } from '../../../money';
import { checkStay } from '../../../applications/stay';
import { CLAIM_EXCLUSION_IDS, SETTLEMENT_SHEET_FORMS } from './procedure';

/**
 * 000 第六条 非一站式: "优抚对象凭医疗机构医保结算单原件或复印件加盖医疗机构印章…填写《医疗补助审批表》". The 细则
 * names the 审批表 but prints none of its boxes, so the claim carries only what the article names — the 结算单 (which
 * form, and its figures the subsidy is computed from) for a stay in a hospital outside the county — and the
 * township station fills in the 审批表. `exclusions` are 第十一条's questions; any "yes" stops the claim.
 */
const fields = {
  hospital: typedText({ max: 60 }),
  admissionDate: isoDate,
  dischargeDate: isoDate,
  totalCost: amount.optional(),
  inScopeSelfPay: amount,
  outOfScope: amount.optional(),
  personalAccountPaid: amount.optional(),
  settlementSheet: z.enum(SETTLEMENT_SHEET_FORMS),
  exclusions: z
    .object(Object.fromEntries(CLAIM_EXCLUSION_IDS.map((id) => [id, z.boolean({ invalid_type_error: '须填 true 或 false' }).optional()])) as Record<
      (typeof CLAIM_EXCLUSION_IDS)[number],
      z.ZodOptional<z.ZodBoolean>
    >)
    .strict()
    .optional(),
};

type SheetFigures = { totalCost?: string; inScopeSelfPay?: string; outOfScope?: string; personalAccountPaid?: string };

/** The 结算单's own arithmetic: the compliant remainder and the out-of-list part are both parts of the total. */
function checkSheet(v: SheetFigures, ctx: z.RefinementCtx): void {
  const m = (a: string | undefined) => (isAmount(a) ? new Money(a) : undefined);
  const [total, inScope, outOf, account] = [m(v.totalCost), m(v.inScopeSelfPay), m(v.outOfScope), m(v.personalAccountPaid)];
  if (total && inScope && inScope.plus(outOf ?? 0).greaterThan(total)) {
    ctx.addIssue({ code: 'custom', message: '报销后的合规部分与目录外费用之和不能多于医疗总费用', path: ['inScopeSelfPay'] });
  }
  if (account && inScope && account.greaterThan(inScope)) {
    ctx.addIssue({ code: 'custom', message: '个人账户支付的部分不能多于报销后的合规部分', path: ['personalAccountPaid'] });
  }
}

function checkClaim(v: SheetFigures & { admissionDate?: string; dischargeDate?: string }, ctx: z.RefinementCtx): void {
  checkStay(v, ctx);
  checkSheet(v, ctx);
}

export const subsidySection = z.object(fields).strict().superRefine(checkClaim);
export const subsidyDraft = z.object(fields).partial().strict().superRefine(checkClaim);
export type SubsidySection = z.output<typeof subsidyDraft>;

/** The same figures for an estimate before filing: which form of the 结算单 is brought does not change the amount. */
export const veteranClaimFigures = z
  .object({ ...fields, settlementSheet: fields.settlementSheet.optional() })
  .strict()
  .superRefine(checkClaim);

export const SUBSIDY_FIELD_LABELS: Record<string, string> = {
  hospital: '住院的医疗机构（县外）',
  admissionDate: '入院日期',
  dischargeDate: '出院结算日期',
  totalCost: '医保结算单：医疗总费用',
  inScopeSelfPay: '医保结算单：医保、大病保险、医疗救助报销后的合规部分',
  outOfScope: '医保结算单：目录外费用（个人自费）',
  personalAccountPaid: '医保结算单：个人医保账户支付',
  settlementSheet: '医保结算单（原件或加盖医疗机构印章的复印件）',
  exclusions: '不予补助情形',
};
