import { personErrors, type DeclareForm } from '../../../models/identity';

/** 本人实名 as typed, checked with the schema family.declareSelf checks it with (one copy: models/identity.ts). */
export type IdentityForm = DeclareForm;

export type IdentityErrors = { name?: string; idNumber?: string; banner?: string };

export function identityErrors(form: IdentityForm): IdentityErrors {
  const { name, idNumber } = personErrors(form);
  return { ...(name ? { name } : {}), ...(idNumber ? { idNumber } : {}) };
}
