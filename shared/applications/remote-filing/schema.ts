import { z } from 'zod';
import { typedText } from '../../schemas/common';
import { REMOTE_FILING_KINDS, isLongTerm } from './kinds';

/** 附件1 asks for 职工医保/居民医保, 就医备案地（省、市）, and for long-term stays the 异地长期居住住址. */
const fields = {
  kind: z.enum(REMOTE_FILING_KINDS),
  scheme: z.enum(['employee', 'resident']),
  destination: z.object({ province: typedText({ max: 20 }), city: typedText({ max: 20 }) }).strict(),
  residenceAddress: typedText({ max: 100 }).optional(),
};

export const remoteFilingSection = z
  .object(fields)
  .strict()
  .superRefine((v, ctx) => {
    if (isLongTerm(v.kind) && !v.residenceAddress) {
      ctx.addIssue({ code: 'custom', message: '长期备案须填写异地长期居住住址', path: ['residenceAddress'] });
    }
  });

export const remoteFilingDraft = z.object(fields).partial().strict();
export type RemoteFilingSection = z.output<typeof remoteFilingDraft>;

export const REMOTE_FILING_FIELD_LABELS: Record<string, string> = {
  kind: '备案类型',
  scheme: '参保险种',
  destination: '就医备案地',
  'destination.province': '就医备案地（省）',
  'destination.city': '就医备案地（市）',
  residenceAddress: '异地长期居住住址',
};
