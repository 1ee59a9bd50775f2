import type { Region } from './region';
import type { Program } from './manifest';
import type { ApplicationTypeModule } from '../applications/types';
import { registerManifest } from './vocabulary';
import { bazhong } from './bazhong';
import { suizhou } from './suizhou';
import { yangcheng } from './yangcheng';
import { guangxi } from './guangxi';
import { notCovered } from '../errors';

/**
 * REGISTRY 2 of 2: every region's programs (estimate, waiting, catalogue, veteran…), keyed by id. Generic code
 * (shared/estimate.ts, shared/waiting, shared/catalogue, shared/veteran, the CLI) reaches a region only through
 * here. A new region adds one line here and its manifest in ./vocabulary.ts.
 */
export const REGIONS: Record<string, Region> = { bazhong, suizhou, yangcheng, guangxi };

/**
 * For tests only: a fixture region that lives in the test tree joins both registries for the rest of that test
 * file (jest loads modules per file). Product regions are listed above, never registered at run time.
 */
export function registerRegion(region: Region): void {
  if (Object.prototype.hasOwnProperty.call(REGIONS, region.id)) throw new Error(`地区 ${region.id} 已登记`);
  // The manifest part: a fixture's words join the vocabulary (`veteran` there is words, here the program).
  registerManifest({ ...region, veteran: undefined });
  REGIONS[region.id] = region;
}

/** The regions that have a program, in registry order. */
export function regionsWith<P extends Program>(program: P): (Region & Required<Pick<Region, P>>)[] {
  return Object.values(REGIONS).filter((r) => r[program] !== undefined) as (Region & Required<Pick<Region, P>>)[];
}

/** Application types contributed by the regions' programs, in registry order. */
export function regionApplicationTypes(): ApplicationTypeModule[] {
  return Object.values(REGIONS).flatMap((r) => r.applicationTypes ?? []);
}

/** "四川省巴中市（bazhong）、…": the regions a refusal lists. */
export function knownList(regions: readonly { id: string; name: string }[]): string {
  return regions.map((r) => `${r.name}（${r.id}）`).join('、');
}

/** The region with an estimate program; any other id is "暂未收录", naming those the rules cover. */
export function regionById(id: string): Region & Required<Pick<Region, 'estimate'>> {
  const region = Object.prototype.hasOwnProperty.call(REGIONS, id) ? REGIONS[id] : undefined;
  if (!region?.estimate) {
    throw notCovered(`参保地“${id}”暂未收录，目前支持：${knownList(regionsWith('estimate'))}`, 'region');
  }
  return region as Region & Required<Pick<Region, 'estimate'>>;
}
