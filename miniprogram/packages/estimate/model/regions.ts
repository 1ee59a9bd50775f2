import { VISIT_TYPES, type VisitType } from '../../../../shared/schemas/estimate';
import { manifestById, manifestsWith } from '../../../../shared/regions/vocabulary';
import type { RegionForm, YtdContext, YtdKey } from '../../../../shared/regions/manifest';
import { CATALOGUE_REGION } from '../../../models/catalogue';

export { CATALOGUE_REGION };
export type { RegionForm, YtdContext, YtdKey };

/**
 * The questions one region's rules read beyond the shared case: each region's manifest says (its `form`), next to
 * the documents it comes from. test/miniprogram/regions.test.ts checks every region with an estimate has one, and
 * that each year-to-date key listed is one the region's result carries forward.
 */
/** An unknown region: the first region's questions without its catalogue or pharmacy (the rules then say "暂未收录"). */
function fallback(): RegionForm {
  const first = manifestsWith('estimate')[0].form as RegionForm;
  return { ...first, diseaseCatalogue: false, pharmacy: false };
}

/** The form of a region. */
export function regionForm(region: string): RegionForm {
  return manifestById(region)?.form ?? fallback();
}

/** The kinds of care a region covers, in the engine's order (each region lists what it covers). */
export function visitTypesOf(region: string): VisitType[] {
  const covered: readonly VisitType[] = manifestById(region)?.visitTypes ?? [];
  return VISIT_TYPES.filter((t) => covered.includes(t));
}
