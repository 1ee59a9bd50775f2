import { officeProblem, officeRegionsFor, type OfficeRef } from '../../../../shared/applications/offices';
import { savedProfileRegion } from '../../../services/profile';
import { APPLY_MODULES, type ApplyType } from './types';

/**
 * The 参保地 the first page shows for a type: the one chosen, while its office takes the type; else her saved
 * profile's region when its offices take it; else the only region that takes it (手工报销: 山西) — the office inside
 * a region is always hers to choose.
 */
export function defaultOffice(type: ApplyType, chosen: OfficeRef | null): OfficeRef | null {
  const regions = officeRegionsFor(type).filter((r) => r.areas !== null);
  if (chosen && regions.some((r) => r.region === chosen.region)) return chosen;
  const saved = savedProfileRegion();
  const region = regions.find((r) => r.region === saved) ?? (regions.length === 1 ? regions[0] : undefined);
  return region ? { region: region.region, area: null } : null;
}

/** Why the page cannot go on with this 参保地, in the words the server would use; '' when it can. */
export function officeError(type: ApplyType, office: OfficeRef | null): string {
  if (!office) return '参保地：请先选择您在哪里参保';
  return officeProblem(APPLY_MODULES[type], office) ?? '';
}
