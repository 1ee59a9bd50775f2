import { ONETHING } from '../regions/registry/onething';
import { CROSS_DISEASES } from './diseases';
import type { CatalogueEntryRef, CrossDisease, CrossDiseaseMapping, DeadlineRule, OneScheme, OneThingProgram } from './types';

export * from './types';
export { CROSS_DISEASES, CROSS_DISEASES_SOURCES, crossDiseaseName } from './diseases';
export { dueDate, daysLeft } from './due';

/** The regions the 一件事 page offers, in registry order. */
export function oneThingRegions(): { id: string; name: string; schemes: readonly OneScheme[] }[] {
  return Object.entries(ONETHING).map(([id, p]) => ({ id, name: p.name, schemes: p.schemes }));
}

export function oneThingOf(region: string): OneThingProgram | undefined {
  return Object.prototype.hasOwnProperty.call(ONETHING, region) ? ONETHING[region] : undefined;
}

/** The region's deadlines that concern `scheme`. */
export function deadlinesFor(region: string, scheme: OneScheme): DeadlineRule[] {
  return (oneThingOf(region)?.deadlines ?? []).filter((d) => d.schemes.includes(scheme));
}

/** Which of the ten a catalogue code (disease or sub-type) of `region` counts as, with its mapping. */
export function crossDiseaseOfCode(
  region: string,
  code: string,
  subtypeOf?: string,
): { disease: CrossDisease; mapping: CrossDiseaseMapping; entry: CatalogueEntryRef } | undefined {
  const program = oneThingOf(region);
  if (!program) return undefined;
  for (const mapping of program.crossProvince.mapping) {
    const entry = mapping.entries.find((e) => e.code === code || (subtypeOf !== undefined && e.code === subtypeOf));
    if (entry) return { disease: CROSS_DISEASES.find((d) => d.id === mapping.disease)!, mapping, entry };
  }
  return undefined;
}
