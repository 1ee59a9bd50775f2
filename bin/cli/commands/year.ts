import { RuleError } from '../../../shared/errors';
import { parseYear, yearEntriesSchema, yearRecordSchema } from '../../../shared/schemas/year';
import { runYear, type YearVisit } from '../../../shared/year/chain';
import type { YearEntry } from '../../../shared/year/types';
import { printJson, readJsonArg } from '../io';

/** A record (it names its person and year) or just its entries. */
function entriesOf(input: unknown): YearEntry[] {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new RuleError('INVALID_INPUT', '输入须为 {"entries": [...]} 或一份年度记录 {"person", "year", "entries"}');
  }
  const isRecord = 'person' in input || 'year' in input;
  return isRecord ? parseYear(yearRecordSchema, input).entries : parseYear(yearEntriesSchema, input).entries;
}

function visitAnswer(v: YearVisit) {
  return {
    id: v.entry.id,
    date: v.entry.case?.date,
    personalPay: v.result ? v.result.personalPay : null,
    payments: v.result ? v.result.payments : null,
    yearToDateAfter: v.ytdAfter,
    ...(v.error ? { error: v.error } : {}),
  };
}

/**
 * `yibao year <file|->`: a year record's visits in chain order, each estimated with the year-to-date figures the
 * visits before it in its region+scheme+year left (shared/year/chain.ts). `yearToDate` is where the last visit's
 * chain ends; `chains` gives every chain's end when the record holds more than one. Exit 2 when any visit was refused.
 */
export function yearCommand(args: string[]): number {
  const visits = runYear(entriesOf(readJsonArg(args[0])));
  const ends = new Map<string, { region: string; scheme: string; year: number; yearToDate: Record<string, string> }>();
  for (const v of visits) {
    const c = v.entry.case!;
    const key = `${c.region}|${c.scheme}|${c.date.slice(0, 4)}`;
    ends.delete(key);
    ends.set(key, { region: c.region, scheme: c.scheme, year: Number(c.date.slice(0, 4)), yearToDate: v.ytdAfter });
  }
  const chains = [...ends.values()];
  const last = visits.length > 0 ? visits[visits.length - 1].ytdAfter : {};
  printJson({ visits: visits.map(visitAnswer), yearToDate: last, ...(chains.length > 1 ? { chains } : {}) });
  return visits.some((v) => v.error) ? 2 : 0;
}
