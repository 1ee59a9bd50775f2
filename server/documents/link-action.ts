import type { AppContext, Identity } from '../applications/context';
import { nowDate } from '../applications/context';
import { canSee, loadVisible } from '../applications/access';
import { ApplicationError } from '../applications/errors';
import { parseDocumentRequest } from '../../shared/schemas/document-request';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentLink } from '../../shared/contract/documents';
import { applicationPdf, documentFileName, type ApplicationPdf } from './index';
import { documentRefusal } from './registry';
import { checkDocumentLink, documentUrl } from './link';

/**
 * The applicant's way to a PDF (the applications function's `documentLink`): whoever may see the application (the
 * filer, or the verified principal: access.ts, the view's own check) gets an address good for LINK_MINUTES. Anyone
 * else — another account, a guessed id, someone else's draft — gets the view's NOT_FOUND, before anything about the
 * documents is said.
 *
 * Locally the link is the gateway's (link.ts) and the PDF is made when it is fetched, after the access check is made
 * again (a verification revoked meanwhile ends it). On CloudBase the function makes the PDF now, writes it to cloud
 * storage (which clients cannot read: cloudbase/storage.rules.json) and answers its temporary URL (getTempFileURL
 * with maxAge, as material links do); one file per application and document, overwritten each time.
 */
export const LINK_MINUTES = 10;

export async function documentLink(ctx: AppContext, identity: Identity, input: unknown): Promise<DocumentLink> {
  const req = parseDocumentRequest(input);
  const record = await loadVisible(ctx, identity, req.id);
  const refusal = documentRefusal(record, req.document);
  if (refusal) throw new ApplicationError('INVALID_STATE', refusal, 'document');
  const expiresAt = new Date(nowDate(ctx).getTime() + LINK_MINUTES * 60_000);
  if (ctx.store.kind === 'sqlite') {
    const url = documentUrl({ applicationId: record.id, document: req.document, openid: identity.openid }, expiresAt);
    return { url, fileName: documentFileName(record, req.document), expiresAt: expiresAt.toISOString() };
  }
  const pdf = await applicationPdf(ctx, record, req.document);
  const storagePath = await ctx.files.put(`documents/${record.id}/${req.document}.pdf`, pdf.bytes);
  const url = await ctx.files.link({ materialId: `${record.id}-${req.document}`, openid: identity.openid, storagePath }, expiresAt);
  return { url, fileName: pdf.fileName, expiresAt: expiresAt.toISOString() };
}

/** What a gateway link carries besides the application id and the document (query a, e, s). */
export interface DocumentLinkQuery {
  openid: string;
  expiresAt: number;
  signature: string;
}

/**
 * The PDF behind a local link, or null for anything that is not a live link of an account that may still see the
 * application and a document it still has — one null for every reason, so the gateway answers one 404.
 */
export async function readLinkedDocument(ctx: AppContext, applicationId: string, document: string, q: DocumentLinkQuery): Promise<ApplicationPdf | null> {
  const kind = DOCUMENT_KINDS.find((k) => k === document);
  if (!kind) return null;
  if (!checkDocumentLink({ applicationId, document: kind, openid: q.openid }, q.expiresAt, q.signature, nowDate(ctx))) return null;
  const record = await ctx.store.getApplication(applicationId);
  if (!record || !(await canSee(ctx.store, { openid: q.openid }, record))) return null;
  if (documentRefusal(record, kind as DocumentKind)) return null;
  return applicationPdf(ctx, record, kind);
}
