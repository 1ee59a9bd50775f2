import type { YearEntry, YearPerson } from '../year/types';

/**
 * A person's year as the `family` function answers `yearGet` and `yearSync` (server/year): the account's record of
 * that person and year, merged from every device, tombstones included (a device drops its own copy of a deleted
 * entry only when it sees the tombstone). `updatedAt` is when the stored entries last changed; null when the store
 * has no record yet (entries then empty).
 */
export interface YearRecordView {
  person: YearPerson;
  year: number;
  entries: YearEntry[];
  updatedAt: string | null;
}
