import type { ApplicationQuery, Store } from '../store/store';
import type { ApplicationRecord, Page } from '../store/types';

/**
 * Every application matching a query, page by page: for lists bounded by nature (one person's claims of a year),
 * where the caller needs them all. Lists a person scrolls (我的申请, the staff queue) are paged to the caller instead.
 */
export async function allApplications(store: Pick<Store, 'listApplications'>, query: Omit<ApplicationQuery, 'cursor' | 'limit'>): Promise<ApplicationRecord[]> {
  const out: ApplicationRecord[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<ApplicationRecord> = await store.listApplications({ ...query, limit: 100, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** A page of records shown as something else (a summary view), keeping the total and the cursor. */
export function mapPage<T, U>(page: Page<T>, f: (item: T) => U): Page<U> {
  return { items: page.items.map(f), total: page.total, nextCursor: page.nextCursor };
}
