import type { ZodIssue } from 'zod';
import { isLongTerm } from '../../../../shared/applications/remote-filing/kinds';
import { rmbUppercaseLabelled } from '../../../../shared/rmb';
import { applicationContent, draftContent, isFiling, isReimbursement } from './types';
import { amount } from '../../../../shared/schemas/common';
import { boxReason } from '../../../../shared/schemas/describe';
import { joinDate, type ApplyDraft, type PersonInput } from './draft';

/**
 * From the boxes to what the applications function reads, and the same schemas the function validates with, so a
 * message beside a box is the message the server would give. Nothing is judged here that the schemas do not judge.
 */

type Json = Record<string, unknown>;

/** The form's boxes, by the id the page gives each Field (error text id: `field-<box>-error`). */
export type Box =
  | 'principal-name'
  | 'principal-id'
  | 'principal-phone'
  | 'agent-name'
  | 'agent-id'
  | 'agent-phone'
  | 'scheme'
  | 'destination-province'
  | 'destination-city'
  | 'residence-address'
  | 'hospital'
  | 'admission'
  | 'discharge'
  | 'amount'
  | 'payee-bank'
  | 'payee-account';

export type FormErrors = Partial<Record<Box, string>> & { banner?: string };

/** Schema path (without the leading `content.`) → box. */
const BOX_OF_PATH: Record<string, Box> = {
  'principal.name': 'principal-name',
  'principal.idNumber': 'principal-id',
  'principal.phone': 'principal-phone',
  'agent.name': 'agent-name',
  'agent.idNumber': 'agent-id',
  'agent.phone': 'agent-phone',
  'remoteFiling.scheme': 'scheme',
  'remoteFiling.destination': 'destination-province',
  'remoteFiling.destination.province': 'destination-province',
  'remoteFiling.destination.city': 'destination-city',
  'remoteFiling.residenceAddress': 'residence-address',
  'manualReimbursement.hospital': 'hospital',
  'manualReimbursement.admissionDate': 'admission',
  'manualReimbursement.dischargeDate': 'discharge',
  'manualReimbursement.amount': 'amount',
  'manualReimbursement.payee': 'payee-account',
  'manualReimbursement.payee.bank': 'payee-bank',
  'manualReimbursement.payee.account': 'payee-account',
};

export function boxOfPath(path: string | undefined): Box | undefined {
  if (!path) return undefined;
  return BOX_OF_PATH[path.replace(/^content\./, '')];
}

function filled(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

/** Only what was typed: a box left empty is not sent, so the server keeps what it holds. */
function typedPerson(p: PersonInput): Json {
  const out: Json = {};
  const name = filled(p.name);
  const idNumber = filled(p.idNumber);
  const phone = filled(p.phone);
  if (name !== undefined) out.name = name;
  if (idNumber !== undefined) out.idNumber = idNumber;
  if (phone !== undefined) out.phone = phone;
  return out;
}

function compact(o: Json): Json | undefined {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The type's own part, every box as typed (undefined when empty). */
function details(d: ApplyDraft): Json {
  if (isFiling(d.type)) {
    const province = filled(d.province);
    const city = filled(d.city);
    return {
      remoteFiling: compact({
        kind: d.kind || undefined,
        scheme: d.scheme || undefined,
        // Both halves or none: the schema takes the destination as one (省, 市) pair.
        destination: province !== undefined && city !== undefined ? { province, city } : undefined,
        residenceAddress: d.kind && isLongTerm(d.kind) ? filled(d.residenceAddress) : undefined,
      }),
    };
  }
  return {
    manualReimbursement: compact({
      hospital: filled(d.hospital),
      admissionDate: joinDate(d.admission) || undefined,
      dischargeDate: joinDate(d.discharge) || undefined,
      amount: filled(d.amount),
      payee: compact({ bank: filled(d.bank), account: filled(d.account) }),
    }),
  };
}

export interface DraftRequest {
  content: Json;
  principalFamilyMemberId?: string;
}

/**
 * The createDraft / updateDraft payload. A saved family member is sent by id (the server holds their ID number and
 * the client only ever sees it masked); the member is sent only when it is new to the server draft.
 */
export function draftRequest(d: ApplyDraft): DraftRequest {
  if (d.type === '') throw new Error('draftRequest: no type chosen');
  const content: Json = { type: d.type };
  if (d.officeRegion) content.office = { region: d.officeRegion, area: d.officeArea || null };
  const newMember = d.who === 'family' && d.memberId !== '' && d.memberId !== d.serverMemberId;
  if (d.who === 'family') {
    const principal = compact({ phone: filled(d.principal.phone) });
    if (principal) content.principal = principal;
    content.agent = { ...typedPerson(d.agent), ...(d.agentRelation ? { relation: d.agentRelation } : {}) };
  } else {
    const principal = typedPerson(d.principal);
    if (Object.keys(principal).length > 0) content.principal = principal;
    // Filing for oneself: no agent (one left from an earlier choice is removed).
    content.agent = null;
  }
  Object.assign(content, details(d));
  for (const k of Object.keys(content)) if (content[k] === undefined) delete content[k];
  return { content, ...(newMember ? { principalFamilyMemberId: d.memberId } : {}) };
}

/** Paths the server already holds a value for, which the page cannot see: their boxes may stay empty. */
function heldByServer(d: ApplyDraft): Set<string> {
  const held = new Set<string>();
  // A box left empty keeps the stored value; a box typed into is checked like any other.
  const hold = (prefix: 'principal' | 'agent', p: PersonInput) => {
    if (p.idNumberMasked && !filled(p.idNumber)) held.add(`${prefix}.idNumber`);
    if (p.phoneMasked && !filled(p.phone)) held.add(`${prefix}.phone`);
  };
  if (d.who === 'family') {
    // The principal comes from the saved family member (or, fixing a returned application, from the server).
    held.add('principal.name');
    held.add('principal.idNumber');
    if (d.member?.phoneMasked) held.add('principal.phone');
    hold('agent', d.agent);
  }
  hold('principal', d.principal);
  if (d.accountMasked && !filled(d.account)) held.add('manualReimbursement.payee.account');
  return held;
}

/** What the complete-application schema sees: every box, empty ones undefined so the schema says 必须填写. */
function completeCandidate(d: ApplyDraft): Json {
  const req = draftRequest({ ...d, serverMemberId: d.memberId });
  const content = { ...req.content };
  if (d.who === 'family') content.principal = { ...(content.principal as Json | undefined) };
  if (content.agent === null) delete content.agent;
  if (isFiling(d.type)) {
    // Each half of the destination on its own, so the message lands beside the empty box.
    const rf = { ...(content.remoteFiling as Json | undefined), destination: { province: filled(d.province), city: filled(d.city) } };
    content.remoteFiling = rf;
  }
  if (isReimbursement(d.type) && !content.manualReimbursement) content.manualReimbursement = {};
  // Each half of the 收款账户 on its own, so "必须填写" lands beside the empty box.
  const mr = content.manualReimbursement as Json | undefined;
  if (isReimbursement(d.type) && mr && !mr.payee) mr.payee = {};
  if (isFiling(d.type) && !content.remoteFiling) content.remoteFiling = {};
  return content;
}

function message(issue: ZodIssue, box: Box | undefined): string {
  return boxReason(issue, { choice: box === 'scheme' });
}

function collect(issues: readonly ZodIssue[], held: Set<string>, into: FormErrors): void {
  for (const issue of issues) {
    const path = issue.path.join('.');
    if (held.has(path)) continue;
    const box = boxOfPath(path);
    if (box) {
      if (!into[box]) into[box] = message(issue, box);
    } else if (!into.banner) {
      into.banner = path.startsWith('agent.relation')
        ? '请回到上一步，重新选择为哪位家人办理'
        : path.startsWith('remoteFiling.kind')
          ? '请回到第一步，选择备案类型'
          : message(issue, undefined);
    }
  }
}

/**
 * Valid stand-ins for boxes that are empty, wrong or held by the server. zod runs an object's cross-field checks
 * (长期备案须填写住址, the date order) only when every field of it parsed, so a check over the whole application is
 * made once more with the stand-ins, to find the cross-field messages the first pass could not reach.
 */
const STAND_INS: Record<string, unknown> = {
  'principal.name': '张三',
  'principal.idNumber': '11010519491231002X',
  'principal.phone': '13800000000',
  'agent.name': '李四',
  'agent.idNumber': '11010519491231002X',
  'agent.phone': '13800000000',
  'agent.relation': 'child',
  'remoteFiling.scheme': 'resident',
  'remoteFiling.destination.province': '省',
  'remoteFiling.destination.city': '市',
  'manualReimbursement.hospital': '医院',
  'manualReimbursement.amount': '0',
  'manualReimbursement.payee.bank': '银行',
  'manualReimbursement.payee.account': '6222021234567894',
};

function withStandIns(candidate: Json, skip: (path: string) => boolean): Json {
  const out = JSON.parse(JSON.stringify(candidate)) as Json;
  for (const [path, value] of Object.entries(STAND_INS)) {
    const keys = path.split('.');
    if (!(keys[0] in out) && keys[0] !== 'principal') continue;
    let at = out;
    for (const k of keys.slice(0, -1)) {
      if (!at[k] || typeof at[k] !== 'object') at[k] = {};
      at = at[k] as Json;
    }
    const last = keys[keys.length - 1];
    if (at[last] === undefined || skip(path)) at[last] = value;
  }
  return out;
}

/**
 * Every box that is wrong, with the schemas' own messages (ID check digit, phone, admission ≤ discharge ≤ today,
 * amounts with at most two decimals). Three passes: the complete application (what submit requires), the same with
 * stand-ins for the boxes already found wrong (so cross-field checks run), and the draft schema, whose date-order
 * check runs even while another box of the stay is empty.
 */
export function checkForm(d: ApplyDraft): FormErrors {
  const errors: FormErrors = {};
  if (d.type === '') return { banner: '请先选择要办理的事项' };
  if (d.who === '') return { banner: '请回到上一步，选择为谁办理' };
  if (d.who === 'family' && !d.member) return { banner: '请回到上一步，选择为哪位家人办理' };
  const held = heldByServer(d);
  const candidate = completeCandidate(d);
  const complete = applicationContent.safeParse(candidate);
  if (complete.success) return errors;
  collect(complete.error.issues, held, errors);
  const wrong = new Set(complete.error.issues.map((i) => i.path.join('.')));
  const again = applicationContent.safeParse(withStandIns(candidate, (path) => wrong.has(path)));
  if (!again.success) collect(again.error.issues, held, errors);
  const partial = draftContent.safeParse(draftRequest({ ...d, serverMemberId: d.memberId }).content);
  if (!partial.success) collect(partial.error.issues, held, errors);
  return errors;
}

export function hasErrors(errors: FormErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** A box's error after a change: the boxes changed lose their message until the next check. */
export function clearBoxes(errors: FormErrors, boxes: Box[]): FormErrors {
  const next = { ...errors };
  for (const b of boxes) delete next[b];
  delete next.banner;
  return next;
}

/**
 * A refusal from the function, placed beside its box when it names one: the server says "参保人身份证号：…", the box
 * already says which number, so only the reason (the message without the field's name) is shown there.
 */
export function placeServerError(error: { message: string; field?: string; reason?: string }): FormErrors {
  const box = boxOfPath(error.field);
  if (!box) return { banner: error.message };
  return { [box]: error.reason ?? error.message };
}

/** The amount as 人民币大写 while it is typed (shared/rmb.ts); '' while the box is empty or not yet an amount. */
export function amountInWords(value: string): string {
  const v = value.trim();
  if (v === '' || !amount.safeParse(v).success) return '';
  return rmbUppercaseLabelled(v);
}
