import type { ApplicationView } from '../../../../shared/contract/applications';

/**
 * The commitment page: the form the function chose (委托代理人承诺书 when an agent files, 个人承诺书 otherwise) with
 * its blanks filled, the signer's name typed and an explicit "I accept". The submission's request id is
 * models/request-id.ts (the veteran claim submits the same way).
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
