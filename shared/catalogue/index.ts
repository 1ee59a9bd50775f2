import { CATALOGUE } from '../regions/registry/catalogue';
import type { CatalogueProgram, Disease, DiseaseKind, DiseaseMatch, Scheme } from './types';

export * from './types';

/**
 * The 门诊慢特病 catalogue the app offers: that of the one region in the catalogue table (the catalogue pages show it,
 * and an estimate opened from it is for that region — miniprogram/models/catalogue.ts). The look-ups have no region
 * argument yet; a second region's catalogue would add one.
 */
function program(): CatalogueProgram {
  const [first] = Object.values(CATALOGUE);
  if (!first) throw new Error('no region has a disease catalogue');
  return first;
}

const current = program();

export const chronicDiseases = current.chronic;
export const specialDiseases = current.special;
export const { recognitionAreas, institutionsSource, application, benefits } = current;

/** 慢病 (三问 order) then 特病 (六问 order); `kind` narrows to one list. */
export function catalogue(kind?: DiseaseKind): readonly Disease[] {
  return current.diseases(kind);
}

/** A disease code, a sub-type code or a code the document prints for the same disease elsewhere (e.g. M03802). */
export function findDisease(code: string): DiseaseMatch | undefined {
  return current.findDisease(code);
}

/** The limits row of a 慢病 (without sub-types) or a sub-type on `date`. */
export function limitsOf(code: string, date: string) {
  return current.limitsOf(code, date);
}

/** 慢病年度支付限额 in yuan for `code` on `date` (第四章 三问), or null where the table gives none. */
export function chronicLimit(code: string, scheme: Scheme, date: string): string | null {
  return current.chronicLimit(code, scheme, date);
}

export function searchDiseases(query: string): DiseaseMatch[] {
  return current.searchDiseases(query);
}
