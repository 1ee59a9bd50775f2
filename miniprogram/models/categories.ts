import { CATEGORY_NAMES, categoriesOf, isCategory, manifestsWith, type CategoryId } from '../../shared/regions/vocabulary';

/**
 * 救助身份 as the home page and the form offer them: every identity any region knows, and which of them each
 * region's rules read, from the regions' manifests (shared/regions/vocabulary.ts: ids and labels only, no zod or
 * decimal.js, so the main package stays light).
 */
export { CATEGORY_NAMES, categoriesOf, isCategory, type CategoryId };

/** The identities each region's estimate reads, in the order its documents list them. */
export const REGION_CATEGORY_IDS: Record<string, readonly CategoryId[]> = Object.fromEntries(
  manifestsWith('estimate').map((m) => [m.id, categoriesOf(m.id)]),
);
