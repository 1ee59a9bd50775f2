import { catalogue, limitsOf, searchDiseases, type Disease, type DiseaseKind, type Limits } from '../../../../shared/catalogue';
import { todayInChina } from '../../../../shared/dates';

export type KindFilter = 'all' | DiseaseKind;

export const KIND_NAMES: Record<DiseaseKind, string> = { chronic: '门诊慢性病', special: '门诊特殊疾病' };

/** One line of the catalogue's list: a disease, and the sub-types the search matched (if it matched by one). */
export interface CatalogueRow {
  code: string;
  name: string;
  kind: DiseaseKind;
  /** "职工医保 1000 元/年，城乡居民医保 600 元/年" for 慢病; absent for 特病 (no per-disease limit). */
  limits?: string;
  /** Names of the sub-types the query matched, or every sub-type when it matched the disease. */
  subtypes: string[];
  matchedSubtype: boolean;
}

function limitPart(value: string | null, scheme: string): string {
  return value === null ? `${scheme}未列限额` : `${scheme} ${value} 元/年`;
}

/** A 慢病 row's limits in one line (第四章 三问); sub-types with different limits read as a range. */
export function limitsText(limits: Limits): string {
  return `${limitPart(limits.employee, '职工医保')}，${limitPart(limits.resident, '城乡居民医保')}`;
}

function rangeText(values: (string | null)[], scheme: string): string {
  const known = values.filter((v): v is string => v !== null).map(Number);
  if (known.length === 0) return `${scheme}未列限额`;
  const low = Math.min(...known);
  const high = Math.max(...known);
  return low === high ? `${scheme} ${low} 元/年` : `${scheme} ${low}–${high} 元/年（按亚类）`;
}

/** A 慢病's limits in force on `date` (today in the list), in one line. */
export function diseaseLimitsText(disease: Disease, date: string = todayInChina()): string | undefined {
  if (disease.kind !== 'chronic') return undefined;
  const own = limitsOf(disease.code, date);
  if (own) return limitsText(own);
  const subtypes = disease.subtypes ?? [];
  if (subtypes.length === 0) return undefined;
  const of = (s: { code: string }) => limitsOf(s.code, date);
  return `${rangeText(subtypes.map((s) => of(s)?.employee ?? null), '职工医保')}，${rangeText(
    subtypes.map((s) => of(s)?.resident ?? null),
    '城乡居民医保',
  )}`;
}

/**
 * What the list shows for a query: each disease once, in the catalogue's ranking (shared/catalogue searchDiseases:
 * exact code, then starts with, then contains, then the handbook's other names), narrowed to one kind if asked.
 */
export function catalogueRows(query: string, kind: KindFilter): CatalogueRow[] {
  const matches = query.trim() === '' ? catalogue().map((disease) => ({ disease, subtype: undefined })) : searchDiseases(query);
  const rows = new Map<string, CatalogueRow>();
  const today = todayInChina();
  for (const { disease, subtype } of matches) {
    if (kind !== 'all' && disease.kind !== kind) continue;
    const existing = rows.get(disease.code);
    if (existing) {
      if (subtype && existing.matchedSubtype && !existing.subtypes.includes(subtype.name)) existing.subtypes.push(subtype.name);
      continue;
    }
    rows.set(disease.code, {
      code: disease.code,
      name: disease.name,
      kind: disease.kind,
      limits: diseaseLimitsText(disease, today),
      subtypes: subtype ? [subtype.name] : (disease.subtypes ?? []).map((s) => s.name),
      matchedSubtype: Boolean(subtype),
    });
  }
  return [...rows.values()];
}

export function countOf(kind: DiseaseKind): number {
  return catalogue(kind).length;
}
