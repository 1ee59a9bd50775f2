import type { AppContext } from '../../applications/context';
import { applicationPdf, DOCUMENT_KINDS, type DocumentKind } from '../../documents';
import { notFound } from '../../applications/errors';
import type { RawAnswer } from '../route';
import { type StaffActor, loadInScope } from './scope';

/**
 * GET /applications/:id/documents/:document.pdf (commitment | voucher): the same PDF the applicant saves
 * (server/documents applicationPdf), after the application is found in the staff member's scope — out of scope,
 * unknown id and unknown document are one NOT_FOUND; a document the record does not have is the service's
 * INVALID_STATE with its Chinese reason.
 */
export async function staffDocument(ctx: AppContext, actor: StaffActor, idOrNumber: string, document: string): Promise<RawAnswer> {
  const record = await loadInScope(ctx, actor, idOrNumber);
  if (!(DOCUMENT_KINDS as readonly string[]).includes(document)) throw notFound();
  const pdf = await applicationPdf(ctx, record, document as DocumentKind);
  return { raw: { contentType: 'application/pdf', bytes: pdf.bytes, fileName: pdf.fileName } };
}
