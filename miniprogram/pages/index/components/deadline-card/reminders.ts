import { isIsoDate } from '../../../../../shared/dates';
import { isDueSoon, openClaims, type ClaimCase, type OpenClaim } from '../../../../../shared/onething/claims';

/** Where the year page keeps one person's record (miniprogram/models/year.ts recordKey), read here without its schema
 * so the main package does not carry the year's validation: a record that does not read is simply not reminded of. */
const recordKey = (year: number) => `year.record.v1:self:${year}`;

export interface Reminder {
  key: string;
  date: string;
  label?: string;
  claim: OpenClaim;
}

function claimCase(raw: unknown): ClaimCase | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  const visit = c.visit as Record<string, unknown> | undefined;
  if (typeof c.region !== 'string' || typeof c.date !== 'string' || !isIsoDate(c.date)) return null;
  if (c.scheme !== 'resident' && c.scheme !== 'employee') return null;
  if (!visit || typeof visit !== 'object' || typeof visit.type !== 'string') return null;
  const person = c.person && typeof c.person === 'object' ? (c.person as Record<string, unknown>) : undefined;
  return { region: c.region, date: c.date, scheme: c.scheme, person, visit: { type: visit.type, place: visit.place } };
}

/**
 * The claims of her own stays (this year's and last year's records: last year's stays fall due this year) whose last
 * day is at most REMIND_DAYS away and not past, soonest first. `read` is the device storage (services/storage).
 */
export function dueSoon(read: (key: string) => unknown, thisYear: number, today: string): Reminder[] {
  const out: Reminder[] = [];
  for (const year of [thisYear - 1, thisYear]) {
    const record = read(recordKey(year));
    const entries = record && typeof record === 'object' ? (record as { entries?: unknown }).entries : undefined;
    if (!Array.isArray(entries)) continue;
    for (const e of entries) {
      if (!e || typeof e !== 'object' || (e as { deletedAt?: unknown }).deletedAt !== undefined) continue;
      const c = claimCase((e as { case?: unknown }).case);
      if (!c) continue;
      const id = String((e as { id?: unknown }).id ?? '');
      const label = typeof (e as { label?: unknown }).label === 'string' ? ((e as { label: string }).label) : undefined;
      for (const claim of openClaims(c, Boolean((e as { settled?: unknown }).settled), today)) {
        if (isDueSoon(claim)) out.push({ key: `${id}-${claim.rule.id}`, date: c.date, label, claim });
      }
    }
  }
  return out.sort((a, b) => a.claim.daysLeft - b.claim.daysLeft);
}
