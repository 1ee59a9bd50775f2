import { inverseRelation, relationLabel } from '../../../../shared/filing/relations';
import { claimIdentityRequest } from '../../../../shared/schemas/person';
import type { FamilyMemberView } from '../../../../shared/contract/family';
import type { Me } from '../../../models/people';
import type { ApplyDraft, MemberSnapshot } from './draft';

/**
 * Who the application is for. A saved family member reads "he or she is my …" (我的父母); filing for them, the user
 * is the agent with the inverse relation (a daughter is her father's 子女), which is what the forms record. The
 * new-member form and the user's own remembered identity, which the veteran pages use too, are models/people.ts.
 */

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
