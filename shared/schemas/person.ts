import { z } from 'zod';
import { personName } from './common';
import { idNumberProblem, normalizeIdNumber } from '../idcard';
import { phoneProblem } from '../phone';
import { CLOSE_RELATIVE_IDS } from '../filing/relations';
import { requestId } from './request-id';

/** The persons of an application (the insured principal, an agent who files for them), as every type asks them. */

export const idNumber = z
  .string({ required_error: '必须填写', invalid_type_error: '身份证号须写成字符串' })
  .transform(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const mobile = z
  .string({ required_error: '必须填写', invalid_type_error: '手机号须写成字符串' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = phoneProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// Names and free text refuse invisible and control characters, and an ID or mobile number typed into them is
// masked on the way in, like the form's own ID and phone fields (schemas/common.ts, typedText).
export const name = personName(30);

export const person = z.object({ name, idNumber, phone: mobile }).strict();
export const agent = person.extend({ relation: z.enum(CLOSE_RELATIVE_IDS) }).strict();

/** "This is me": the caller's own name and ID number (server/applications/claims.ts). */
export const claimIdentityRequest = z.object({ name, idNumber }).strict();

/** A family member saved once and picked later (server/applications/family.ts). */
export const familyMemberRequest = z
  .object({ name, relation: z.enum(CLOSE_RELATIVE_IDS), idNumber, phone: mobile.optional(), requestId: requestId.optional() })
  .strict();
