import { DEEMED_FILED, FILED_REIMBURSEMENT, type DeemedFiledExplanation } from '../../../../shared/applications/remote-filing/deemed-filed';
import { REMOTE_FILING_KINDS, REMOTE_FILING_KIND_INFO, type RemoteFilingKind } from '../../../../shared/applications/remote-filing/kinds';
import { ONLINE_PROOF_NOTE } from '../../../../shared/applications/remote-filing/materials';
import { longTermFilingValidity, temporaryFilingValidity } from '../../../../shared/applications/remote-filing/validity';
import { citationText } from '../../../../shared/source';
import { APPLY_MODULES, FILED_HERE, typeLabel, type ApplyType } from './types';

/**
 * The choose page: which application, and for 备案 "which applies to me" in plain words. The documents' own words
 * (shared/applications) are shown under each plain line, with their citation.
 */

/** What each application is for, in a sentence a person recognises their situation in. */
const TYPE_PLAIN: Record<ApplyType, string> = {
  remoteFiling: '要到参保地以外的地方长住、工作或转院看病，先登记一下，在那边住院出院时就能直接用医保结算。',
  manualReimbursement: '在本省外地住院，出院时没能直接用医保结算、自己先垫付了，回来在网上申请报销。',
};

export interface TypeChoice {
  value: ApplyType;
  label: string;
  explain: string;
}

export const TYPE_CHOICES: TypeChoice[] = FILED_HERE.map((t) => ({ value: t, label: typeLabel(t), explain: TYPE_PLAIN[t] }));

/** Plain words for each 备案 kind; a kind added to the module later still shows, with the documents' words. */
const KIND_PLAIN: Partial<Record<RemoteFilingKind, { label: string; explain: string }>> = {
  retiredRelocated: { label: '退休了，搬到外地长住', explain: '已经退休，户口或家安在参保地以外，在那边养老。' },
  longTermResident: { label: '长期住在外地（比如跟子女生活）', explain: '不是退休安置，但常年住在参保地以外，例如老人到外地随子女生活。' },
  postedWorker: { label: '单位派我长期在外地工作', explain: '参保单位把我派到参保地以外长期上班。' },
  referral: { label: '医院开了转诊单，转到外地看病', explain: '本地医院看不了，开了转诊证明，转到外地医院治疗。' },
  otherTemporary: { label: '其他原因临时到外地看病', explain: '出差、探亲等临时在外地，打算在那边看病。' },
};

export type SituationId = RemoteFilingKind | DeemedFiledExplanation['id'];

export interface Situation {
  value: SituationId;
  label: string;
  explain: string;
  /** True: no application; the page explains 视同已备案 instead. */
  deemed: boolean;
}

const DEEMED_PLAIN: Record<DeemedFiledExplanation['id'], { label: string; explain: string }> = {
  emergency: { label: '在外地突发急病、急诊抢救', explain: '人在外地，突然生病或受伤，急诊抢救。' },
  unfiled: { label: '没备案、也没转诊，自己到外地看病', explain: '不是急诊，也没有转诊证明，自己去外地医院看。' },
};

export const SITUATIONS: Situation[] = [
  ...REMOTE_FILING_KINDS.map((k) => ({
    value: k,
    label: KIND_PLAIN[k]?.label ?? REMOTE_FILING_KIND_INFO[k].label,
    explain: KIND_PLAIN[k]?.explain ?? REMOTE_FILING_KIND_INFO[k].whoApplies,
    deemed: false,
  })),
  ...DEEMED_FILED.map((e) => ({ value: e.id, label: DEEMED_PLAIN[e.id].label, explain: DEEMED_PLAIN[e.id].explain, deemed: true })),
];

export function isKind(value: string): value is RemoteFilingKind {
  return (REMOTE_FILING_KINDS as readonly string[]).includes(value);
}

export interface Quote {
  text: string;
  source: string;
}

/** A chosen 备案 kind: its name in the documents, who it is for, long-term or temporary, how long it lasts, what to upload. */
export interface KindCard {
  title: string;
  whoApplies: Quote;
  term: string;
  validity: string;
  reimbursement: Quote | null;
  materials: string[];
  agentMaterials: string[];
  proofNote: Quote;
}

function validityOn(term: 'longTerm' | 'temporary', today: string): string {
  const p = term === 'longTerm' ? longTermFilingValidity : temporaryFilingValidity;
  const date = p.dates.filter((d) => d <= today).pop() ?? p.dates[0];
  const value = p.values[date].value;
  return term === 'longTerm' ? `长期有效，直到本人申请变更或取消（${value}）` : `临时备案的有效期：${value}`;
}

export function kindCard(kind: RemoteFilingKind, today: string): KindCard {
  const info = REMOTE_FILING_KIND_INFO[kind];
  const filed = FILED_REIMBURSEMENT.find((f) => f.term === info.term);
  const own = APPLY_MODULES.remoteFiling.checklist({ kind }, false).map((m) => m.name);
  const withAgent = APPLY_MODULES.remoteFiling.checklist({ kind }, true).map((m) => m.name);
  return {
    title: info.label,
    whoApplies: { text: info.whoApplies, source: citationText(info.sources[0]) },
    term: info.term === 'longTerm' ? '长期备案' : '临时备案',
    validity: validityOn(info.term, today),
    reimbursement: filed ? { text: filed.text, source: citationText(filed.source) } : null,
    materials: own,
    agentMaterials: withAgent.filter((m) => !own.includes(m)),
    proofNote: { text: ONLINE_PROOF_NOTE.text, source: citationText(ONLINE_PROOF_NOTE.source) },
  };
}

/** 急诊抢救 / 非急诊且未转诊: why nothing is filed, and how reimbursement then differs from a filed stay. */
export interface DeemedCard {
  title: string;
  why: Quote[];
  reimbursement: Quote[];
  compare: Quote[];
}

export function deemedCard(id: DeemedFiledExplanation['id']): DeemedCard {
  const e = DEEMED_FILED.find((x) => x.id === id)!;
  const q = (x: { text: string; source: Parameters<typeof citationText>[0] }): Quote => ({ text: x.text, source: citationText(x.source) });
  return {
    title: `${e.label}：视同已备案，不用申请`,
    why: e.whyNoFiling.map(q),
    reimbursement: e.reimbursement.map(q),
    compare: FILED_REIMBURSEMENT.map(q),
  };
}

/** 手工报销: what it needs, from the checklist the function uses. */
export function reimbursementMaterials(): string[] {
  return APPLY_MODULES.manualReimbursement.checklist(undefined, false).map((m) => m.name);
}
