import { manifestById, manifests } from '../../regions/vocabulary';
import type { ClaimVocabulary } from '../../veteran/vocabulary';

/**
 * Which regions offer the 优抚 非一站式 住院医疗补助 claim, and in which words: those whose manifest gives
 * `veteran.claim` (their document sets the procedure). Zod-free, so the claim page reads it without loading rules.
 */
export interface ClaimRegion {
  region: string;
  terms: ClaimVocabulary;
}

export function claimRegions(): ClaimRegion[] {
  return manifests().flatMap((m) => (m.veteran?.claim ? [{ region: m.id, terms: m.veteran.claim }] : []));
}

/** The claim's words in the veteran's region; null where the region's document sets no 非一站式 claim. */
export function claimTermsOf(region: string | null | undefined): ClaimVocabulary | null {
  return (region ? manifestById(region)?.veteran?.claim : undefined) ?? null;
}

export function offersClaim(region: string): boolean {
  return claimTermsOf(region) !== null;
}

/**
 * The words when the section alone must say them (its checklist, its form, its view): the stored section does not
 * carry its region, so this holds while one region offers the claim. A second one would need the lifecycle to pass
 * the principal's region to the module; until then it fails loudly rather than show one region's words for another.
 */
export function soleClaimTerms(): ClaimVocabulary {
  const all = claimRegions();
  if (all.length !== 1) throw new Error(`veteranSubsidy: ${all.length} regions offer the claim; its section names none`);
  return all[0].terms;
}
