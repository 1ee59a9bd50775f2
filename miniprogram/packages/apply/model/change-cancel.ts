import type { ApplicationView } from '../../../../shared/contract/applications';
import { chinaTime } from './status';
import { staysInForce } from './types';

/**
 * An accepted 异地就医备案 on its page: how long it is valid, and the two things the person may do with it —
 * 变更备案 (a new draft from it, which replaces it once accepted) and 取消备案 (with an optional reason). Mirrors
 * server/applications/change-cancel.ts: either is open to an accepted application of a type that stays in force only; the change to its filer
 * only (the stored form names them as the signer), the cancellation to the filer or the principal.
 */
type FilingView = Pick<ApplicationView, 'type' | 'status' | 'myRole'>;

export const REASON_MAX = 200;

function isAcceptedFiling(view: FilingView): boolean {
  return staysInForce(view.type) && view.status === 'accepted';
}

export function canCancelFiling(view: FilingView): boolean {
  return isAcceptedFiling(view) && (view.myRole === 'filer' || view.myRole === 'principal');
}

export function canChangeFiling(view: FilingView): boolean {
  return isAcceptedFiling(view) && view.myRole === 'filer';
}

/** 有效期 of a 备案 that has been accepted or cancelled, as the server words it; nothing before acceptance. */
export function validityLine(view: Pick<ApplicationView, 'status' | 'remoteFiling'>): string | null {
  if (view.status !== 'accepted' && view.status !== 'cancelled') return null;
  return view.remoteFiling?.validity ?? null;
}

/** When and why a 备案 was cancelled: "2026-02-03 12:05 取消。原因：…", or that a new filing replaced it. */
export function cancellationText(view: Pick<ApplicationView, 'status' | 'cancellation'>): string | null {
  const c = view.cancellation;
  if (view.status !== 'cancelled' || !c) return null;
  const when = `${chinaTime(c.at)} 取消`;
  if (c.replacedBy) return `${when}：${c.reason ?? '已由新备案替代'}（新备案受理时自动取消）。`;
  return c.reason ? `${when}。原因：${c.reason}` : `${when}。`;
}

/** The cancelFiling payload: the reason trimmed, and left out when empty (it is optional). */
export function cancelPayload(id: string, reason: string): { id: string; reason?: string } {
  const r = reason.trim();
  return r ? { id, reason: r.slice(0, REASON_MAX) } : { id };
}

/** What the confirm box says before cancelling: the filing stops, for good. */
export const CANCEL_CONFIRM_TEXT = '取消后这份备案不再有效，也不能恢复；以后需要异地就医时请重新备案。确定取消吗？';

/** What the change button explains: the old filing stays in force until the new one is accepted. */
export const CHANGE_HINT = '变更：按这份备案的内容新建一份申请，修改后提交；新备案受理后，这份备案自动取消，在此之前仍然有效。';
