import { allRegionOffices, officeLabel } from '../../../shared/applications/offices';
import { MANIFESTS } from '../../../shared/regions/registry/manifests';

/**
 * Where a staff account can work, read from the lists the server checks against (shared/applications/offices and
 * the region manifests; server/staff/accounts/scope.ts): each region with the areas it names, or `null` where the
 * area is the 乡镇 of a veteran's roster (any 乡镇 name). No region is named here.
 */
export interface ScopeRegionOption {
  value: string;
  label: string;
  areas: string[] | null;
}

function scopeRegions(): ScopeRegionOption[] {
  const out = new Map<string, ScopeRegionOption>();
  for (const m of MANIFESTS) out.set(m.id, { value: m.id, label: m.name, areas: [] });
  for (const o of allRegionOffices()) {
    const known = out.get(o.region) ?? { value: o.region, label: o.place, areas: [] };
    const areas = known.areas === null || o.areas === null ? null : [...known.areas, ...o.areas.map((a) => a.name)];
    out.set(o.region, { ...known, areas });
  }
  return [...out.values()];
}

export const SCOPE_REGIONS = scopeRegions();

export function scopeRegion(id: string): ScopeRegionOption | undefined {
  return SCOPE_REGIONS.find((r) => r.value === id);
}

/** "巴中市 通江县", or the region with "（全地区）" for an account that sees all of it. */
export function scopeLabel(scope: { region: string; area: string | null }): string {
  return scope.area ? officeLabel(scope) : `${scopeRegion(scope.region)?.label ?? scope.region}（全地区）`;
}
