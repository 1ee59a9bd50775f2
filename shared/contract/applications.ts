import type { ApplicationOffice } from './staff';
import type { ApplicationSectionViews, ApplicationType } from '../applications/types';

/**
 * Wire types of the applications function: what the mini-program receives. Built only from stored (sealed) records,
 * so an unmasked ID number cannot reach a response: persons carry `idNumberMasked` and a masked phone, never the
 * ciphertext or the hash. The server (server/applications) builds these; the client imports them from here.
 */

/**
 * Status is stored as text, so adding a status needs no migration. 'cancelled' is an accepted 异地就医备案 ended by
 * the person (取消备案) or by the acceptance of the filing that replaces it (变更备案).
 */
export type ApplicationStatus = 'draft' | 'submitted' | 'accepted' | 'returned' | 'rejected' | 'withdrawn' | 'cancelled';

export type AuditAction = 'create' | 'update' | 'submit' | 'withdraw' | 'accept' | 'return' | 'reject' | 'upload' | 'cancel';

/** A page of a list: the items, the total, and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

export interface PersonView {
  name?: string;
  idNumberMasked?: string;
  phoneMasked?: string;
}

export interface AgentView extends PersonView {
  relation?: string;
  relationLabel?: string;
}

export interface ApplicationSummary {
  id: string;
  type: ApplicationType;
  typeLabel: string;
  status: ApplicationStatus;
  statusLabel: string;
  /** filer: I filed it; principal: it was filed for me. */
  myRole: 'filer' | 'principal' | 'staff';
  principal: PersonView;
  agent: AgentView | null;
  title: string;
  decisionReason: string | null;
  /** What the 退回 (or 不予受理) names beside its reason: form field paths and checklist item ids; null when nothing. */
  returnConcerns: { fields: string[]; materials: string[] } | null;
  /** The short business number ("SX-2026-000123"); null on a record made before numbers existed (show the id). */
  number: string | null;
  /** The office that handles it ("巴中市 通江县"): a filing's 参保地, a claim's 乡镇; null when not known yet. */
  office: ApplicationOffice | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

/** Each type's section as its module shows it (shared/applications), under the type's id; null for the others. */
export type SectionViews = { [T in ApplicationType]: (T extends keyof ApplicationSectionViews ? ApplicationSectionViews[T] : unknown) | null };

export interface ApplicationDetails {
  commitment: {
    formId: string;
    title: string;
    kind: string;
    signerLabel: string;
    /**
     * Who signs, and in what capacity: "承诺人(签名)：王丽（代办人，王大山的子女，代王大山签署）". A form written for the
     * insured person (the 备案 个人承诺书) signed by an agent says so, instead of reading as if she were the 本人.
     */
    signerLine: string;
    paragraphs: string[];
    source: string;
    signerName?: string;
    signedAt?: string;
  };
  materials: { item: string; name: string; source: string; uploaded: { id: string; mime: string; size: number; uploadedAt: string }[] }[];
  missingMaterials: string[];
  timeline: { at: string; who: string; action: AuditAction; fromStatus: string | null; toStatus: string; statusLabel: string; note: string }[];
  /** 变更备案: the id of the accepted filing this one replaces once accepted. */
  replaces: string | null;
  /** A cancelled 备案: when, the person's reason (or "已由新备案替代"), and the filing that replaced it. */
  cancellation: { at: string; reason: string | null; replacedBy: string | null } | null;
}

export type ApplicationView = ApplicationSummary & SectionViews & ApplicationDetails;

/** One uploaded photo of a checklist item. */
export interface MaterialView {
  id: string;
  item: string;
  name: string;
  mime: 'image/jpeg' | 'image/png';
  size: number;
  uploadedAt: string;
}
