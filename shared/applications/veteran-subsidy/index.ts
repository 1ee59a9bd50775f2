import type { ApplicationTypeModule, CommitmentForm, MaterialItem } from '../types';
import { claimSchemas, SUBSIDY_FIELD_LABELS, type SubsidySection } from './schema';
import { claimRegions, soleClaimTerms } from './terms';
import { veteranSubsidyAcceptedBy, veteranSubsidyReturnTemplates } from './return-templates';

export type { SubsidySection } from './schema';

/**
 * 优抚对象 非一站式 住院医疗补助 (GLOSSARY: veteranSubsidy): a 结算单 of a stay outside the county, handed in through
 * the township station, where a region's document sets that procedure. Generic: the region's words (the paper, the
 * questions, the signer's articles, the approval form) are its manifest's `veteran.claim` (./terms.ts). The server's
 * part — who may file it, the estimate against the ledger, the ledger entry on acceptance — plugs into the lifecycle
 * as hooks (server/veteran/subsidy-type.ts).
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

declare module '../types' {
  interface ApplicationSections {
    veteranSubsidy: SubsidySection;
  }
  interface ApplicationSectionViews {
    veteranSubsidy: SubsidyView;
  }
}

const ALL_TERMS = claimRegions().map((r) => r.terms);
const SCHEMAS = claimSchemas(ALL_TERMS);

/** The estimate's figures, as every region offering the claim accepts them (subsidy.estimateClaim). */
export const veteranClaimFigures = SCHEMAS.figures;

function byId<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

const MATERIALS: MaterialItem[] = byId(ALL_TERMS.map((t) => t.settlementSheet));
const FORMS: CommitmentForm[] = byId(ALL_TERMS.map((t) => t.declaration));
const SHEET_LABELS = new Map(ALL_TERMS.flatMap((t) => t.sheetForms.map((f) => [f.id, f.label] as const)));

export const veteranSubsidy: ApplicationTypeModule<'veteranSubsidy', SubsidySection, SubsidyView> = {
  id: 'veteranSubsidy',
  label: '优抚对象非一站式住院医疗补助',
  schema: { complete: SCHEMAS.complete, draft: SCHEMAS.draft },
  fieldLabels: { '': '住院医疗补助申请信息', ...SUBSIDY_FIELD_LABELS },
  // The region's own letters, from its manifest (`veteran.claim.numberPrefix`).
  numberPrefix: () => soleClaimTerms().numberPrefix,
  materialItems: MATERIALS,
  // The document names one paper and nothing for an agent.
  checklist: () => [soleClaimTerms().settlementSheet],
  commitmentForms: FORMS,
  commitmentFor: () => soleClaimTerms().declaration,
  /** The exclusion answers merge one by one, like the figures: answering one question keeps the others. */
  mergeDraft(before, draft) {
    const { exclusions, ...figures } = draft;
    const out: SubsidySection = { ...before, ...figures };
    if (exclusions) out.exclusions = { ...before?.exclusions, ...exclusions };
    return out;
  },
  view: (s) => ({
    ...s,
    ...(s.settlementSheet ? { settlementSheetLabel: SHEET_LABELS.get(s.settlementSheet) } : {}),
    estimate: null,
    paid: null,
    approvalForm: soleClaimTerms().approvalForm.note,
  }),
  staffConsole: { returnTemplates: veteranSubsidyReturnTemplates, acceptedBy: veteranSubsidyAcceptedBy },
};
