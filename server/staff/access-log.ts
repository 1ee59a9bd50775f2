import type { AppContext } from '../applications/context';
import { newId, nowIso } from '../applications/context';
import type { StoreTx } from '../store/store';
import type { Page, StaffAccessRecord } from '../store/types';
import type { AccessLogEntry } from '../../shared/contract/staff';
import { parseDescribed } from '../../shared/schemas/describe';
import type { StaffActor } from './route';
import { staffLabels } from './accounts/schemas';
import { staffListInput } from './accounts/users';

/**
 * The PIPL access log: one entry per full-ID view, written before the number is shown (in the caller's transaction
 * when it has one), never changed. `what` is the application, the person whose number is shown and that person,
 * masked ("王大山 5119**********1234"); who and when come from the session and the clock.
 */
export async function logAccess(
  app: AppContext,
  actor: StaffActor,
  what: Pick<AccessLogEntry, 'applicationId' | 'number' | 'person' | 'subject' | 'reason'>,
  tx?: StoreTx,
): Promise<StaffAccessRecord> {
  const entry: StaffAccessRecord = {
    id: newId(),
    at: nowIso(app),
    staff: actor.login,
    staffRegion: actor.region,
    staffArea: actor.area,
    applicationId: what.applicationId,
    number: what.number,
    person: what.person,
    subject: what.subject,
    reason: what.reason ?? null,
  };
  await (tx ?? app.store).appendAccessLog(entry);
  return entry;
}

/** An administrator reads the views made by staff of their own scope, newest first. */
export async function listAccess(app: AppContext, actor: StaffActor, query: unknown): Promise<Page<AccessLogEntry>> {
  const q = parseDescribed(staffListInput, query, staffLabels);
  const page = await app.store.listAccessLog({ region: actor.region, ...(actor.area !== null ? { area: actor.area } : {}), ...q });
  return {
    ...page,
    items: page.items.map(({ at, staff, applicationId, number, person, subject, reason }) => ({ at, staff, applicationId, number, person, subject, reason: reason ?? null })),
  };
}
