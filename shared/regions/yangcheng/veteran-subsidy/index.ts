import type { ApplicationTypeModule } from '../../../applications/types';
import { APPROVAL_FORM, SETTLEMENT_SHEET_LABELS } from './procedure';
import { SETTLEMENT_SHEET_ITEM } from './materials';
import { SUBSIDY_DECLARATION } from './commitment';
import { subsidyDraft, subsidySection, SUBSIDY_FIELD_LABELS, type SubsidySection } from './schema';

/**
 * 优抚对象 非一站式 住院医疗补助 (000 第六条; GLOSSARY: veteranSubsidy), the county's own program: a 结算单 of a stay
 * outside the county, handed in through the township station. The server's part — who may file it, the estimate
 * against the ledger, the ledger entry on acceptance — plugs into the lifecycle as hooks (server/veteran/subsidy-type.ts).
 */
export interface SubsidyEstimateView {
  subsidy: string;
  ratio: string;
  annualCap: string | null;
  paidBefore: string;
  remainingCap: string | null;
  nextApplicationMonth: string | null;
  ruleset: { version: string; paramsHash: string };
  at: string;
  subsidyUppercase: string;
  windowLabel: string | null;
}

/**
 * The 结算单 figures as filed, the amount estimated at submission against the ledger, the window it will be handled
 * in, and — once accepted — what the ledger recorded (the last two filled by the server's hooks).
 */
export type SubsidyView = SubsidySection & {
  settlementSheetLabel?: string;
  estimate: SubsidyEstimateView | null;
  paid: { amount: string; date: string } | null;
  approvalForm: string;
};

declare module '../../../applications/types' {
  interface ApplicationSections {
    veteranSubsidy: SubsidySection;
  }
  interface ApplicationSectionViews {
    veteranSubsidy: SubsidyView;
  }
}

export const veteranSubsidy: ApplicationTypeModule<'veteranSubsidy', SubsidySection, SubsidyView> = {
  id: 'veteranSubsidy',
  label: '优抚对象非一站式住院医疗补助',
  schema: { complete: subsidySection, draft: subsidyDraft },
  fieldLabels: { '': '住院医疗补助申请信息', ...SUBSIDY_FIELD_LABELS },
  materialItems: [SETTLEMENT_SHEET_ITEM],
  checklist: () => [SETTLEMENT_SHEET_ITEM],
  commitmentForms: [SUBSIDY_DECLARATION],
  commitmentFor: () => SUBSIDY_DECLARATION,
  /** The 第十一条 answers merge one by one, like the figures: answering one question keeps the others. */
  mergeDraft(before, draft) {
    const { exclusions, ...figures } = draft;
    const out: SubsidySection = { ...before, ...figures };
    if (exclusions) out.exclusions = { ...before?.exclusions, ...exclusions };
    return out;
  },
  view: (s) => ({
    ...s,
    ...(s.settlementSheet ? { settlementSheetLabel: SETTLEMENT_SHEET_LABELS[s.settlementSheet] } : {}),
    estimate: null,
    paid: null,
    approvalForm: APPROVAL_FORM.note,
  }),
};
