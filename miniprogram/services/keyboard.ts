/**
 * H5 only: the controls are Views with a role (button, radio, checkbox, switch), which a browser neither puts in the
 * tab order nor activates with a key. This puts every such control in the tab order and lets Enter or Space press
 * it, for keyboard and switch-access users (and axe's scrollable-region-focusable: a page whose scrolling region
 * holds only such controls had nothing focusable). WeChat's 读屏 and touch need none of it.
 */
const CONTROL_ROLES = ['button', 'radio', 'checkbox', 'switch'];
const UNREACHABLE = CONTROL_ROLES.map((r) => `[role="${r}"]:not([tabindex])`).join(',');

function markControls(root: ParentNode): void {
  root.querySelectorAll(UNREACHABLE).forEach((el) => el.setAttribute('tabindex', '0'));
}

function pressOnKey(e: KeyboardEvent): void {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const el = e.target as HTMLElement | null;
  if (!el || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return;
  if (!CONTROL_ROLES.includes(el.getAttribute('role') ?? '')) return;
  e.preventDefault();
  el.click();
}

export function installKeyboardControls(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  markControls(document);
  new MutationObserver(() => markControls(document)).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  document.addEventListener('keydown', pressOnKey);
}
