import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import type { FieldErrors } from '../../model/steps';

/**
 * H5: each step of the form is a browser history entry, so the phone's back button, the browser's back and the
 * title bar's back arrow (Taro's navigateBack is `history.go(-1)`) go to the previous step, and forward goes on again.
 *
 * Taro's router (@tarojs/router 4.2.1, hash mode over the `history` 5 package) takes every `popstate` for a page
 * change: for the same page it unloads it and mounts it afresh, and it reads forward as back. So the step entries
 * are this page's own: the same URL, the step in `history.state` beside the router's own fields (`usr`, `key`, `idx`,
 * which are kept), and a capturing `popstate` listener that, while this page is the one shown, takes an event
 * landing on a step entry and stops it before the router's listener runs (at the target window, capturing
 * listeners run before the others). An event landing on any other entry (back from step 1, back from the result
 * page to this one) goes to the router as before.
 *
 * weapp has no history: the form renders <BackGuard> (components/back-guard) instead; everything here is a no-op there.
 */
const MARK = 'yibaoEstimateStep';

function markOf(state: unknown): number | null {
  const v = state && typeof state === 'object' ? (state as Record<string, unknown>)[MARK] : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 64 ? v : null;
}

function withMark(step: number): Record<string, unknown> {
  const state = window.history.state as unknown;
  return { ...(state && typeof state === 'object' ? (state as Record<string, unknown>) : {}), [MARK]: step };
}

const isH5 = process.env.TARO_ENV === 'h5';

export interface StepHistory {
  /** One step on (下一步): a new entry, so back returns to the step she left. */
  forward(to: number): void;
  /**
   * Back to an earlier step (上一步, 清空重填, a refused step on 开始估算): through the history, so back and forward stay
   * in line with what she sees; the step and its errors are shown when the browser has moved. False when the page
   * must show it directly (weapp, or the entries are not this form's).
   */
  back(to: number, errors?: FieldErrors): boolean;
}

/**
 * `decide(to)` says which step to show for an entry (the form's steps can have changed since it was made: a step
 * past the last is the last); `show` shows it. Forward after changing an earlier answer lands where the entry says
 * without checking the steps it passes: 开始估算 checks every step and goes back to the first one not complete.
 */
export function useStepHistory(
  step: number,
  decide: (to: number) => { step: number; errors: FieldErrors },
  show: (to: number, errors: FieldErrors) => void,
): StepHistory {
  const stepNow = useRef(step);
  stepNow.current = step;
  const handlers = useRef({ decide, show });
  handlers.current = { decide, show };
  const shown = useRef(true);
  const pending = useRef<FieldErrors | null>(null);
  useDidShow(() => {
    shown.current = true;
  });
  useDidHide(() => {
    shown.current = false;
  });

  useEffect(() => {
    if (!isH5) return undefined;
    const at = markOf(window.history.state);
    if (at === null) {
      // Opened (or resumed from the saved draft): the router's entry is step 1, then one entry per step reached.
      window.history.replaceState(withMark(0), '');
      for (let k = 1; k <= stepNow.current; k += 1) window.history.pushState(withMark(k), '');
    } else if (at !== stepNow.current) {
      // A reload: the entry she was on says the step.
      const { step: to, errors } = handlers.current.decide(at);
      window.history.replaceState(withMark(to), '');
      handlers.current.show(to, errors);
    }
    const onPop = (event: PopStateEvent) => {
      const to = markOf(event.state);
      if (to === null || !shown.current) return;
      event.stopImmediatePropagation();
      // No history.go() from in here: called inside a traversal's popstate, Chromium's own index (what its back
      // button reads, seen through CDP) stays on the entry it left, one off from the page.
      const decided = handlers.current.decide(to);
      const errors = pending.current ?? decided.errors;
      pending.current = null;
      handlers.current.show(decided.step, errors);
    };
    window.addEventListener('popstate', onPop, true);
    return () => window.removeEventListener('popstate', onPop, true);
  }, []);

  return {
    forward(to) {
      if (isH5) window.history.pushState(withMark(to), '');
    },
    back(to, errors = {}) {
      if (!isH5) return false;
      const at = markOf(window.history.state);
      if (at === null || to >= at) return false;
      pending.current = errors;
      window.history.go(to - at);
      return true;
    },
  };
}
