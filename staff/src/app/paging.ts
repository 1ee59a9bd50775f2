import { useCallback, useRef } from 'react';
import type { Page } from '../../../shared/contract/applications';

/**
 * Page numbers over the API's cursors: the cursor of each page is the nextCursor of the one before, so page k is
 * reached by walking from the furthest page already known (the cursor stays opaque to the console). `reset` forgets
 * the cursors when the filters change.
 */
export function useCursorPages<P extends Page<unknown>>(fetchPage: (cursor: string | undefined) => Promise<P>) {
  const cursors = useRef<(string | undefined)[]>([undefined]);
  const reset = useCallback(() => {
    cursors.current = [undefined];
  }, []);
  const load = useCallback(
    async (index: number): Promise<{ page: P; index: number }> => {
      let k = Math.min(index, cursors.current.length - 1);
      let page = await fetchPage(cursors.current[k]);
      while (k < index && page.nextCursor) {
        k += 1;
        cursors.current[k] = page.nextCursor;
        page = await fetchPage(page.nextCursor);
      }
      if (page.nextCursor) cursors.current[k + 1] = page.nextCursor;
      return { page, index: k };
    },
    [fetchPage],
  );
  return { load, reset };
}
