import { REMOTE_FILING_KINDS, type RemoteFilingKind } from '../../../../shared/applications/remote-filing/kinds';
import { CLOSE_RELATIVE_IDS, type CloseRelative } from '../../../../shared/filing/relations';

/**
 * The application being filled in, exactly as typed, saved on the device after every change so that closing the app
 * loses nothing. Once the server holds a draft (`serverId`), the pages also save it there at each step.
 */

import { FILED_HERE, isFiling, type ApplyType } from './types';

/** The two applications this flow files (./types.ts). */
export { FILED_HERE, type ApplyType };

export type Who = 'self' | 'family';
export type Scheme = 'resident' | 'employee';
export type Step = 'choose' | 'who' | 'form' | 'materials' | 'commit';
export const STEPS: readonly Step[] = ['choose', 'who', 'form', 'materials', 'commit'];

/** A date as three boxes (年、月、日): digits only, kept exactly as typed. */
export interface DateParts {
  y: string;
  m: string;
  d: string;
}

export const EMPTY_DATE: DateParts = { y: '', m: '', d: '' };

/**
 * A person's boxes. `idNumber` and `phone` are what was typed here; the masked forms are what the server already
 * holds (an application being fixed after it was returned): a box left empty keeps the stored value.
 */
export interface PersonInput {
  name: string;
  idNumber: string;
  phone: string;
  idNumberMasked: string;
  phoneMasked: string;
}

export const EMPTY_PERSON: PersonInput = { name: '', idNumber: '', phone: '', idNumberMasked: '', phoneMasked: '' };

/** The saved family member filed for, as family.list showed them (the ID number only masked). */
export interface MemberSnapshot {
  name: string;
  relation: CloseRelative | '';
  relationLabel: string;
  idNumberMasked: string;
  phoneMasked: string;
}

export interface ApplyDraft {
  v: 1;
  type: ApplyType | '';
  kind: RemoteFilingKind | '';
  who: Who | '';
  /** family.list id of the principal when filing for a relative; '' when the server already holds the principal. */
  memberId: string;
  member: MemberSnapshot | null;
  /** Filing for oneself: the user. For a relative: only the phone, when the saved member has none. */
  principal: PersonInput;
  /** Filing for a relative: the user, as 代办人 (委托代理人). */
  agent: PersonInput;
  /** The agent's relation to the principal: "the agent is the principal's …" (a daughter is her father's child). */
  agentRelation: CloseRelative | '';
  scheme: Scheme | '';
  province: string;
  city: string;
  residenceAddress: string;
  hospital: string;
  admission: DateParts;
  discharge: DateParts;
  amount: string;
  /** 收款账户 (手工报销): the bank as typed; the card number only while typed here, digits only. */
  bank: string;
  account: string;
  /** The number the server holds, masked ("6222 **** **** 7894"): once saved, the typed number is dropped from here. */
  accountMasked: string;
  /** 参保地 (shared/applications/offices.ts): the office's region and area; '' until chosen. */
  officeRegion: string;
  officeArea: string;
  /** The server draft (or returned application) this is saved to; '' until the first save. */
  serverId: string;
  /** The member the server draft was last given, so the member is sent again only when it changes. */
  serverMemberId: string;
  /** 'returned' while fixing an application staff sent back. */
  status: 'draft' | 'returned';
  signerName: string;
  accepted: boolean;
  /** The submission attempt's id: made once, kept until the server confirms, so a retry cannot file twice. */
  requestId: string;
  /** Where the person was, so reopening resumes there. */
  step: Step;
}

export function emptyDraft(): ApplyDraft {
  return {
    v: 1,
    type: '',
    kind: '',
    who: '',
    memberId: '',
    member: null,
    principal: { ...EMPTY_PERSON },
    agent: { ...EMPTY_PERSON },
    agentRelation: '',
    scheme: '',
    province: '',
    city: '',
    residenceAddress: '',
    hospital: '',
    admission: { ...EMPTY_DATE },
    discharge: { ...EMPTY_DATE },
    amount: '',
    bank: '',
    account: '',
    accountMasked: '',
    officeRegion: '',
    officeArea: '',
    serverId: '',
    serverMemberId: '',
    status: 'draft',
    signerName: '',
    accepted: false,
    requestId: '',
    step: 'choose',
  };
}

/** Whether anything worth resuming was chosen. */
export function hasProgress(draft: ApplyDraft): boolean {
  return draft.type !== '' && draft.step !== 'choose';
}

export function serializeDraft(draft: ApplyDraft): string {
  return JSON.stringify(draft);
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | '' {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function person(value: unknown): PersonInput {
  const r = record(value);
  return {
    name: text(r.name, 30),
    idNumber: text(r.idNumber, 18),
    phone: text(r.phone, 11),
    idNumberMasked: text(r.idNumberMasked, 18),
    phoneMasked: text(r.phoneMasked, 11),
  };
}

function dateParts(value: unknown): DateParts {
  const r = record(value);
  return { y: text(r.y, 4), m: text(r.m, 2), d: text(r.d, 2) };
}

function member(value: unknown): MemberSnapshot | null {
  if (!value || typeof value !== 'object') return null;
  const r = record(value);
  const name = text(r.name, 30);
  if (!name) return null;
  return {
    name,
    relation: oneOf(r.relation, CLOSE_RELATIVE_IDS),
    relationLabel: text(r.relationLabel, 10),
    idNumberMasked: text(r.idNumberMasked, 18),
    phoneMasked: text(r.phoneMasked, 11),
  };
}

const ID_LIKE = /^[A-Za-z0-9_-]{0,64}$/;

function idText(value: unknown): string {
  const t = text(value, 64);
  return ID_LIKE.test(t) ? t : '';
}

/** Reads a saved draft back; a damaged or older entry falls back field by field, never breaking the page. */
export function parseDraft(raw: unknown): ApplyDraft {
  const base = emptyDraft();
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return base;
    }
  }
  if (!value || typeof value !== 'object') return base;
  const r = value as Record<string, unknown>;
  if (r.v !== 1) return base;
  const type = oneOf(r.type, FILED_HERE);
  return {
    v: 1,
    type,
    kind: isFiling(type) ? oneOf(r.kind, REMOTE_FILING_KINDS) : '',
    who: oneOf(r.who, ['self', 'family'] as const),
    memberId: idText(r.memberId),
    member: member(r.member),
    principal: person(r.principal),
    agent: person(r.agent),
    agentRelation: oneOf(r.agentRelation, CLOSE_RELATIVE_IDS),
    scheme: oneOf(r.scheme, ['resident', 'employee'] as const),
    province: text(r.province, 20),
    city: text(r.city, 20),
    residenceAddress: text(r.residenceAddress, 100),
    hospital: text(r.hospital, 60),
    admission: dateParts(r.admission),
    discharge: dateParts(r.discharge),
    amount: text(r.amount, 15),
    bank: text(r.bank, 40),
    account: text(r.account, 19).replace(/\D/g, ''),
    accountMasked: text(r.accountMasked, 24),
    officeRegion: idText(r.officeRegion),
    officeArea: text(r.officeArea, 20),
    serverId: idText(r.serverId),
    serverMemberId: idText(r.serverMemberId),
    status: r.status === 'returned' ? 'returned' : 'draft',
    signerName: text(r.signerName, 30),
    accepted: r.accepted === true,
    requestId: idText(r.requestId),
    step: oneOf(r.step, STEPS) || 'choose',
  };
}

/**
 * What the choose page sets. Another type starts another application: the people typed are kept, the server draft
 * of the old type stays in 我的申请 (a draft's type cannot change).
 */
export function chooseType(draft: ApplyDraft, type: ApplyType, kind: RemoteFilingKind | ''): ApplyDraft {
  const next = { ...draft, type, kind: isFiling(type) ? kind : '' };
  if (draft.type !== '' && draft.type !== type) {
    return { ...next, serverId: '', serverMemberId: '', status: 'draft', requestId: '', signerName: '', accepted: false };
  }
  return next;
}

/** Any change to what is filed withdraws the signature: the commitment is signed for what is submitted. */
export function applyChange(draft: ApplyDraft, patch: Partial<ApplyDraft>): ApplyDraft {
  return { ...draft, ...patch, accepted: patch.accepted ?? false };
}

/** "2025-03-01" from the three boxes; '' when all are empty; as typed (for the schema to refuse) when not digits. */
export function joinDate(parts: DateParts): string {
  const y = parts.y.trim();
  const m = parts.m.trim();
  const d = parts.d.trim();
  if (!y && !m && !d) return '';
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return `${y}-${m}-${d}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function splitDate(date: string | undefined): DateParts {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ...EMPTY_DATE };
  const [y, m, d] = date.split('-');
  return { y, m: String(Number(m)), d: String(Number(d)) };
}

/** The person the user is: the principal when filing for oneself, the agent when filing for a relative. */
export function mePerson(draft: ApplyDraft): PersonInput {
  return draft.who === 'family' ? draft.agent : draft.principal;
}

export function withMePerson(draft: ApplyDraft, me: PersonInput): ApplyDraft {
  return draft.who === 'family' ? { ...draft, agent: me } : { ...draft, principal: me };
}

/** Empty boxes of the user's own part are filled from what this phone remembers of them. */
export function prefillMe(draft: ApplyDraft, saved: { name: string; idNumber: string; phone: string }): ApplyDraft {
  const me = mePerson(draft);
  const untouched = !me.name && !me.idNumber && !me.phone && !me.idNumberMasked && !me.phoneMasked;
  if (!untouched || (!saved.name && !saved.idNumber && !saved.phone)) return draft;
  return withMePerson(draft, { ...me, name: saved.name, idNumber: saved.idNumber, phone: saved.phone });
}
