import { manifestsWith } from '../../../shared/regions/vocabulary';
import type { VeteranRegion } from '../../../shared/schemas/veteran';
import type { VeteranRosterRecord } from '../../store/types';
import type { StaffActor } from '../route';
import { forbidden } from '../errors';

/** The regions with a 优抚 program (their manifests in the registry): only their staff keep a roster. */
export function veteranRegionOf(actor: StaffActor): VeteranRegion {
  const region = manifestsWith('veteran').find((m) => m.id === actor.region);
  if (!region) throw forbidden('本账号所在地区没有优抚对象医疗补助，不能导入名册或查看台账');
  return region.id as VeteranRegion;
}

/** A roster entry is the actor's when it is of their region and, for an account of one area, of that 乡（镇） or 县. */
export function rosterInScope(actor: StaffActor, r: Pick<VeteranRosterRecord, 'region' | 'county' | 'township'>): boolean {
  if (r.region !== actor.region) return false;
  return actor.area === null || r.township === actor.area || r.county === actor.area;
}
