import Taro from '@tarojs/taro';

/**
 * The privacy gate (小程序隐私协议开发指南): with `__usePrivacyCheck__` on, the first call of a privacy API (chooseMedia,
 * setClipboardData, …) by someone who has not agreed to the 用户隐私保护指引 waits, and WeChat fires
 * onNeedPrivacyAuthorization with a `resolve`. The dialog on the current page shows the guide and answers:
 * resolve({ buttonId, event: 'agree' }) after the person taps the agreePrivacyAuthorization button, or
 * resolve({ event: 'disagree' }), which fails the waiting call with errno 104 — the caller then says so in Chinese.
 */
export type PrivacyEvent = 'exposureAuthorization' | 'agree' | 'disagree';
export type PrivacyResolve = (option: { event: PrivacyEvent; buttonId?: string }) => void;
type Register = (listener: (resolve: PrivacyResolve, info?: { referrer?: string }) => void) => void;

/** The id of the dialog's agree button: the base library checks that this very button was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree';

/** Several privacy calls can wait at once (two pages, two taps): one answer settles them all. */
let waiting: PrivacyResolve[] = [];
let referrer = '';
const dialogs = new Set<(open: boolean, referrer: string) => void>();

function settle(event: 'agree' | 'disagree') {
  const all = waiting;
  waiting = [];
  for (const resolve of all) resolve(event === 'agree' ? { buttonId: AGREE_BUTTON_ID, event } : { event });
  for (const show of dialogs) show(false, referrer);
}

/** Called once at launch on weapp. `register` is wx.onNeedPrivacyAuthorization (base library ≥ 2.32.3). */
export function listenForPrivacyPrompts(register: Register | undefined = Taro.onNeedPrivacyAuthorization as unknown as Register | undefined): boolean {
  if (typeof register !== 'function') return false;
  register((resolve, info) => {
    waiting.push(resolve);
    referrer = info?.referrer ?? '';
    // No dialog on screen (a page without ThemedPage): refuse rather than leave the call hanging for ever.
    if (dialogs.size === 0) return settle('disagree');
    resolve({ event: 'exposureAuthorization' });
    for (const show of dialogs) show(true, referrer);
  });
  return true;
}

/** A dialog mounts and listens; the return value unmounts it. A dialog mounted while a call waits opens at once. */
export function watchPrivacyPrompt(show: (open: boolean, referrer: string) => void): () => void {
  dialogs.add(show);
  if (waiting.length > 0) show(true, referrer);
  return () => {
    dialogs.delete(show);
  };
}

export function agreePrivacy(): void {
  settle('agree');
}

export function disagreePrivacy(): void {
  settle('disagree');
}

/** For tests: forget waiting calls and dialogs. */
export function resetPrivacyGate(): void {
  waiting = [];
  referrer = '';
  dialogs.clear();
}
