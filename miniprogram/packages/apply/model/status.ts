import type { ApplicationSummary, ApplicationView } from '../../../../shared/contract/applications';
import { emptyDraft, FILED_HERE, splitDate, type ApplyDraft, type ApplyType } from './draft';

/**
 * 我的申请 and one application's page: the status in words and colour, the timeline (the audit trail), and what the
 * person may do now — fix and resubmit a returned application, go on with a draft, withdraw before acceptance.
 */
export type Status = ApplicationSummary['status'];
export type Tone = 'draft' | 'pending' | 'ok' | 'warn' | 'bad' | 'closed';

const TONES: Record<Status, Tone> = {
  draft: 'draft',
  submitted: 'pending',
  accepted: 'ok',
  returned: 'warn',
  rejected: 'bad',
  withdrawn: 'closed',
  cancelled: 'closed',
};

export function toneOf(status: string): Tone {
  return (TONES as Record<string, Tone>)[status] ?? 'pending';
}

/** What happens next, in a line, for each status. */
const NEXT: Record<Status, string> = {
  draft: '还没有提交。填完、签好承诺书后提交。',
  submitted: '已交给参保地经办机构，等待受理。受理前可以撤回。',
  accepted: '经办机构已受理。',
  returned: '经办机构退回了申请，请按下面的原因修改后重新提交。',
  rejected: '经办机构不予受理，原因见下面。如有疑问请联系参保地经办机构。',
  withdrawn: '已撤回，不会再办理。如需办理请重新申请。',
  cancelled: '已取消备案，不再有效。以后需要异地就医时请重新备案。',
};

export function nextStepText(status: string): string {
  return (NEXT as Record<string, string>)[status] ?? '';
}

/** China time, to the minute: "2026-11-23 14:05". The server stores UTC instants. */
export function chinaTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Withdrawal is open before acceptance (server/applications/status.ts). */
export function canWithdraw(status: string): boolean {
  return status === 'draft' || status === 'submitted' || status === 'returned';
}

export function isFiledHere(type: string): type is ApplyType {
  return (FILED_HERE as readonly string[]).includes(type);
}

/** Editing belongs to whoever filed it, while they hold it (a draft or a returned application), on these pages. */
export function canEdit(view: Pick<ApplicationSummary, 'status' | 'type' | 'myRole'>): boolean {
  return view.myRole === 'filer' && (view.status === 'draft' || view.status === 'returned') && isFiledHere(view.type);
}

export function editLabel(status: string): string {
  return status === 'returned' ? '修改后重新提交' : '继续填写';
}

export interface TimelineRow {
  at: string;
  who: string;
  status: string;
  tone: Tone;
  note: string;
}

/** The audit trail, newest first, as a person reads it. */
export function timelineRows(view: Pick<ApplicationView, 'timeline'>): TimelineRow[] {
  return [...view.timeline]
    .reverse()
    .map((e) => ({ at: chinaTime(e.at), who: e.who, status: e.statusLabel, tone: toneOf(e.toStatus), note: e.note }));
}

/**
 * Who filed it, as the person it is for reads it: "由 张小红（子女）代办" — the agent's name and how they are related
 * to me, as the agent declared it (the relation is the agent's to the principal: 子女 is my child). Empty when I filed it.
 */
export function filedForMeLine(a: Pick<ApplicationSummary, 'myRole' | 'agent'>): string {
  if (a.myRole !== 'principal') return '';
  const name = a.agent?.name;
  if (!name) return '家人为您办理';
  return `由 ${name}${a.agent?.relationLabel ? `（${a.agent.relationLabel}）` : ''}代办`;
}

/** The short business number people read out ("业务编号 SX-2026-000123"); the id of a record made before numbers. */
export function numberLine(a: Pick<ApplicationSummary, 'id' | 'number'>): string {
  return a.number ? `业务编号 ${a.number}` : `申请编号 ${a.id}`;
}

export interface ListRow {
  id: string;
  /** "业务编号 SX-2026-000123". */
  number: string;
  title: string;
  typeLabel: string;
  status: string;
  tone: Tone;
  /** "家人为我办理" when a relative filed it for me. */
  role: string;
  /** "由 张小红（子女）代办" when a relative filed it for me; empty otherwise. */
  filedBy: string;
  when: string;
}

export function listRows(items: ApplicationSummary[]): ListRow[] {
  return items.map((a) => ({
    id: a.id,
    title: a.title,
    typeLabel: a.typeLabel,
    status: a.statusLabel,
    tone: toneOf(a.status),
    number: numberLine(a),
    role: a.myRole === 'principal' ? '家人为我办理' : a.agent ? `代${a.principal.name ?? '家人'}办理` : '本人办理',
    filedBy: filedForMeLine(a),
    when: `${a.submittedAt ? '提交于' : '保存于'} ${chinaTime(a.submittedAt ?? a.updatedAt)}`,
  }));
}

export interface DetailRow {
  label: string;
  value: string;
}

/** The application's own content as label/value lines; a type this page does not know shows its common parts. */
export function detailRows(view: ApplicationView): DetailRow[] {
  const rows: DetailRow[] = [{ label: '办理事项', value: view.typeLabel }];
  const person = (p: { name?: string; idNumberMasked?: string; phoneMasked?: string }) =>
    [p.name, p.idNumberMasked, p.phoneMasked].filter(Boolean).join('　');
  rows.push({ label: '参保人', value: person(view.principal) || '未填写' });
  if (view.agent) rows.push({ label: `代办人（${view.agent.relationLabel ?? '近亲属'}）`, value: person(view.agent) || '未填写' });
  const rf = view.remoteFiling;
  if (rf) {
    if (rf.kindLabel) rows.push({ label: '备案类型', value: `${rf.kindLabel}${rf.term ? `（${rf.term}）` : ''}` });
    if (rf.scheme) rows.push({ label: '参保险种', value: rf.scheme === 'employee' ? '职工医保' : '城乡居民医保' });
    if (rf.destination) rows.push({ label: '就医备案地', value: `${rf.destination.province} ${rf.destination.city}` });
    if (rf.residenceAddress) rows.push({ label: '异地长期居住住址', value: rf.residenceAddress });
    if (rf.validity) rows.push({ label: '有效期', value: rf.validity });
  }
  const mr = view.manualReimbursement;
  if (mr) {
    if (mr.hospital) rows.push({ label: '医疗机构', value: mr.hospital });
    if (mr.admissionDate || mr.dischargeDate) rows.push({ label: '住院时间', value: `${mr.admissionDate ?? '?'} 至 ${mr.dischargeDate ?? '?'}` });
    if (mr.amount) rows.push({ label: '医疗费用金额', value: `${mr.amount} 元${mr.amountUppercase ? `（${mr.amountUppercase}）` : ''}` });
  }
  const vs = view.veteranSubsidy;
  if (vs) {
    if (vs.hospital) rows.push({ label: '医疗机构', value: vs.hospital });
    if (vs.admissionDate || vs.dischargeDate) rows.push({ label: '住院时间', value: `${vs.admissionDate ?? '?'} 至 ${vs.dischargeDate ?? '?'}` });
  }
  return rows;
}

/**
 * An application from the server as a draft to fix (returned) or finish (a draft opened on another phone). ID numbers
 * and phones come back masked: their boxes start empty, and a box left empty keeps what the server holds.
 */
export function draftFromView(view: ApplicationView): ApplyDraft {
  if (!isFiledHere(view.type)) throw new Error(`draftFromView: ${view.type} is not filed on these pages`);
  const base = emptyDraft();
  const masked = (p: { name?: string; idNumberMasked?: string; phoneMasked?: string } | null) => ({
    name: p?.name ?? '',
    idNumber: '',
    phone: '',
    idNumberMasked: p?.idNumberMasked ?? '',
    phoneMasked: p?.phoneMasked ?? '',
  });
  const family = Boolean(view.agent);
  const rf = view.remoteFiling;
  const mr = view.manualReimbursement;
  return {
    ...base,
    type: view.type,
    kind: rf?.kind ?? '',
    who: family ? 'family' : 'self',
    member: family
      ? {
          name: view.principal.name ?? '',
          relation: '',
          relationLabel: '',
          idNumberMasked: view.principal.idNumberMasked ?? '',
          phoneMasked: view.principal.phoneMasked ?? '',
        }
      : null,
    principal: family ? { ...masked(null), phoneMasked: view.principal.phoneMasked ?? '' } : masked(view.principal),
    agent: family ? masked(view.agent) : { ...base.agent },
    agentRelation: (view.agent?.relation as ApplyDraft['agentRelation'] | undefined) ?? '',
    scheme: rf?.scheme ?? '',
    province: rf?.destination?.province ?? '',
    city: rf?.destination?.city ?? '',
    residenceAddress: rf?.residenceAddress ?? '',
    hospital: mr?.hospital ?? '',
    admission: splitDate(mr?.admissionDate),
    discharge: splitDate(mr?.dischargeDate),
    amount: mr?.amount ?? '',
    bank: mr?.payee?.bank ?? '',
    accountMasked: mr?.payee?.accountMasked ?? '',
    serverId: view.id,
    status: view.status === 'returned' ? 'returned' : 'draft',
    step: 'form',
  };
}
