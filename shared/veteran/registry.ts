import { notCovered } from '../errors';
import { manifestById } from '../regions/vocabulary';
import { VETERAN } from '../regions/registry/veteran';
import type { Region } from '../regions/region';
import type { VeteranProgram } from './program';

export type VeteranRegionEntry = Omit<Region, 'veteran'> & { veteran: VeteranProgram };

/** A region's words with its program (the manifest's 优抚 words give way to the program, as in a Region). */
function entry(id: string, veteran: VeteranProgram): VeteranRegionEntry {
  const manifest = manifestById(id);
  if (!manifest) throw new Error(`地区 ${id} 没有 manifest`);
  return { ...manifest, veteran };
}

/** The regions with a 优抚医疗补助 program, in table order. */
export function veteranRegions(): VeteranRegionEntry[] {
  return Object.entries(VETERAN).map(([id, program]) => entry(id, program));
}

/** The region's program; an id without one is "暂未收录" (the schemas refuse unknown ids first). */
export function veteranRegion(id: string): VeteranRegionEntry {
  if (!Object.prototype.hasOwnProperty.call(VETERAN, id)) throw notCovered(`“${id}”的优抚医疗补助暂未收录`, 'region');
  return entry(id, VETERAN[id]);
}
