import { manifestById, manifests, manifestsWith } from '../../shared/regions/vocabulary';
import { categoriesOf, isCategory, type CategoryId } from './categories';

/**
 * The person the app is used for, remembered on the device: where they are insured, which scheme, and the 救助身份
 * that change what 医疗救助 pays. The estimate form starts from it.
 */
export type Scheme = 'resident' | 'employee';

export interface Profile {
  region: string;
  scheme: Scheme;
  categories: CategoryId[];
  /** The 参保 history asked on the home page (巴中 城乡居民 only); absent = not given. */
  history?: InsuredHistory;
}

/**
 * What the person said about the coverage years from 2025 (十问 "从2025年起"), each year once, keyed by the year
 * ("2025"): whether they were insured that year (职工医保 or 城乡居民医保), and for an insured year whether the fund
 * paid nothing for them (基金零报销). A year not in `insured` was not answered; a year not in `zeroClaim` was not
 * answered either ("记不清"). The estimate turns it into `person.insuredYears` / `zeroClaimYears` (historyForCase).
 */
export interface InsuredHistory {
  insured: Record<string, boolean>;
  zeroClaim: Record<string, boolean>;
}

/**
 * The first coverage year any region's history counts from: its manifest's `insuredHistoryFrom` (today 004 第三章
 * 九问、十问（一）"从2025年起", the 大病保险 cap's rewards and penalties).
 */
export const FIRST_HISTORY_YEAR = Math.min(...manifests().flatMap((m) => (m.form?.insuredHistoryFrom === undefined ? [] : [m.form.insuredHistoryFrom])));

/**
 * Whether the home page asks the history, and the estimate sends it, for this region and scheme: where the region's
 * manifest says its estimate reads it (today the 大病保险 cap of 004 第三章 九问、十问（一）, residents).
 */
export function asksHistory(p: { region: string; scheme: Scheme | '' }): boolean {
  const form = manifestById(p.region)?.form;
  return p.scheme !== '' && Boolean(form?.insuredHistoryFor.includes(p.scheme));
}

/** The coverage year an estimate made now uses: the year of today's date in China, as the form sends it. */
export function coverageYearToday(now: Date = new Date()): number {
  return new Date(now.getTime() + 8 * 3600 * 1000).getUTCFullYear();
}

/** The coverage years before `year` whose history counts: 2025 up to the year before. */
export function historyYears(year: number): number[] {
  const years: number[] = [];
  for (let y = FIRST_HISTORY_YEAR; y < year; y++) years.push(y);
  return years;
}

/**
 * The history as the estimate takes it, for a case in coverage year `year` (the year of its date):
 * `insuredYears` only when every year from 2025 to the year before was answered (a year left open would count as a
 * break); `zeroClaimYears` only when the year before was answered too (or was not insured), since only that year's
 * 基金零报销 moves this year's cap (九问 "次年提高"). Nothing when the history was not given: the rules then use the
 * base cap and say so.
 */
export function historyForCase(
  history: InsuredHistory | undefined,
  year: number,
): { insuredYears: number[]; zeroClaimYears?: number[] } | undefined {
  if (!history) return undefined;
  const years = historyYears(year);
  if (years.some((y) => history.insured[y] === undefined)) return undefined;
  const insuredYears = years.filter((y) => history.insured[y]);
  const last = year - 1;
  if (insuredYears.includes(last) && history.zeroClaim[last] === undefined) return { insuredYears };
  return { insuredYears, zeroClaimYears: insuredYears.filter((y) => history.zeroClaim[y] === true) };
}

function yearFlags(raw: unknown): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return flags;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (/^\d{4}$/.test(key) && Number(key) >= FIRST_HISTORY_YEAR && Number(key) <= 2100 && typeof value === 'boolean') flags[key] = value;
  }
  return flags;
}

/** A stored history read back; anything that does not read cleanly is dropped (an empty one is "not given"). */
export function parseHistory(raw: unknown): InsuredHistory | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const insured = yearFlags(r.insured);
  const zeroClaim = Object.fromEntries(Object.entries(yearFlags(r.zeroClaim)).filter(([y]) => insured[y] === true));
  return Object.keys(insured).length > 0 ? { insured, zeroClaim } : undefined;
}

/** Regions the app offers: those with an estimate, with the schemes their documents cover (their manifests). */
export const REGION_CHOICES: readonly { id: string; name: string; schemes: readonly Scheme[] }[] = manifestsWith('estimate').map(
  ({ id, name, schemes }) => ({ id, name, schemes }),
);

export const SCHEME_NAMES: Record<Scheme, string> = {
  resident: '城乡居民医保',
  employee: '职工医保',
};

/** The first region the app offers, as a resident with no identity. */
export const DEFAULT_PROFILE: Profile = { region: REGION_CHOICES[0].id, scheme: 'resident', categories: [] };

export function regionName(id: string): string {
  return REGION_CHOICES.find((r) => r.id === id)?.name ?? id;
}

export function schemesOf(region: string): readonly Scheme[] {
  return REGION_CHOICES.find((r) => r.id === region)?.schemes ?? [];
}

/**
 * A profile moved to another region: the scheme and identities that region does not know are dropped (a region may
 * cover residents only, and regions' identities differ), so nothing the new region's rules would refuse is kept.
 */
export function withRegion(profile: Profile, region: string): Profile {
  const schemes = schemesOf(region);
  const allowed = categoriesOf(region);
  const moved: Profile = {
    region,
    scheme: schemes.includes(profile.scheme) ? profile.scheme : (schemes[0] ?? 'resident'),
    categories: profile.categories.filter((c) => allowed.includes(c)),
  };
  // The history is the person's, kept when the region changes; only 巴中 residents' estimates read it.
  if (profile.history) moved.history = profile.history;
  return moved;
}

/**
 * Reads a stored profile; anything unknown falls back to the default rather than failing. A profile saved before the
 * history was asked has none: the history is "not given".
 */
export function parseProfile(raw: unknown): Profile {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_PROFILE };
  const r = raw as Record<string, unknown>;
  const region = REGION_CHOICES.some((c) => c.id === r.region) ? (r.region as string) : DEFAULT_PROFILE.region;
  const scheme: Scheme = r.scheme === 'employee' ? 'employee' : 'resident';
  const categories = Array.isArray(r.categories) ? Array.from(new Set(r.categories.filter(isCategory))) : [];
  const history = parseHistory(r.history);
  return withRegion(history ? { region, scheme, categories, history } : { region, scheme, categories }, region);
}
