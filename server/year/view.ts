import type { StoredYearRecord } from '../store/types';
import type { YearRecordView } from '../../shared/contract/year';
import type { YearPerson } from '../../shared/year/types';

/** The stored record as the client sees it (no account id), or an empty year when there is none yet. */
export function yearView(person: YearPerson, year: number, record: StoredYearRecord | null): YearRecordView {
  return { person, year, entries: record?.entries ?? [], updatedAt: record?.updatedAt ?? null };
}
