/**
 * The signed documents as PDF (server/documents): the applications function's `documentLink` action answers where
 * the PDF can be fetched for a few minutes — locally the gateway's signed GET /documents/… link, on CloudBase a
 * temporary URL of the file the function wrote to cloud storage. The same shape on both.
 */
export const DOCUMENT_KINDS = ['commitment', 'voucher'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where the local gateway serves a document: /documents/<applicationId>/<document>?a=&e=&s= */
export const DOCUMENT_ROUTE = '/documents/';

export interface DocumentLink {
  url: string;
  /** What to save it as: the form's title and the business number, ".pdf". */
  fileName: string;
  /** ISO instant after which the link no longer works. */
  expiresAt: string;
}
