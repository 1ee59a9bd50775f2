import type { CommitmentForm } from './types';

/** A blank the form has not filled yet, as renderCommitment shows one. */
const BLANK = '____';

/**
 * The signature line of a commitment, saying who signs in what capacity (issue 15): the insured person signs as 本人;
 * an agent signing a form written for the insured person (003 附件1, the only 备案 form: "他人代办" signs the same
 * one) signs as 代办人 on their behalf; the 委托代理人 of 附件3 signs as what the form calls them. The relation reads
 * "the agent is the principal's …" (shared/filing/relations.ts).
 */
export function signerLine(
  form: Pick<CommitmentForm, 'kind' | 'signerLabel'>,
  people: { principalName?: string; agentName?: string; relationLabel?: string; hasAgent: boolean },
): string {
  const principal = people.principalName || BLANK;
  if (!people.hasAgent) return `${form.signerLabel}(签名)：${principal}（参保人本人）`;
  const agent = people.agentName || BLANK;
  const tie = people.relationLabel ? `${principal}的${people.relationLabel}` : `${principal}的近亲属`;
  if (form.kind === 'agentCommitment') return `${form.signerLabel}(签名)：${agent}（${tie}）`;
  return `${form.signerLabel}(签名)：${agent}（代办人，${tie}，代${principal}签署）`;
}
