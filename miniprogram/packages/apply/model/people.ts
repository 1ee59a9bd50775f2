import type { ZodIssue } from 'zod';
import { CLOSE_RELATIVES, inverseRelation, relationLabel, type CloseRelative } from '../../../../shared/filing/relations';
import { claimIdentityRequest, familyMemberRequest } from '../../../../shared/schemas/application';
import type { FamilyMemberView } from '../../../../server/applications/family';
import type { ApplyDraft, MemberSnapshot } from './draft';

/**
 * Who the application is for. A saved family member reads "he or she is my …" (我的父母); filing for them, the user
 * is the agent with the inverse relation (a daughter is her father's 子女), which is what the forms record.
 */

/** The relations a family member can be saved with, as the user says them: "他/她是我的…". */
export const RELATION_CHOICES: { value: CloseRelative; label: string }[] = CLOSE_RELATIVES.map((r) => ({ value: r.id, label: r.label }));

export function memberSnapshot(m: FamilyMemberView): MemberSnapshot {
  return {
    name: m.name,
    relation: m.relation,
    relationLabel: m.relationLabel,
    idNumberMasked: m.idNumberMasked,
    phoneMasked: m.phoneMasked ?? '',
  };
}

/** Choosing a saved member as the principal; the agent's relation follows from theirs. */
export function chooseMember(draft: ApplyDraft, m: FamilyMemberView): ApplyDraft {
  return {
    ...draft,
    who: 'family',
    memberId: m.id,
    member: memberSnapshot(m),
    agentRelation: inverseRelation(m.relation),
    principal: { ...draft.principal, phone: m.phoneMasked ? '' : draft.principal.phone },
    accepted: false,
  };
}

/** "您是张大山的子女": the relation the agent signs with. */
export function agentRelationText(draft: ApplyDraft): string {
  if (draft.who !== 'family' || !draft.member || !draft.agentRelation) return '';
  return `您是${draft.member.name}的${relationLabel(draft.agentRelation)}`;
}

/** Filing for oneself drops a chosen member; the user's own boxes stay as typed. */
export function chooseSelf(draft: ApplyDraft): ApplyDraft {
  if (draft.who === 'self') return draft;
  // The user typed themselves as the agent: they become the principal.
  const me = draft.who === 'family' ? draft.agent : draft.principal;
  return { ...draft, who: 'self', memberId: '', member: null, agentRelation: '', principal: me, agent: { ...draft.agent }, accepted: false };
}

export function chooseFamily(draft: ApplyDraft): ApplyDraft {
  if (draft.who === 'family') return draft;
  const me = draft.principal;
  return { ...draft, who: 'family', agent: me, principal: { name: '', idNumber: '', phone: '', idNumberMasked: '', phoneMasked: '' }, accepted: false };
}

/** The new-member form, as typed. */
export interface MemberForm {
  name: string;
  relation: CloseRelative | '';
  idNumber: string;
  phone: string;
}

export const EMPTY_MEMBER_FORM: MemberForm = { name: '', relation: '', idNumber: '', phone: '' };

export type MemberBox = 'member-name' | 'member-relation' | 'member-id' | 'member-phone';
export type MemberErrors = Partial<Record<MemberBox, string>> & { banner?: string };

const MEMBER_BOX: Record<string, MemberBox> = { name: 'member-name', relation: 'member-relation', idNumber: 'member-id', phone: 'member-phone' };

function say(issue: ZodIssue, choice: boolean): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return choice ? '请选择' : '必须填写';
  if (issue.code === 'invalid_enum_value') return '请选择';
  if (issue.code === 'too_small' && issue.type === 'string') return '不能为空';
  return /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '格式不正确';
}

/** The family.save request, or the boxes that are wrong (familyMemberRequest, as the function checks it). */
export function memberRequest(form: MemberForm): { ok: true; request: Record<string, string> } | { ok: false; errors: MemberErrors } {
  const request: Record<string, string> = {};
  if (form.name.trim()) request.name = form.name.trim();
  if (form.relation) request.relation = form.relation;
  if (form.idNumber.trim()) request.idNumber = form.idNumber.trim();
  if (form.phone.trim()) request.phone = form.phone.trim();
  const r = familyMemberRequest.safeParse(request);
  if (r.success) return { ok: true, request };
  const errors: MemberErrors = {};
  for (const issue of r.error.issues) {
    const box = MEMBER_BOX[String(issue.path[0])];
    if (box && !errors[box]) errors[box] = say(issue, box === 'member-relation');
    else if (!box && !errors.banner) errors.banner = say(issue, false);
  }
  return { ok: false, errors };
}

/** The user's own identity, remembered on this phone. */
export interface Me {
  name: string;
  idNumber: string;
  phone: string;
}

export const EMPTY_ME: Me = { name: '', idNumber: '', phone: '' };

export function parseMe(raw: unknown): Me {
  if (!raw || typeof raw !== 'object') return { ...EMPTY_ME };
  const r = raw as Record<string, unknown>;
  const t = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  return { name: t(r.name, 30), idNumber: t(r.idNumber, 18), phone: t(r.phone, 11) };
}

/**
 * What to remember of the user once their boxes are valid, and the declareSelf request ("this ID number is me"), the
 * first step towards seeing what a relative files for them (model/identity.ts). Null while the name or number is not
 * typed or not valid.
 */
export function meToRemember(draft: ApplyDraft): { me: Me; declare: { name: string; idNumber: string } } | null {
  const p = draft.who === 'family' ? draft.agent : draft.principal;
  const declare = { name: p.name.trim(), idNumber: p.idNumber.trim() };
  if (!claimIdentityRequest.safeParse(declare).success) return null;
  return { me: { name: declare.name, idNumber: declare.idNumber.toUpperCase(), phone: p.phone.trim() }, declare };
}
