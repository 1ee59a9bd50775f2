import { notCovered } from '../errors';
import { regionsWith } from '../regions';
import type { Region } from '../regions/region';
import type { VeteranProgram } from './program';

export type VeteranRegionEntry = Region & { veteran: VeteranProgram };

/** The regions with a 优抚医疗补助 program, in registry order. */
export function veteranRegions(): VeteranRegionEntry[] {
  return regionsWith('veteran') as VeteranRegionEntry[];
}

/** The region's program; an id without one is "暂未收录" (the schemas refuse unknown ids first). */
export function veteranRegion(id: string): VeteranRegionEntry {
  const region = veteranRegions().find((r) => r.id === id);
  if (!region) throw notCovered(`“${id}”的优抚医疗补助暂未收录`, 'region');
  return region;
}
