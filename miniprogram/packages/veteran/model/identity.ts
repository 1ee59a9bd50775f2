import type { ZodIssue } from 'zod';
import { claimIdentityRequest } from '../../../../shared/schemas/application';

/** 本人实名 as typed, checked with the schema family.claimIdentity checks it with. */
export interface IdentityForm {
  name: string;
  idNumber: string;
}

export type IdentityErrors = { name?: string; idNumber?: string; banner?: string };

function say(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return '必须填写';
  if (issue.code === 'too_small' && issue.type === 'string') return '不能为空';
  return /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '格式不正确';
}

export function identityErrors(form: IdentityForm): IdentityErrors {
  const req: Record<string, string> = {};
  if (form.name.trim()) req.name = form.name.trim();
  if (form.idNumber.trim()) req.idNumber = form.idNumber.trim();
  const r = claimIdentityRequest.safeParse(req);
  if (r.success) return {};
  const errors: IdentityErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0]);
    if ((key === 'name' || key === 'idNumber') && !errors[key]) errors[key] = say(issue);
  }
  return errors;
}
