import { z } from 'zod';
import { personName } from './common';
import { claimIdentityRequest } from './person';
import { applicationId } from './request-id';
import { parseLabelled } from './labelled';

/**
 * Requests of the identity model (server/identity): declaring "this is me", verifying through a source, and the
 * office's side (confirm after checking the card, issue a roster code, revoke). Names and ID numbers are checked by
 * the same rules as the application forms.
 */
const { name, idNumber } = claimIdentityRequest.shape;
// The same rules as the applications' staff and family-member boxes (shared/schemas/application.ts), without
// loading the application types: the mini-program reads this file.
// 60: the console records the account as "姓名（登录名）" (a 20-character name and a 32-character login).
const staff = personName(60);
const familyMemberId = applicationId;

export const declareSelfRequest = claimIdentityRequest;

/** The 服务站's one-time code: 8 digits, spaces and dashes as people type them are ignored. */
export const ROSTER_CODE_DIGITS = 8;
const code = z
  .string({ required_error: '必须填写', invalid_type_error: '核验码须写成文字' })
  .transform((v) => v.replace(/[\s-]/g, ''))
  .refine((v) => new RegExp(`^\\d{${ROSTER_CODE_DIGITS}}$`).test(v), `核验码是 ${ROSTER_CODE_DIGITS} 位数字`);

export const verifyWithCodeRequest = z.object({ name, idNumber, code, familyMemberId: familyMemberId.optional() }).strict();
export const finishFaceVerifyRequest = z
  .object({ verifyId: z.string({ required_error: '必须填写' }).min(1, '不能为空').max(256, '格式不正确').regex(/^[\x21-\x7e]+$/, '格式不正确') })
  .strict();
export const emptyRequest = z.object({}).strict();

/** The six characters a person reads out at the counter; staff type them as heard (case and O/0, I/L/1 forgiven). */
const ref = z
  .string({ required_error: '必须填写' })
  .transform((v) => v.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1'))
  .refine((v) => /^[0-9A-Z]{6}$/.test(v), '核验编号是 6 位字母或数字');
const text = (max: number) =>
  z.string({ required_error: '必须填写' }).trim().min(1, '不能为空').max(max, `太长了（最多 ${max} 个字）`);

export const staffVerifyRequest = z.object({ idNumber, name, ref, staff, evidence: text(100) }).strict();
export const staffRevokeRequest = z.object({ idNumber, ref, staff, reason: text(200) }).strict();
export const staffIssueCodeRequest = z.object({ idNumber, name, staff }).strict();
export const staffBindingsRequest = z.object({ idNumber }).strict();

export const IDENTITY_LABELS: ReadonlyMap<string, string> = new Map([
  ['name', '姓名'],
  ['idNumber', '身份证号'],
  ['code', '核验码'],
  ['familyMemberId', '家庭成员'],
  ['verifyId', '人脸核身编号'],
  ['ref', '核验编号'],
  ['staff', '经办人'],
  ['evidence', '核验依据'],
  ['reason', '原因'],
]);

export function parseIdentityRequest<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  return parseLabelled(schema, input ?? {}, IDENTITY_LABELS);
}
