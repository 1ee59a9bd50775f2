import type { AppContext } from '../../applications/context';
import type { ApplicationQuery } from '../../store/store';
import type { ApplicationRecord, ApplicationStatus } from '../../store/types';
import type { StaffQueueItem, StaffQueuePage } from '../../../shared/contract/staff';
import { summaryView } from '../../applications/view';
import { hooksOf } from '../../applications/types';
import { applicationOffice } from '../../../shared/applications/offices';
import { type StaffActor, inScope } from './scope';
import { chinaDateBounds, chinaTimeText } from './china-time';
import { parseQueueQuery, QUEUE_STATUSES } from './requests';
import { searchFilter } from './search';

/** The store's filter for a staff member's scope: their region, and their area or one area of the region they chose. */
function scopeFilter(actor: StaffActor, area: string | undefined): { office: { region: string; area?: string } } | null {
  if (actor.area !== null && area !== undefined && area !== actor.area) return null;
  const wanted = actor.area ?? area;
  return { office: { region: actor.region, ...(wanted !== undefined ? { area: wanted } : {}) } };
}

/** One queue line: the summary, where it is handled, when it was submitted in China time, a possible duplicate. */
export async function queueItem(ctx: AppContext, r: ApplicationRecord): Promise<StaffQueueItem> {
  const warnings = (await hooksOf(r.type)?.duplicateWarnings?.(ctx.store, r)) ?? [];
  return {
    ...summaryView(r, 'staff'),
    office: applicationOffice(r.office),
    submittedAtText: r.submittedAt ? chinaTimeText(r.submittedAt) : null,
    duplicateWarning: warnings[0]?.text ?? null,
  };
}

/**
 * GET /applications: the staff member's queue — their scope only, never a draft — filtered, searched, oldest
 * submission first unless asked otherwise, a page at a time with the total and the counts per status (same scope and
 * filters, any status).
 */
export async function staffQueue(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<StaffQueuePage> {
  const q = parseQueueQuery(query);
  const scope = scopeFilter(actor, q.area);
  const empty: StaffQueuePage = { items: [], total: 0, nextCursor: null, counts: Object.fromEntries(QUEUE_STATUSES.map((s) => [s, 0])) };
  if (!scope) return empty;
  const base = {
    ...scope,
    submitted: chinaDateBounds(q.from, q.to),
    ...(q.type ? { type: q.type as ApplicationRecord['type'] } : {}),
    ...(q.q ? searchFilter(ctx, q.q) : {}),
  } as ApplicationQuery;
  const status: ApplicationStatus | undefined = q.status === 'all' ? undefined : q.status;
  const [page, ...counted] = await Promise.all([
    ctx.store.listApplications({
      ...base,
      ...(status ? { status } : {}),
      order: q.order === 'newest' ? 'queueNewest' : 'queue',
      ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
      ...(q.limit !== undefined ? { limit: q.limit } : {}),
    }),
    // In queue order, the order of the indexes these counts are read from (no sort to fetch the one item).
    ...QUEUE_STATUSES.map((s) => ctx.store.listApplications({ ...base, status: s, order: 'queue', limit: 1 })),
  ]);
  // The store filtered by scope; this is the last line against a filter that did not apply.
  if (page.items.some((r) => !inScope(actor, r))) throw new Error('staff queue: the store returned an application outside the scope');
  return {
    items: await Promise.all(page.items.map((r) => queueItem(ctx, r))),
    total: page.total,
    nextCursor: page.nextCursor,
    counts: Object.fromEntries(QUEUE_STATUSES.map((s, i) => [s, counted[i].total])),
  };
}
