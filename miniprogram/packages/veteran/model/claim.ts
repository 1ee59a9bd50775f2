import type { ZodIssue } from 'zod';
import type { ClaimEstimateView } from '../../../../shared/contract/veteran';
import { isIsoDate } from '../../../../shared/dates';
import { yuan } from '../../../../shared/money';
import { boxReason } from '../../../../shared/schemas/describe';
import { mobile, person } from '../../../../shared/schemas/person';
import { citationText } from '../../../../shared/source';
import type { CommitmentForm } from '../../../../shared/applications/types';
import type { ClaimQuestion } from '../../../../shared/veteran/vocabulary';
// The 非一站式 claim is the generic application type; its words are the veteran's region's (its manifest, read
// through the vocabulary): this file is the pages' one door to both.
import { veteranClaimFigures } from '../../../../shared/applications/veteran-subsidy';
import { claimRegions, claimTermsOf } from '../../../../shared/applications/veteran-subsidy/terms';
import { parseWhose, SELF, whoseRequest, type Whose } from './whose';

/**
 * 申请非一站式住院补助: the boxes as typed, saved on the device after every change; the figures checked with the
 * schema the function checks them with (the application type's veteranClaimFigures), so the message beside a box is
 * the one the server would give; and the createDraft / estimateClaim payloads.
 */

export type ExclusionId = ClaimQuestion['id'];
export type Answer = 'yes' | 'no';

/**
 * What the page asks and shows in the veteran's region's words (the status view says the region): its questions of
 * what is not covered, the forms of the 结算单, what the signer accepts and where the procedure is set.
 */
export interface ClaimForm {
  questions: ExclusionQuestion[];
  sheetChoices: { value: string; label: string }[];
  declaration: CommitmentForm;
  /** The checklist item the 结算单 photo is uploaded as. */
  sheetItem: string;
  /** The article the 非一站式 procedure is set in, as citation text. */
  procedureSource: string;
}

/** The region's claim form; null where the region's document sets no 非一站式 claim. */
export function claimFormOf(region: string | null | undefined): ClaimForm | null {
  const terms = claimTermsOf(region);
  if (!terms) return null;
  return {
    questions: [...terms.questions],
    sheetChoices: terms.sheetForms.map((f) => ({ value: f.id, label: f.label })),
    declaration: terms.declaration,
    sheetItem: terms.settlementSheet.id,
    procedureSource: citationText(terms.approvalForm.source),
  };
}

/**
 * Every question id and 结算单 form any region's claim has, in registry order: what a claim saved on the phone may
 * hold before the status says whose region it is (one person's claim only ever holds their region's).
 */
const KNOWN_EXCLUSIONS: ExclusionId[] = [...new Set(claimRegions().flatMap((r) => r.terms.questions.map((q) => q.id)))];
const KNOWN_SHEETS: string[] = [...new Set(claimRegions().flatMap((r) => r.terms.sheetForms.map((f) => f.id)))];

/** A date as three boxes (年、月、日), as the filing pages' DateBoxes take it. */
export interface DateParts {
  y: string;
  m: string;
  d: string;
}

export const EMPTY_DATE: DateParts = { y: '', m: '', d: '' };

/** The user: the 优抚对象 themself, or (for a family member) the 代办人. Typed once, remembered on this phone. */
export interface MeInput {
  name: string;
  idNumber: string;
  phone: string;
}

export interface ClaimDraft {
  v: 1;
  /** Whose claim: '' for oneself, or the saved family member's id. */
  whose: Whose;
  hospital: string;
  admission: DateParts;
  discharge: DateParts;
  totalCost: string;
  inScopeSelfPay: string;
  outOfScope: string;
  personalAccountPaid: string;
  exclusions: Partial<Record<ExclusionId, Answer>>;
  /** One of the region's 结算单 forms, '' when not chosen. */
  settlementSheet: string;
  me: MeInput;
  /** The 优抚对象's phone when filing for a family member saved without one. */
  principalPhone: string;
  /** The server draft the claim is saved to; '' until the first save. */
  serverId: string;
  /** The optional figures last sent to `serverId`: one cleared since cannot be cleared there, so a new draft is made. */
  sentOptional: OptionalFigure[];
  /** Whether the 结算单 photo is already uploaded to `serverId`. */
  photoUploaded: boolean;
  /** The submission attempt's id: made once, kept until the server answers, so a retry cannot file twice. */
  requestId: string;
  signerName: string;
  accepted: boolean;
}

export type OptionalFigure = 'totalCost' | 'outOfScope' | 'personalAccountPaid';
const OPTIONAL_FIGURES: OptionalFigure[] = ['totalCost', 'outOfScope', 'personalAccountPaid'];

export function emptyClaim(whose: Whose): ClaimDraft {
  return {
    v: 1,
    whose,
    hospital: '',
    admission: { ...EMPTY_DATE },
    discharge: { ...EMPTY_DATE },
    totalCost: '',
    inScopeSelfPay: '',
    outOfScope: '',
    personalAccountPaid: '',
    exclusions: {},
    settlementSheet: '',
    me: { name: '', idNumber: '', phone: '' },
    principalPhone: '',
    serverId: '',
    sentOptional: [],
    photoUploaded: false,
    requestId: '',
    signerName: '',
    accepted: false,
  };
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

const ID_LIKE = /^[A-Za-z0-9_-]{0,64}$/;
const idText = (value: unknown) => {
  const t = text(value, 64);
  return ID_LIKE.test(t) ? t : '';
};

function dateParts(value: unknown): DateParts {
  const r = record(value);
  return { y: text(r.y, 4), m: text(r.m, 2), d: text(r.d, 2) };
}

/** Reads a saved claim back; a damaged or older entry falls back field by field, never breaking the page. */
export function parseClaim(raw: unknown, whose: Whose): ClaimDraft {
  const base = emptyClaim(whose);
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return base;
    }
  }
  const r = record(value);
  if (r.v !== 1) return base;
  // A claim being filled in for someone else is not this one: start afresh (the other stays as a server draft).
  if (parseWhose(r.whose) !== whose) return base;
  const ex = record(r.exclusions);
  const exclusions: ClaimDraft['exclusions'] = {};
  for (const id of KNOWN_EXCLUSIONS) if (ex[id] === 'yes' || ex[id] === 'no') exclusions[id] = ex[id] as Answer;
  const me = record(r.me);
  const sheet = text(r.settlementSheet, 20);
  return {
    v: 1,
    whose,
    hospital: text(r.hospital, 60),
    admission: dateParts(r.admission),
    discharge: dateParts(r.discharge),
    totalCost: text(r.totalCost, 15),
    inScopeSelfPay: text(r.inScopeSelfPay, 15),
    outOfScope: text(r.outOfScope, 15),
    personalAccountPaid: text(r.personalAccountPaid, 15),
    exclusions,
    settlementSheet: KNOWN_SHEETS.includes(sheet) ? sheet : '',
    me: { name: text(me.name, 30), idNumber: text(me.idNumber, 18), phone: text(me.phone, 11) },
    principalPhone: text(r.principalPhone, 11),
    serverId: idText(r.serverId),
    sentOptional: Array.isArray(r.sentOptional) ? OPTIONAL_FIGURES.filter((f) => (r.sentOptional as unknown[]).includes(f)) : [],
    photoUploaded: r.photoUploaded === true && idText(r.serverId) !== '',
    requestId: idText(r.requestId),
    signerName: text(r.signerName, 30),
    accepted: r.accepted === true,
  };
}

/** Any change to what is filed withdraws the signature: the commitment is signed for what is submitted. */
export function changeClaim(draft: ClaimDraft, patch: Partial<ClaimDraft>): ClaimDraft {
  return { ...draft, ...patch, accepted: patch.accepted ?? false };
}

/** "2026-10-08" from the three boxes; '' when all are empty; as typed (for the schema to refuse) when not digits. */
export function joinDate(parts: DateParts): string {
  const y = parts.y.trim();
  const m = parts.m.trim();
  const d = parts.d.trim();
  if (!y && !m && !d) return '';
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return `${y}-${m}-${d}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function splitDate(date: string | undefined | null): DateParts {
  if (!date || !isIsoDate(date)) return { ...EMPTY_DATE };
  const [y, m, d] = date.split('-');
  return { y, m: String(Number(m)), d: String(Number(d)) };
}

// ——— what is not covered, asked in plain words ———

/** One of the region's questions (its manifest's words, quoting the document). */
export type ExclusionQuestion = ClaimQuestion;

/** The first "是": the claim cannot go on, and the page says why beside that question. */
export function refusalOf(draft: Pick<ClaimDraft, 'exclusions'>, form: ClaimForm): ExclusionQuestion | null {
  return form.questions.find((q) => draft.exclusions[q.id] === 'yes') ?? null;
}

// ——— checking the boxes ———

export type Box =
  | 'hospital'
  | 'admission'
  | 'discharge'
  | 'total-cost'
  | 'in-scope'
  | 'out-of-scope'
  | 'account'
  | `exclusion-${ExclusionId}`
  | 'sheet'
  | 'me-name'
  | 'me-id'
  | 'me-phone'
  | 'principal-phone'
  | 'signer'
  | 'accept';

export type ClaimErrors = Partial<Record<Box, string>> & { banner?: string };

const FIGURE_BOX: Record<string, Box> = {
  hospital: 'hospital',
  admissionDate: 'admission',
  dischargeDate: 'discharge',
  totalCost: 'total-cost',
  inScopeSelfPay: 'in-scope',
  outOfScope: 'out-of-scope',
  personalAccountPaid: 'account',
  settlementSheet: 'sheet',
};

const ME_BOX: Record<string, Box> = { name: 'me-name', idNumber: 'me-id', phone: 'me-phone' };

function filled(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

/** The 结算单 figures and the answered questions, as estimateClaim and the application read them. */
export function claimFigures(d: ClaimDraft): Record<string, unknown> {
  const exclusions: Record<string, boolean> = {};
  for (const id of KNOWN_EXCLUSIONS) {
    const a = d.exclusions[id];
    if (a) exclusions[id] = a === 'yes';
  }
  const out: Record<string, unknown> = {
    hospital: filled(d.hospital),
    admissionDate: joinDate(d.admission) || undefined,
    dischargeDate: joinDate(d.discharge) || undefined,
    totalCost: filled(d.totalCost),
    inScopeSelfPay: filled(d.inScopeSelfPay),
    outOfScope: filled(d.outOfScope),
    personalAccountPaid: filled(d.personalAccountPaid),
    settlementSheet: d.settlementSheet || undefined,
    ...(Object.keys(exclusions).length > 0 ? { exclusions } : {}),
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** Beside a box; an empty date box says the schema's own words (请填写日期). */
function say(issue: ZodIssue, choice: boolean): string {
  return boxReason(issue, { choice, ownMissing: true });
}

function collect(issues: ZodIssue[], boxOf: (path: (string | number)[]) => Box | undefined, into: ClaimErrors): void {
  for (const issue of issues) {
    const box = boxOf(issue.path);
    const message = say(issue, box === 'sheet');
    if (box && !into[box]) into[box] = message;
    else if (!box && !into.banner) into.banner = message;
  }
}

/** The figures' problems, box by box (for the estimate: which form of the 结算单 is brought does not matter yet). */
export function figureErrors(d: ClaimDraft): ClaimErrors {
  const { settlementSheet: _sheet, ...figures } = claimFigures(d);
  const r = veteranClaimFigures.safeParse(figures);
  const errors: ClaimErrors = {};
  if (!r.success) collect(r.error.issues, (path) => FIGURE_BOX[String(path[0])], errors);
  return errors;
}

export function hasErrors(errors: ClaimErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** The `subsidy.estimateClaim` payload, or the boxes that are wrong. */
export function estimateRequest(d: ClaimDraft): { ok: true; request: Record<string, unknown> } | { ok: false; errors: ClaimErrors } {
  const errors = figureErrors(d);
  if (hasErrors(errors)) return { ok: false, errors };
  const { settlementSheet: _sheet, ...figures } = claimFigures(d);
  return { ok: true, request: { ...whoseRequest(d.whose), veteranSubsidy: figures } };
}

/** Who signs: the user — the 优抚对象 themself, or the relative filing for them (server/applications/submit.ts). */
export function signerRole(whose: Whose): string {
  return whose === SELF ? '优抚对象本人' : '代办人';
}

export interface SubmitContext {
  /** The roster's name of the 优抚对象 (from subsidy.status): filing for oneself, the name typed must be it. */
  veteranName: string | null;
  /** Filing for a family member saved without a phone: the 优抚对象's phone is asked for. */
  needsPrincipalPhone: boolean;
}

/** Everything the submission needs, box by box: the figures, the 结算单's form, every answer, the user, the signature. */
export function submitErrors(d: ClaimDraft, ctx: SubmitContext, form: ClaimForm): ClaimErrors {
  const errors: ClaimErrors = {};
  const figures = claimFigures(d);
  const r = veteranClaimFigures.safeParse(figures);
  if (!r.success) collect(r.error.issues, (path) => FIGURE_BOX[String(path[0])], errors);
  if (!d.settlementSheet) errors.sheet = '请选择';
  for (const q of form.questions) {
    if (!d.exclusions[q.id]) errors[`exclusion-${q.id}`] = '请回答“是”或“不是”';
  }
  const refusal = refusalOf(d, form);
  if (refusal) errors[`exclusion-${refusal.id}`] = `不能申请：${refusal.refusal}`;

  const me = { name: filled(d.me.name), idNumber: filled(d.me.idNumber), phone: filled(d.me.phone) };
  const p = person.safeParse(me);
  if (!p.success) collect(p.error.issues, (path) => ME_BOX[String(path[0])], errors);
  if (d.whose === SELF && ctx.veteranName && me.name && me.name !== ctx.veteranName && !errors['me-name']) {
    errors['me-name'] = `须与优抚对象名册上的姓名（${ctx.veteranName}）一致`;
  }
  if (d.whose !== SELF && ctx.needsPrincipalPhone) {
    const phone = mobile.safeParse(filled(d.principalPhone));
    if (!phone.success) errors['principal-phone'] = say(phone.error.issues[0], false);
  }

  const typed = d.signerName.trim();
  if (typed === '') errors.signer = '请输入签名人的姓名';
  else if (me.name && typed !== me.name) errors.signer = `须由${signerRole(d.whose)}（${me.name}）签名`;
  if (!d.accepted) errors.accept = '须阅读并同意后才能提交';
  return errors;
}

/** A cleared optional figure the server draft still holds: that draft cannot be corrected field by field. */
export function needsNewServerDraft(d: ClaimDraft): boolean {
  return d.serverId !== '' && d.sentOptional.some((f) => filled(d[f]) === undefined);
}

/**
 * The createDraft / updateDraft payload. Oneself: the user is the principal, no agent. A family member: the server
 * fills the principal from the saved member (its ID number never reaches the phone) and the agent's relation as the
 * inverse of the saved one; the user is the agent.
 */
export function draftPayload(d: ClaimDraft): { content: Record<string, unknown>; principalFamilyMemberId?: string } {
  const me: Record<string, string> = {};
  const name = filled(d.me.name);
  const idNumber = filled(d.me.idNumber);
  const phone = filled(d.me.phone);
  if (name) me.name = name;
  if (idNumber) me.idNumber = idNumber;
  if (phone) me.phone = phone;
  const content: Record<string, unknown> = { type: 'veteranSubsidy', veteranSubsidy: claimFigures(d) };
  if (d.whose === SELF) {
    if (Object.keys(me).length > 0) content.principal = me;
    content.agent = null;
    return { content };
  }
  const principalPhone = filled(d.principalPhone);
  if (principalPhone) content.principal = { phone: principalPhone };
  content.agent = me;
  return { content, principalFamilyMemberId: d.whose };
}

/** What was sent, for needsNewServerDraft. */
export function sentOptionalOf(d: ClaimDraft): OptionalFigure[] {
  return OPTIONAL_FIGURES.filter((f) => filled(d[f]) !== undefined);
}

/** A function's refusal (field = a dotted path of the request) beside the box it is about. */
export function boxOfField(field: string | undefined, whose: Whose): Box | undefined {
  if (!field) return undefined;
  const path = field.replace(/^content\./, '');
  if (path.startsWith('veteranSubsidy.exclusions.')) {
    const id = path.slice('veteranSubsidy.exclusions.'.length) as ExclusionId;
    return KNOWN_EXCLUSIONS.includes(id) ? `exclusion-${id}` : undefined;
  }
  if (path.startsWith('veteranSubsidy.')) return FIGURE_BOX[path.slice('veteranSubsidy.'.length)];
  const mine = whose === SELF ? 'principal' : 'agent';
  if (path === `${mine}.name`) return 'me-name';
  if (path === `${mine}.idNumber`) return 'me-id';
  if (path === `${mine}.phone`) return 'me-phone';
  if (path === 'principal.phone') return 'principal-phone';
  if (path === 'commitment.signerName') return 'signer';
  if (path === 'commitment.accepted' || path === 'commitment') return 'accept';
  return undefined;
}

/**
 * An estimateClaim refusal beside its box: the request's own paths (veteranSubsidy.…) and the rules' paths for the
 * same figures (date is the discharge date the rules read; settlement.… the 结算单's amounts).
 */
export function boxOfEstimateField(field: string | undefined): Box | undefined {
  if (!field) return undefined;
  const path = field.replace(/^veteranSubsidy\./, '');
  if (path === 'date') return 'discharge';
  if (path.startsWith('exclusions.')) {
    const id = path.slice('exclusions.'.length) as ExclusionId;
    return KNOWN_EXCLUSIONS.includes(id) ? `exclusion-${id}` : undefined;
  }
  return FIGURE_BOX[path.replace(/^settlement\./, '')];
}

/** "医保结算单：医保……的合规部分：必须填写" → "必须填写": beside the box, its name is already on the label. */
export function besideBox(message: string): string {
  const i = message.lastIndexOf('：');
  return i >= 0 && i < message.length - 1 ? message.slice(i + 1) : message;
}

// ——— the estimate, shown before filing ———

export interface EstimateCard {
  /** "预计补助 11,400.00 元" or "这次不能补助". */
  headline: string;
  amount: string;
  refused: boolean;
  lines: string[];
  steps: { text: string; amount: string; source: string }[];
  notes: string[];
  /** "2026 年 12 月": when the township station takes the claim. */
  window: string | null;
}

/**
 * The rules' notes that are about this claim. The others describe the person's whole year — who counts, 资助参保,
 * the 定额门诊补助 — which the status page shows, or the window, which the card already says: the rules list those
 * in `yearNotes` by kind.
 */
export function claimNotes(e: Pick<ClaimEstimateView['estimate'], 'notes' | 'yearNotes'>): string[] {
  const year = new Set(e.yearNotes.map((n) => n.text));
  return e.notes.filter((n) => !year.has(n));
}

export function estimateCard(v: ClaimEstimateView): EstimateCard {
  const e = v.estimate;
  const refused = Number(e.subsidy) === 0;
  const lines: string[] = [];
  if (e.annualCap !== null) {
    lines.push(`${v.year} 年已补助 ${yuan(v.paidBefore)}，年最高限额 ${yuan(e.annualCap)}`);
    if (e.remainingCap !== null) lines.push(`这次补助后，${v.year} 年还可补助 ${yuan(e.remainingCap)}`);
  }
  const window = e.nextApplicationMonth ? `${e.nextApplicationMonth.slice(0, 4)} 年 ${Number(e.nextApplicationMonth.slice(5))} 月` : null;
  return {
    headline: refused ? '这次不能补助' : `预计补助 ${yuan(e.subsidy)}`,
    amount: yuan(e.subsidy),
    refused,
    lines,
    steps: e.steps.map((s) => ({ text: s.formula, amount: yuan(s.amount), source: citationText(s.source) })),
    notes: claimNotes(e),
    window,
  };
}

