import { z } from 'zod';
import { applicationId } from './request-id';
import { parseDescribed } from './describe';
import { DOCUMENT_KINDS } from '../contract/documents';

/** A signed document of one application, as PDF (server/documents/link-action.ts). */
export const documentLinkRequest = z
  .object({
    id: applicationId,
    document: z.enum(DOCUMENT_KINDS, { errorMap: () => ({ message: '须为承诺书（commitment）或备案凭证（voucher）' }) }),
  })
  .strict();

const LABELS: Record<string, string> = { id: '申请编号', document: '文件' };

export function parseDocumentRequest(input: unknown): z.output<typeof documentLinkRequest> {
  return parseDescribed(documentLinkRequest, input, (path) => LABELS[String(path[0] ?? '')] ?? '请求');
}
