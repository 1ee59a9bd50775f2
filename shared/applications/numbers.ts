/**
 * The short business number of an application (issue 15): "SX-2026-000123" — the letters of the place whose office
 * handles it (the type module's numberPrefix), the year it was created in China, and a counter of that prefix and
 * year, six digits. What a person reads out on the phone and staff search by; the internal id stays the key.
 */
export const NUMBER_DIGITS = 6;

/** The filings this product takes follow 003, 山西省's guide (shared/applications/documents.ts GUIDE): 山西, SX. */
export const GUIDE_NUMBER_PREFIX = 'SX';

export const PREFIX_PATTERN = /^[A-Z]{2,4}$/;
export const NUMBER_PATTERN = /^([A-Z]{2,4})-(\d{4})-(\d{6,})$/;

export function formatNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(NUMBER_DIGITS, '0')}`;
}

/** A typed number as staff or a person might write it: spaces dropped, letters upper-cased; null when not one. */
export function normalizeNumber(text: string): string | null {
  const t = text.replace(/\s+/g, '').toUpperCase();
  return NUMBER_PATTERN.test(t) ? t : null;
}

/** What a page shows for an application: its number, or its id for a record made before numbers existed. */
export function numberOrId(a: { id: string; number: string | null }): string {
  return a.number ?? a.id;
}
