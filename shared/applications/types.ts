import type { z } from 'zod';
import type { Source } from '../source';
import type { StaffConsoleTerms } from './staff-console';

/**
 * An application type is one module (issue 13): what it asks (its section's schema), what paper it needs, what the
 * signer accepts, how a draft of its section merges and how the section is shown. The lifecycle — draft, submit,
 * staff decision, withdraw, audit (server/applications) — knows only this interface, so a new type is one module
 * plus one registry line, and nothing of it can be dropped on the way by a lifecycle that forgot to ask.
 *
 * Each module also adds its section to the two maps below (TypeScript declaration merging), so the stored content
 * and the view are typed from the modules without a hand-written copy of either.
 *
 * What a type does on the server beyond this — who may file it, what submission prepares, what acceptance records,
 * what staff add when accepting — are its server hooks (server/applications/hooks.ts): they need the store, and this
 * module is also loaded by the mini-program, which must not load server code.
 */

/** Type id → its section as stored, a draft's: every field may still be missing. Each module adds its own entry. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules (declaration merging)
export interface ApplicationSections {}

/** Type id → its section as the applicant and staff see it. Each module adds its own entry. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules (declaration merging)
export interface ApplicationSectionViews {}

export type ApplicationType = Extract<keyof ApplicationSections, string>;

/** One entry of a materials checklist: the documents' own name for it, quoted as printed, and where it is named. */
export interface MaterialItem {
  id: string;
  name: string;
  source: Source;
  /** The name as the source prints it, when the label corrects a typo there (003's "户口薄" for 户口簿). */
  printedAs?: string;
}

/**
 * A form the signer accepts before submitting, full text as data: the paragraphs are the printed words in reading
 * order with the form's blanks as {placeholders}. GLOSSARY: personalCommitment / agentCommitment.
 */
export interface CommitmentForm {
  id: string;
  kind: 'personalCommitment' | 'agentCommitment';
  title: string;
  paragraphs: string[];
  /** Who signs, as the form labels the signature line. */
  signerLabel: string;
  source: Source;
}

/** What a section's view may depend on besides the section: where the application stands. */
export interface SectionViewContext {
  status: string;
  /** The day the application was submitted (or created, for a draft): the date its dated values are read at. */
  filedOn: string;
  viewer: 'applicant' | 'staff';
  /** The types the handling office takes (shared/applications/offices): a 凭证 offers only what that office does. */
  officeTakes?: readonly string[];
}

export interface ApplicationTypeModule<Id extends string = string, Section = unknown, SectionView = unknown> {
  id: Id;
  /** Plain Chinese: "异地就医备案". */
  label: string;
  /** The section as submitted (complete) and as a draft (every part optional, every part present valid). */
  schema: { complete: z.ZodTypeAny; draft: z.ZodType<Section, z.ZodTypeDef, unknown> };
  /** Plain-Chinese names of the section's fields, keyed by path below the section ("kind" → "备案类型"). */
  fieldLabels: Record<string, string>;
  /**
   * The letters its short business number starts with ("SX" → SX-2026-000123): the place whose office handles it,
   * as the type's documents name it. Letters only (A–Z, 2–4), so a number reads out over the phone.
   */
  numberPrefix(section: Section | undefined): string;
  /** What the application is called in a list: a 备案's kind ("异地长期居住人员备案") rather than the type. */
  title?(section: Section | undefined): string | undefined;
  /** Every item this type's checklists can name (an upload names one of these). */
  materialItems: MaterialItem[];
  /** The checklist of one application. */
  checklist(section: Section | undefined, hasAgent: boolean): MaterialItem[];
  /** Every form this type may ask a signer to accept. */
  commitmentForms: CommitmentForm[];
  /** Which form the signer of this application accepts. */
  commitmentFor(hasAgent: boolean): CommitmentForm;
  /** The blanks of the form this section fills (a 手工报销 agent's form names the hospital and the amount). */
  commitmentValues?(section: Section | undefined): Record<string, string>;
  /**
   * A draft's section over the stored one, field by field: a returned application is fixed by sending only what
   * changes. The lifecycle calls this for every type, so a type whose fields it does not know cannot lose them.
   */
  mergeDraft(before: Section | undefined, draft: Section): Section;
  /**
   * Paths below the section kept sealed at rest ("payee.account"), each with how its value is masked for display: the
   * lifecycle (server/applications/content.ts) seals what a draft types there and opens it only to check a submission.
   * Every view gets the SealedText (shared/applications/sealed.ts), whose masked form is all it may show.
   */
  sealed?: Record<string, (plain: string) => string>;
  /** The section as the applicant sees it (labels beside the ids, amounts in words, what is in force). */
  view(section: Section, ctx: SectionViewContext): SectionView;
  /** What staff see, when it differs from what the applicant sees (the default is the same view). */
  staffView?(section: Section, ctx: SectionViewContext): SectionView;
  /**
   * What the section asks that the lifecycle must be told: 变更/取消备案 exist only for a type that stays in force
   * once accepted.
   */
  staysInForce?: boolean;
  /** What the staff console offers for this type: return reasons, who accepts, words for coded values. */
  staffConsole?: StaffConsoleTerms;
}

