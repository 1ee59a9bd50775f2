import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../shared/contract/applications';
import { messageOf } from '../api/errors';

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

/**
 * A paged table's state over useCursorPages: the items of the page shown, the total, its index, loading and the
 * error of the last read; the first page is read on mount. `show(k)` reads page k (0-based).
 */
export function usePagedList<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const { load, reset } = useCursorPages(fetchPage);

  const show = useCallback(
    async (index: number) => {
      setLoading(true);
      setError(null);
      try {
        const { page, index: reached } = await load(index);
        setItems(page.items);
        setTotal(page.total);
        setCurrent(reached);
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setLoading(false);
      }
    },
    [load],
  );

  useEffect(() => {
    void show(0);
  }, [show]);

  return { items, total, current, loading, error, show, reset };
}
