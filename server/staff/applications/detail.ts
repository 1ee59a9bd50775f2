import type { AppContext } from '../../applications/context';
import type { ApplicationRecord } from '../../store/types';
import type { StaffApplicationDetail, StaffMaterialImage } from '../../../shared/contract/staff';
import { viewOf } from '../../applications/queries';
import { hooksOf } from '../../applications/types';
import { materialItems } from '../../../shared/applications/registry';
import { applicationOffice } from '../../../shared/applications/offices';
import { percent, yuan } from '../../../shared/money';
import { type StaffActor } from './scope';
import { chinaTimeText } from './china-time';
import { DOCUMENT_KINDS } from '../../documents';
import { documentRefusal } from '../../documents/registry';
import { labelledFields } from './fields';
import { DECIDING_ROLES, decisionRefusal } from './roles';

/** GET path of a material's bytes, authorised by the session (materials.ts). */
export const materialUrl = (id: string) => `/staff/api/materials/${encodeURIComponent(id)}`;

/** The estimate stored with the application at submission (a 优抚 claim's, against the ledger then), as lines. */
function estimateOf(r: ApplicationRecord): StaffApplicationDetail['estimate'] {
  const claim = r.subsidyClaim;
  if (!claim) return null;
  const e = claim.estimate;
  const lines: { label: string; amount: string; note?: string }[] = [
    { label: '测算补助金额', amount: yuan(e.subsidy), note: `补助比例 ${percent(e.ratio)}` },
    { label: `${claim.year} 年提交时已登记的住院医疗补助`, amount: yuan(e.paidBefore) },
    { label: '年最高限额', amount: e.annualCap === null ? '不设限额' : yuan(e.annualCap) },
    ...(e.remainingCap === null ? [] : [{ label: '本次补助后年限额剩余', amount: yuan(e.remainingCap) }]),
    ...(claim.paid ? [{ label: '受理时登记的补助', amount: yuan(claim.paid.amount), note: `${claim.paid.date} 由 ${claim.paid.staff} 登记` }] : []),
    ...(hooksOf(r.type)?.estimateSteps?.(r) ?? []),
  ];
  const when = e.nextApplicationMonth ? `；办理月份 ${e.nextApplicationMonth.slice(0, 4)} 年 ${Number(e.nextApplicationMonth.slice(5))} 月` : '';
  return { summary: `提交时（${chinaTimeText(e.at)}）按台账测算补助 ${yuan(e.subsidy)}，规则版本 ${e.ruleset.version}${when}`, lines };
}

/** What accepting asks for, from the type's hooks (server/applications/hooks.ts acceptExtras). */
function acceptExtrasOf(r: ApplicationRecord, warnings: { confirm: boolean }[]): StaffApplicationDetail['acceptExtras'] {
  const extras = hooksOf(r.type)?.acceptExtras ?? {};
  const out: StaffApplicationDetail['acceptExtras'] = [];
  if (extras.amount !== undefined) out.push({ field: 'amount', label: '核定补助金额（元；不填则按受理时的台账测算）', required: false });
  if (extras.confirmDuplicate !== undefined) {
    // Required only when the same stay is already paid; acceptance then refuses without it (server/veteran/duplicates.ts).
    out.push({ field: 'confirmDuplicate', label: '确认受理可能重复的补助：核对结算单后写明理由', required: warnings.some((w) => w.confirm) });
  }
  return out;
}

/** One application as a staff member in its scope sees it (the caller has checked the scope). */
export async function staffDetail(ctx: AppContext, actor: StaffActor, r: ApplicationRecord): Promise<StaffApplicationDetail> {
  const [view, stored, warnings] = await Promise.all([
    viewOf(ctx, r, 'staff'),
    ctx.store.listMaterials(r.id),
    hooksOf(r.type)?.duplicateWarnings?.(ctx.store, r) ?? Promise.resolve([]),
  ]);
  const items = materialItems();
  const materials: StaffMaterialImage[] = stored.map((m) => ({
    id: m.id,
    item: m.item,
    name: items[m.item]?.name ?? m.item,
    mime: m.mime,
    size: m.size,
    uploadedAt: m.uploadedAt,
    url: materialUrl(m.id),
  }));
  const waiting = r.status === 'submitted';
  const acceptRefusal = decisionRefusal(actor.role, r.type, 'accept');
  const deciding = DECIDING_ROLES.includes(actor.role);
  const notes = waiting && deciding && acceptRefusal ? [acceptRefusal] : [];
  return {
    application: view,
    office: applicationOffice(r.office),
    fields: labelledFields(r, (view as unknown as Record<string, unknown>)[r.type]),
    materials,
    estimate: estimateOf(r),
    duplicateWarnings: warnings.map((w) => w.text),
    can: {
      accept: waiting && acceptRefusal === null,
      return: waiting && decisionRefusal(actor.role, r.type, 'return') === null,
      reject: waiting && decisionRefusal(actor.role, r.type, 'reject') === null,
      reveal: deciding && Boolean(r.content.principal?.idNumber || r.content.agent?.idNumber),
    },
    acceptExtras: waiting ? acceptExtrasOf(r, warnings) : [],
    submittedAtText: r.submittedAt ? chinaTimeText(r.submittedAt) : null,
    timeline: view.timeline.map((t) => ({ ...t, atText: chinaTimeText(t.at) })),
    notes,
    documents: DOCUMENT_KINDS.filter((k) => documentRefusal(r, k) === null),
  };
}
