import type { ApplicationView } from '../../../../server/applications/view';

/**
 * The commitment page: the form the function chose (委托代理人承诺书 when an agent files, 个人承诺书 otherwise) with
 * its blanks filled, the signer's name typed, an explicit "I accept", and a request id made once per submission
 * attempt so that a retry after a lost answer returns the same application instead of filing twice.
 */

/** Who must sign: the agent when there is one, otherwise the insured person (server/applications/submit.ts). */
export function expectedSigner(view: Pick<ApplicationView, 'agent' | 'principal'>): { name: string; role: string } {
  if (view.agent) return { name: view.agent.name ?? '', role: '代办人' };
  return { name: view.principal.name ?? '', role: '参保人本人' };
}

export const NOT_ACCEPTED = '须阅读并同意承诺书后才能提交';

/** The problems the function would refuse the signature for, in its words, or an empty list. */
export function signatureProblems(
  view: Pick<ApplicationView, 'agent' | 'principal' | 'commitment'>,
  signerName: string,
  accepted: boolean,
): { signer?: string; accept?: string } {
  const out: { signer?: string; accept?: string } = {};
  const signer = expectedSigner(view);
  const typed = signerName.trim();
  if (typed === '') out.signer = '请输入签名人的姓名';
  else if (typed !== signer.name) out.signer = `须由${signer.role}（${signer.name}）签署《${view.commitment.title}》`;
  if (!accepted) out.accept = NOT_ACCEPTED;
  return out;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new submission attempt's id (8–64 of [A-Za-z0-9_-], shared/schemas/application requestId): the time in base 36
 * and 16 random characters, so two attempts, on one phone or many, do not collide.
 */
export function newRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  let tail = '';
  for (let i = 0; i < 16; i++) tail += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return `req-${now.toString(36)}-${tail}`;
}

/** The id to submit with: the pending attempt's, when one was sent and not confirmed, or a new one. */
export function requestIdFor(pending: string, make: () => string = () => newRequestId()): string {
  return /^[A-Za-z0-9_-]{8,64}$/.test(pending) ? pending : make();
}

/** A submission that failed in transport may have reached the server: keep its id for the retry. */
export function keepRequestIdAfter(error: { code: string }): boolean {
  return error.code === 'NETWORK' || error.code === 'BAD_RESPONSE' || error.code === 'INTERNAL';
}
