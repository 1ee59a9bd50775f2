import type { CategoryLabel, Program, RegionManifest, Scheme } from './manifest';
import { MANIFESTS } from './registry/manifests';

/**
 * The regions' words at run time, from the manifests (./registry/manifests.ts: ids and Chinese words, no zod, no
 * rules). The schemas, the CLI's `regions` and the mini-program's profile and forms are built from it; the main
 * package reads it without loading any program. A region's programs are in the per-program tables next to it.
 */
export { MANIFESTS };

/** Every identity any region's rules read. */
export type CategoryId = (typeof MANIFESTS)[number]['categories'][number]['id'];

/**
 * The manifests looked up at run time: MANIFESTS plus any a test registers (registerManifest). Kept apart from
 * MANIFESTS so the types above stay those of the product's regions.
 */
const known: RegionManifest[] = [...MANIFESTS];

/** For tests only, through regions/index.ts registerRegion: a fixture region's manifest joins the vocabulary. */
export function registerManifest(manifest: RegionManifest): void {
  if (known.some((m) => m.id === manifest.id)) throw new Error(`地区 ${manifest.id} 已登记`);
  known.push(manifest);
}

export function manifests(): readonly RegionManifest[] {
  return known;
}

export function manifestById(id: string): RegionManifest | undefined {
  return known.find((m) => m.id === id);
}

/** Regions that have a program, in registry order (e.g. those the estimate form offers). */
export function manifestsWith(program: Program): RegionManifest[] {
  return known.filter((m) => m.programs.includes(program));
}

function labels(): CategoryLabel[] {
  const seen = new Map<string, CategoryLabel>();
  for (const m of known) for (const c of m.categories) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
}

/** Every identity any region knows, the first region's order first; each id has one label across regions. */
export function allCategoryIds(): readonly CategoryId[] {
  return labels().map((c) => c.id as CategoryId);
}

export const CATEGORY_NAMES = Object.fromEntries(labels().map((c) => [c.id, c.name])) as Record<CategoryId, string>;

/** The identities a region's rules read, in the order its documents list them; none for an unknown region. */
export function categoriesOf(region: string): readonly CategoryId[] {
  return (manifestById(region)?.categories ?? []).map((c) => c.id as CategoryId);
}

/** The identities of the regions that have a program (e.g. 'waiting' for the 大病 cap's question). */
export function categoriesWith(program: Program): CategoryId[] {
  const ids = manifestsWith(program).flatMap((m) => m.categories.map((c) => c.id as CategoryId));
  return [...new Set(ids)];
}

export function isCategory(value: unknown): value is CategoryId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORY_NAMES, value);
}

export function schemesOf(region: string): readonly Scheme[] {
  return manifestById(region)?.schemes ?? [];
}

/** "名称（id）、…": the regions a refusal lists. */
export function knownList(regions: readonly { id: string; name: string }[]): string {
  return regions.map((r) => `${r.name}（${r.id}）`).join('、');
}
