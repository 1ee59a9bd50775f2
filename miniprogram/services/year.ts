import type { YearRecordView } from '../../shared/contract/year';
import { MAX_YEAR_ENTRIES, yearEntrySchema } from '../../shared/schemas/year';
import { mergeEntries } from '../../shared/year/merge';
import type { YearCase, YearEntry, YearPerson, YearRecord } from '../../shared/year/types';
import { newRequestId } from '../models/request-id';
import {
  addEntry,
  deleteEntry,
  emptyRecord,
  entryProblem,
  liveEntries,
  newEntryId,
  ordinalOf,
  parseMembers,
  recordKey,
  replaceEntry,
  yearOfCase,
  type EntryDetails,
} from '../models/year';
import { callFunction } from './api';
import { listFamily } from './applications';
import { ServiceError } from './errors';
import { readStored, writeStored } from './storage';

/**
 * A person's year on this phone and in the store (issue 14). The device copy of each (person, year) is the truth
 * offline: a save is written here before it is acknowledged, and never waits for the network. Signed in, the record is
 * sent to the `family` function (yearSync), which merges it with every other device's copy in one transaction and
 * answers the merged record; the device merges that answer once more with whatever changed meanwhile and keeps it.
 */

/** A stored entry that no longer reads (an older app, a damaged write) is left out rather than breaking the year. */
function parseEntries(raw: unknown): YearEntry[] {
  if (!raw || typeof raw !== 'object') return [];
  const list = (raw as { entries?: unknown }).entries;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e) => {
    const r = yearEntrySchema.safeParse(e);
    return r.success ? [r.data] : [];
  });
}

export function loadRecord(person: YearPerson, year: number): YearRecord {
  return { person, year, entries: readStored(recordKey(person, year), parseEntries) };
}

function saveRecord(record: YearRecord): void {
  writeStored(recordKey(record.person, record.year), { person: record.person, year: record.year, entries: record.entries });
}

/**
 * 记入本年: the case (without year-to-date figures) and the sheet, as a new entry or, when `editing` names a live
 * entry of this record, as that entry changed. Saved on the device before it returns; throws a ServiceError with the
 * schema's words when the entry cannot be kept (nothing is saved then).
 */
export function recordCase(person: YearPerson, c: YearCase, details: EntryDetails, editing?: string): { entry: YearEntry; ordinal: number } {
  const record = loadRecord(person, yearOfCase(c));
  const now = new Date().toISOString();
  const changed = editing ? replaceEntry(record.entries, editing, c, details, now) : null;
  if (!changed && liveEntries(record.entries).length >= MAX_YEAR_ENTRIES) {
    throw new ServiceError('TOO_MANY', `一年最多记 ${MAX_YEAR_ENTRIES} 次就医，请先删除不需要的记录`);
  }
  const done = changed ?? addEntry(record.entries, c, details, now, newEntryId());
  const problem = entryProblem(done.entry);
  if (problem) throw new ServiceError('INVALID_INPUT', `没能记入本年：${problem}`);
  const next = { ...record, entries: done.entries };
  saveRecord(next);
  return { entry: done.entry, ordinal: ordinalOf(next.entries, done.entry.id) };
}

/** Moving an entry to another year (its 结算日期 changed year) is not offered: the sheet keeps the case's year. */
export function removeEntry(person: YearPerson, year: number, id: string): YearRecord {
  const record = loadRecord(person, year);
  const next = { ...record, entries: deleteEntry(record.entries, id, new Date().toISOString()) };
  saveRecord(next);
  return next;
}

/** The record, among these years, that holds a live entry `id` (the entry being changed may be of an earlier year). */
export function recordHolding(person: YearPerson, id: string, years: number[]): YearRecord | undefined {
  return years.map((y) => loadRecord(person, y)).find((r) => r.entries.some((e) => e.id === id && !e.deletedAt && e.case));
}

export function findEntry(person: YearPerson, year: number, id: string): YearEntry | undefined {
  return loadRecord(person, year).entries.find((e) => e.id === id && !e.deletedAt && e.case);
}

/**
 * The store's copy merged in. A device with nothing asks for the record (yearGet: a new phone gets the year); one with
 * entries sends them (yearSync) and gets the merged record back. Offline or signed out, the device copy stays as it is
 * and the error is the caller's to show or ignore.
 */
export async function syncRecord(person: YearPerson, year: number): Promise<YearRecord> {
  const before = loadRecord(person, year);
  const view =
    before.entries.length === 0
      ? await callYear('yearGet', { person, year })
      : await callYear('yearSync', { person, year, entries: before.entries, requestId: newRequestId() });
  if (view.person !== person || view.year !== year) throw new ServiceError('BAD_RESPONSE', '服务暂时不可用，请稍后再试');
  const answered = parseEntries(view);
  // What changed on this phone while the call was out is merged too: a save made meanwhile is never lost.
  const merged = { ...emptyRecord(person, year), entries: mergeEntries(loadRecord(person, year).entries, answered) };
  saveRecord(merged);
  return merged;
}

async function callYear(action: 'yearGet' | 'yearSync', payload: Record<string, unknown>): Promise<YearRecordView> {
  return callFunction<YearRecordView>('family', { action, ...payload });
}

// ——— whose year: the saved family members, remembered on the device ———

const MEMBERS_KEY = 'year.members.v1';

export type MemberSummary = { id: string; name: string; relationLabel?: string };

/** The family members last seen (family.list), so the choice works offline; none on a phone that never listed them. */
export function cachedMembers(): MemberSummary[] {
  return readStored(MEMBERS_KEY, parseMembers);
}

/** family.list again (H5 uses its development session); the list is kept on the device for next time. */
export async function refreshMembers(): Promise<MemberSummary[]> {
  const list = await listFamily();
  const members = parseMembers(list.map((m) => ({ id: m.id, name: m.name, relationLabel: m.relationLabel })));
  writeStored(MEMBERS_KEY, members);
  return members;
}
