import type { ApplicationRecord, AuditEntry, MaterialRecord, StoredAgent, StoredPerson } from '../store/types';
import type { Identity } from './context';
import { STATUS_LABELS } from './status';
import { maskPhone } from '../../shared/phone';
import { rmbUppercase } from '../../shared/rmb';
import { isAmount } from '../../shared/schemas/common';
import { APPLICATION_TYPE_LABELS, REMOTE_FILING_KIND_INFO } from '../../shared/filing/kinds';
import { relationLabel } from '../../shared/filing/relations';
import { materialsChecklist, MaterialItem } from '../../shared/filing/materials';
import { commitmentFormFor, renderCommitment } from '../../shared/filing/commitments';
import { longTermFilingValidity, temporaryFilingValidity, NOT_DOCUMENTED } from '../../shared/filing/validity';
import { citationText } from '../../shared/source';
import { APPROVAL_FORM, SETTLEMENT_SHEET_LABELS } from '../../shared/filing/veteran-subsidy';

/**
 * What a service returns. Built only from stored (sealed) records, so an unmasked ID number cannot reach a
 * response: persons carry `idNumberMasked` and a masked phone, never the ciphertext or the hash.
 */
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
  type: ApplicationRecord['type'];
  typeLabel: string;
  status: ApplicationRecord['status'];
  statusLabel: string;
  /** filer: I filed it; principal: it was filed for me. */
  myRole: 'filer' | 'principal' | 'staff';
  principal: PersonView;
  agent: AgentView | null;
  title: string;
  decisionReason: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface ApplicationView extends ApplicationSummary {
  remoteFiling: (NonNullable<ApplicationRecord['content']['remoteFiling']> & { kindLabel?: string; term?: string; validity?: string }) | null;
  manualReimbursement: (NonNullable<ApplicationRecord['content']['manualReimbursement']> & { amountUppercase?: string }) | null;
  /**
   * 优抚 非一站式 住院医疗补助: the 结算单 figures as filed, the amount estimated at submission against the ledger,
   * the window it will be handled in, and — once accepted — what the ledger recorded.
   */
  veteranSubsidy:
    | (NonNullable<ApplicationRecord['content']['veteranSubsidy']> & {
        settlementSheetLabel?: string;
        estimate: (NonNullable<ApplicationRecord['subsidyClaim']>['estimate'] & { subsidyUppercase: string; windowLabel: string | null }) | null;
        paid: { amount: string; date: string } | null;
        approvalForm: string;
      })
    | null;
  commitment: { formId: string; title: string; kind: string; signerLabel: string; paragraphs: string[]; source: string; signerName?: string; signedAt?: string };
  materials: { item: MaterialItem['id']; name: string; source: string; uploaded: { id: string; mime: string; size: number; uploadedAt: string }[] }[];
  missingMaterials: string[];
  timeline: { at: string; who: string; action: AuditEntry['action']; fromStatus: string | null; toStatus: string; statusLabel: string; note: string }[];
  /** 变更备案: the id of the accepted filing this one replaces once accepted. */
  replaces: string | null;
  /** A cancelled 备案: when, the person's reason (or "已由新备案替代"), and the filing that replaced it. */
  cancellation: { at: string; reason: string | null; replacedBy: string | null } | null;
}

function person(p: StoredPerson | undefined): PersonView {
  return {
    ...(p?.name !== undefined ? { name: p.name } : {}),
    ...(p?.idNumber ? { idNumberMasked: p.idNumber.masked } : {}),
    ...(p?.phone ? { phoneMasked: maskPhone(p.phone) } : {}),
  };
}

function agent(a: StoredAgent | undefined): AgentView | null {
  if (!a) return null;
  return { ...person(a), ...(a.relation ? { relation: a.relation, relationLabel: relationLabel(a.relation) } : {}) };
}

function title(r: ApplicationRecord): string {
  const kind = r.content.remoteFiling?.kind;
  const what = r.type === 'remoteFiling' && kind ? REMOTE_FILING_KIND_INFO[kind].label : APPLICATION_TYPE_LABELS[r.type];
  const who = r.content.principal?.name;
  return who ? `${who}的${what}` : what;
}

function roleOf(r: ApplicationRecord, identity: Identity | 'staff'): ApplicationSummary['myRole'] {
  if (identity === 'staff') return 'staff';
  return r.filerOpenid === identity.openid ? 'filer' : 'principal';
}

export function summaryView(r: ApplicationRecord, identity: Identity | 'staff'): ApplicationSummary {
  return {
    id: r.id,
    type: r.type,
    typeLabel: APPLICATION_TYPE_LABELS[r.type],
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    myRole: roleOf(r, identity),
    principal: person(r.content.principal),
    agent: agent(r.content.agent),
    title: title(r),
    decisionReason: r.decisionReason,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
  };
}

function veteranSubsidyView(r: ApplicationRecord): NonNullable<ApplicationView['veteranSubsidy']> {
  const v = r.content.veteranSubsidy!;
  const estimate = r.subsidyClaim?.estimate;
  const month = estimate?.nextApplicationMonth ?? null;
  return {
    ...v,
    ...(v.settlementSheet ? { settlementSheetLabel: SETTLEMENT_SHEET_LABELS[v.settlementSheet] } : {}),
    estimate: estimate
      ? {
          ...estimate,
          subsidyUppercase: rmbUppercase(estimate.subsidy),
          windowLabel: month ? `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月` : null,
        }
      : null,
    paid: r.subsidyClaim?.paid ? { amount: r.subsidyClaim.paid.amount, date: r.subsidyClaim.paid.date } : null,
    approvalForm: APPROVAL_FORM.note,
  };
}

function validityText(term: 'longTerm' | 'temporary', date: string): string {
  const p = term === 'longTerm' ? longTermFilingValidity : temporaryFilingValidity;
  const first = p.dates[0];
  return p.values[p.dates.filter((d) => d <= date).pop() ?? first]?.value ?? NOT_DOCUMENTED;
}

/**
 * What 有效期 says for this filing now. Accepted long-term: in force until changed or cancelled — the app's state rule
 * (issue 4), the documents giving no end date (validity.ts) — with the documented value beside it. A temporary
 * filing's period is the parameter's value. A cancelled filing is no longer in force.
 */
function filingValidity(r: ApplicationRecord, term: 'longTerm' | 'temporary'): string {
  if (r.status === 'cancelled') return '已取消，不再有效';
  const documented = validityText(term, (r.submittedAt ?? r.createdAt).slice(0, 10));
  if (r.status === 'accepted' && term === 'longTerm') return `${LONG_TERM_IN_FORCE}（${documented}）`;
  return documented;
}

export const LONG_TERM_IN_FORCE = '长期有效，变更或取消前一直有效';

export function fullView(
  r: ApplicationRecord,
  identity: Identity | 'staff',
  auditTrail: AuditEntry[],
  materials: MaterialRecord[],
): ApplicationView {
  const c = r.content;
  const kind = c.remoteFiling?.kind;
  const mr = c.manualReimbursement;
  const form = commitmentFormFor(r.type, Boolean(c.agent));
  const checklist = materialsChecklist(r.type, kind, Boolean(c.agent));
  const amountUppercase = mr?.amount && isAmount(mr.amount) ? rmbUppercase(mr.amount) : undefined;
  const filled = renderCommitment(form, {
    ...(c.agent?.name ? { agentName: c.agent.name } : {}),
    ...(c.agent?.relation ? { relation: relationLabel(c.agent.relation) } : {}),
    ...(c.principal?.name ? { principalName: c.principal.name } : {}),
    ...(mr?.hospital ? { hospital: mr.hospital } : {}),
    ...(mr?.admissionDate ? { admissionDate: mr.admissionDate } : {}),
    ...(mr?.dischargeDate ? { dischargeDate: mr.dischargeDate } : {}),
    ...(mr?.amount ? { amount: mr.amount } : {}),
    ...(amountUppercase ? { amountUppercase } : {}),
    // Masked even here: the form shown back is a receipt, not a place to read the number from.
    ...(c.principal?.idNumber ? { principalIdNumber: c.principal.idNumber.masked } : {}),
    ...(c.agent?.idNumber ? { agentIdNumber: c.agent.idNumber.masked } : {}),
    ...(c.agent?.phone ? { agentPhone: maskPhone(c.agent.phone) } : {}),
  });
  return {
    ...summaryView(r, identity),
    remoteFiling: c.remoteFiling
      ? {
          ...c.remoteFiling,
          ...(kind
            ? {
                kindLabel: REMOTE_FILING_KIND_INFO[kind].label,
                term: REMOTE_FILING_KIND_INFO[kind].term === 'longTerm' ? '长期备案' : '临时备案',
                validity: filingValidity(r, REMOTE_FILING_KIND_INFO[kind].term),
              }
            : {}),
        }
      : null,
    manualReimbursement: mr ? { ...mr, ...(amountUppercase ? { amountUppercase } : {}) } : null,
    veteranSubsidy: c.veteranSubsidy ? veteranSubsidyView(r) : null,
    commitment: {
      formId: form.id,
      title: form.title,
      kind: form.kind,
      signerLabel: form.signerLabel,
      paragraphs: filled,
      source: citationText(form.source),
      ...(r.commitment ? { signerName: r.commitment.signerName, signedAt: r.commitment.signedAt } : {}),
    },
    materials: checklist.map((m) => ({
      item: m.id,
      name: m.name,
      source: citationText(m.source),
      uploaded: materials
        .filter((u) => u.item === m.id)
        .map((u) => ({ id: u.id, mime: u.mime, size: u.size, uploadedAt: u.uploadedAt })),
    })),
    missingMaterials: checklist.filter((m) => !materials.some((u) => u.item === m.id)).map((m) => m.name),
    timeline: auditTrail.map((e) => ({
      at: e.at,
      // An applicant's openid is an internal id; the timeline says 申请人 or names the staff member.
      who: e.actor.role === 'staff' ? `经办人 ${e.actor.id}` : identity !== 'staff' && e.actor.id === identity.openid ? '我' : '申请人',
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      statusLabel: STATUS_LABELS[e.toStatus],
      note: e.note,
    })),
    replaces: r.replaces ?? null,
    cancellation: r.cancellation ?? null,
  };
}
