import { CLOSE_RELATIVES, type CloseRelative } from '../../shared/filing/relations';
import { boxReason } from '../../shared/schemas/describe';
import { familyMemberRequest } from '../../shared/schemas/person';

/**
 * The people a user files for, as every task types them: the user's own identity (remembered on this phone) and the
 * new-family-member form (family.save). The filing pages' choice of who an application is for is apply/model/people.
 */

/** The relations a family member can be saved with, as the user says them: "他/她是我的…". */
export const RELATION_CHOICES: { value: CloseRelative; label: string }[] = CLOSE_RELATIVES.map((r) => ({ value: r.id, label: r.label }));

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
    if (box && !errors[box]) errors[box] = boxReason(issue, { choice: box === 'member-relation' });
    else if (!box && !errors.banner) errors.banner = boxReason(issue);
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
