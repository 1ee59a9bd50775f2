import type { AppContext } from '../../applications/context';
import type { StoreTx } from '../../store/store';
import type { ApplicationRecord } from '../../store/types';
import type { StaffActor } from '../route';
import { notFound } from '../../applications/errors';
import { normalizeNumber } from '../../../shared/applications/numbers';

/** The signed-in staff member, as the router (server/staff/http.ts) hands them to each handler. */
export type { StaffActor };

/**
 * Whether a staff member may see an application: it was submitted at least once (a draft, or a withdrawn draft, is
 * the applicant's alone) and its handling office is in their region — and their area, when they have one. An
 * application without an office is nobody's yet: no staff member sees it.
 */
export function inScope(actor: StaffActor, r: ApplicationRecord): boolean {
  if (r.status === 'draft' || r.submittedAt === null) return false;
  const office = r.office;
  if (!office || office.region !== actor.region) return false;
  return actor.area === null || office.area === actor.area;
}

/** Ids the stores issue (server/applications/context.ts newId) or older ones: letters, digits, - and _. */
const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * An application by its id or business number, when in the actor's scope; otherwise the same NOT_FOUND as an id that
 * does not exist, so a staff member of another region learns nothing by guessing.
 */
export async function loadInScope(ctx: AppContext, actor: StaffActor, idOrNumber: string): Promise<ApplicationRecord> {
  const number = normalizeNumber(idOrNumber);
  const record = number
    ? ((await ctx.store.listApplications({ number, order: 'queue', limit: 1 })).items[0] ?? null)
    : ID_SHAPE.test(idOrNumber)
      ? await ctx.store.getApplication(idOrNumber)
      : null;
  if (!record || !inScope(actor, record)) throw notFound();
  return record;
}

/** The same check inside a transaction, on the record as stored now. */
export async function loadInScopeTx(tx: StoreTx, actor: StaffActor, id: string): Promise<ApplicationRecord> {
  const record = await tx.getApplication(id);
  if (!record || !inScope(actor, record)) throw notFound();
  return record;
}

/** Throws NOT_FOUND for a record out of scope (a guard for a transaction that already read it). */
export function requireInScope(actor: StaffActor, record: ApplicationRecord): void {
  if (!inScope(actor, record)) throw notFound();
}
