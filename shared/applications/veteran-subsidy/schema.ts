import { z } from 'zod';
import { amount, isAmount, isoDate, typedText } from '../../schemas/common';
import { Money } from '../../money';
import type { ExclusionId } from '../../schemas/veteran';
import type { ClaimVocabulary } from '../../veteran/vocabulary';
import { checkStay } from '../stay';

/**
 * The 非一站式 claim's section, built from the words of the regions that offer it (./terms.ts): the 结算单 (which
 * form, and its figures the subsidy is computed from) for a stay in a hospital outside the county, and the region's
 * questions of what is not covered (`exclusions`, keyed by its question ids; any "yes" stops the claim). A region's
 * document that names an approval form but prints none of its boxes (the township station fills it in) adds nothing.
 */
function fields(terms: readonly ClaimVocabulary[]) {
  const forms = [...new Set(terms.flatMap((t) => t.sheetForms.map((f) => f.id)))];
  const ids = [...new Set(terms.flatMap((t) => t.questions.map((q) => q.id)))];
  return {
    hospital: typedText({ max: 60 }),
    admissionDate: isoDate,
    dischargeDate: isoDate,
    totalCost: amount.optional(),
    inScopeSelfPay: amount,
    outOfScope: amount.optional(),
    personalAccountPaid: amount.optional(),
    settlementSheet: z.enum(forms as [string, ...string[]]),
    exclusions: z
      .object(Object.fromEntries(ids.map((id) => [id, z.boolean({ invalid_type_error: '须填 true 或 false' }).optional()])) as Record<
        ExclusionId,
        z.ZodOptional<z.ZodBoolean>
      >)
      .strict()
      .optional(),
  };
}

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

/**
 * The section as submitted and as a draft, and the figures of an estimate before filing (which form of the 结算单 is
 * brought does not change the amount), for the regions whose words are given: every region offering the claim for
 * the application type, the veteran's own region for the claim page.
 */
export function claimSchemas(terms: readonly ClaimVocabulary[]) {
  const f = fields(terms);
  return {
    complete: z.object(f).strict().superRefine(checkClaim),
    draft: z.object(f).partial().strict().superRefine(checkClaim),
    figures: z
      .object({ ...f, settlementSheet: f.settlementSheet.optional() })
      .strict()
      .superRefine(checkClaim),
  };
}

export type SubsidySection = z.output<ReturnType<typeof claimSchemas>['draft']>;

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
