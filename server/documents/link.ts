import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { DOCUMENT_ROUTE, type DocumentKind } from '../../shared/contract/documents';

/**
 * The local gateway's document links: GET /documents/<application>/<document>?a=<account>&e=<expiry>&s=<signature>,
 * an HMAC over (application, document, account, expiry) with a key random per process and never written anywhere —
 * the gateway and the functions it runs share the process, so one key signs and checks, and a restart ends every link
 * (they last minutes). A link names one document of one application for one account: it cannot be turned into
 * another document, another application or another account's.
 */
const KEY = randomBytes(32);

export interface DocumentGrant {
  applicationId: string;
  document: DocumentKind;
  openid: string;
}

function sign(g: DocumentGrant, exp: number): string {
  return createHmac('sha256', KEY).update(`document\n${g.applicationId}\n${g.document}\n${g.openid}\n${exp}`).digest('base64url');
}

export function documentUrl(g: DocumentGrant, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  const q = new URLSearchParams({ a: g.openid, e: String(exp), s: sign(g, exp) });
  return `${DOCUMENT_ROUTE}${encodeURIComponent(g.applicationId)}/${g.document}?${q.toString()}`;
}

export function checkDocumentLink(g: DocumentGrant, exp: number, signature: string, now: Date): boolean {
  if (!Number.isSafeInteger(exp) || exp * 1000 <= now.getTime()) return false;
  const want = Buffer.from(sign(g, exp));
  const got = Buffer.from(signature);
  return got.length === want.length && timingSafeEqual(got, want);
}
