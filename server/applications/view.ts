import { applicationOffice, regionOffices } from '../../shared/applications/offices';
import type { ApplicationRecord, AuditEntry, MaterialRecord, StoredAgent, StoredPerson } from '../store/types';
import type { Identity } from './context';
import { STATUS_LABELS } from './status';
import { sectionOf } from './content';
import { hooksOf } from './types';
import { maskPhone } from '../../shared/phone';
import { relationLabel } from '../../shared/filing/relations';
import { applicationType, applicationTypeModules } from '../../shared/applications/registry';
import { renderCommitment } from '../../shared/applications/commitment';
import { signerLine } from '../../shared/applications/signer';
import type { SectionViewContext } from '../../shared/applications/types';
import { citationText } from '../../shared/source';
import type { AgentView, ApplicationSummary, ApplicationView, PersonView, SectionViews } from '../../shared/contract/applications';

/**
 * What a service returns (the wire types are shared/contract/applications.ts). Built only from stored (sealed)
 * records, so an unmasked ID number cannot reach a response. Each type's section is shown by its module.
 */
export type { PersonView, AgentView, ApplicationSummary, ApplicationView } from '../../shared/contract/applications';

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
  const module = applicationType(r.type);
  const what = module.title?.(sectionOf(r.content)) ?? module.label;
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
    typeLabel: applicationType(r.type).label,
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    myRole: roleOf(r, identity),
    principal: person(r.content.principal),
    agent: agent(r.content.agent),
    title: title(r),
    decisionReason: r.decisionReason,
    returnConcerns: r.returnConcerns ?? null,
    number: r.number ?? null,
    office: applicationOffice(r.office),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
  };
}

/** What the handling office takes (a 巴中 经办中心 takes no 手工报销); undefined where no office is named. */
export function officeTakes(r: Pick<ApplicationRecord, 'office'>): readonly string[] | undefined {
  return r.office ? regionOffices(r.office.region)?.takes : undefined;
}

/**
 * Every registered type's key, null but the record's own: its section as its module shows it, with what the type's
 * server hooks add (a 补助 claim's estimate and payment).
 */
function sectionViews(r: ApplicationRecord, viewer: SectionViewContext['viewer']): SectionViews {
  const ctx: SectionViewContext = { status: r.status, filedOn: (r.submittedAt ?? r.createdAt).slice(0, 10), viewer, officeTakes: officeTakes(r) };
  const out: Record<string, unknown> = {};
  for (const m of applicationTypeModules()) {
    const section = m.id === r.type ? sectionOf(r.content) : undefined;
    if (!section) {
      out[m.id] = null;
      continue;
    }
    const shown = viewer === 'staff' && m.staffView ? m.staffView(section, ctx) : m.view(section, ctx);
    const hooks = hooksOf(m.id);
    out[m.id] = hooks?.decorateView ? hooks.decorateView(r, shown) : shown;
  }
  return out as SectionViews;
}

export function fullView(
  r: ApplicationRecord,
  identity: Identity | 'staff',
  auditTrail: AuditEntry[],
  materials: MaterialRecord[],
): ApplicationView {
  const c = r.content;
  const module = applicationType(r.type);
  const form = module.commitmentFor(Boolean(c.agent));
  const checklist = module.checklist(sectionOf(c), Boolean(c.agent));
  const filled = renderCommitment(form, {
    ...(c.agent?.name ? { agentName: c.agent.name } : {}),
    ...(c.agent?.relation ? { relation: relationLabel(c.agent.relation) } : {}),
    ...(c.principal?.name ? { principalName: c.principal.name } : {}),
    ...module.commitmentValues?.(sectionOf(c)),
    // Masked even here: the form shown back is a receipt, not a place to read the number from.
    ...(c.principal?.idNumber ? { principalIdNumber: c.principal.idNumber.masked } : {}),
    ...(c.agent?.idNumber ? { agentIdNumber: c.agent.idNumber.masked } : {}),
    ...(c.agent?.phone ? { agentPhone: maskPhone(c.agent.phone) } : {}),
  });
  return {
    ...summaryView(r, identity),
    ...sectionViews(r, identity === 'staff' ? 'staff' : 'applicant'),
    commitment: {
      formId: form.id,
      title: form.title,
      kind: form.kind,
      signerLabel: form.signerLabel,
      signerLine: signerLine(form, {
        hasAgent: Boolean(c.agent),
        principalName: c.principal?.name,
        agentName: c.agent?.name,
        relationLabel: c.agent?.relation ? relationLabel(c.agent.relation) : undefined,
      }),
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
