import type { StaffScope } from '../../../shared/contract/staff';
import { allRegionOffices } from '../../../shared/applications/offices';
import { manifests } from '../../../shared/regions/vocabulary';
import '../../../shared/regions';

/**
 * Where a staff account may work: a region of the registry or one of the office lists (shared/applications/offices:
 * 山西's filing offices are a scope of their own), and within it an area — one of the offices the list names (a 巴中
 * 经办中心, a 山西 city), or, where the area comes from the veteran's roster (a 乡镇退役军人服务站, `areas: null`), the
 * 乡镇 as the roster writes it. No region id is named here: the lists are read.
 */
export interface ScopeRegion {
  id: string;
  place: string;
  /** The office names an area must be one of; null: any 乡镇 name (a roster's). */
  areas: string[] | null;
}

export function scopeRegions(): ScopeRegion[] {
  const out = new Map<string, ScopeRegion>();
  for (const m of manifests()) out.set(m.id, { id: m.id, place: m.name, areas: [] });
  for (const o of allRegionOffices()) {
    const known = out.get(o.region) ?? { id: o.region, place: o.place, areas: [] };
    // A roster-named area anywhere in the region means any 乡镇 name may be its area.
    const areas = known.areas === null || o.areas === null ? null : [...known.areas, ...o.areas.map((a) => a.name)];
    out.set(o.region, { ...known, areas });
  }
  return [...out.values()];
}

/** A 乡镇 (or 街道) as a roster writes it: Chinese, 2 to 20 characters. */
const TOWNSHIP = /^[\u4e00-\u9fa5]{2,20}$/;

/** Why this scope is not one the product knows (Chinese, naming the field), or null when it is. */
export function scopeProblem(scope: StaffScope): { field: 'region' | 'area'; label: string; reason: string } | null {
  const regions = scopeRegions();
  const region = regions.find((r) => r.id === scope.region);
  if (!region) return { field: 'region', label: '地区', reason: `没有这个地区（可选：${regions.map((r) => `${r.id}（${r.place}）`).join('、')}）` };
  if (scope.area === null) return null;
  if (region.areas === null) {
    return TOWNSHIP.test(scope.area) ? null : { field: 'area', label: '所辖区域', reason: '请写名册上的乡镇名称（2 到 20 个汉字），如“某某镇”' };
  }
  if (region.areas.includes(scope.area)) return null;
  if (region.areas.length === 0) return { field: 'area', label: '所辖区域', reason: `${region.place}没有列出下属经办机构，请不填，账号看全地区` };
  return { field: 'area', label: '所辖区域', reason: `${region.place}没有“${scope.area}”，可选：${region.areas.join('、')}` };
}

/** "巴中市 通江县": a scope as people read it. */
export function scopeLabel(scope: StaffScope): string {
  const place = scopeRegions().find((r) => r.id === scope.region)?.place ?? scope.region;
  return scope.area ? `${place} ${scope.area}` : place;
}

/** Whether `inner` lies within `outer`: the same region, and the same area unless `outer` has the whole region. */
export function withinScope(outer: StaffScope, inner: StaffScope): boolean {
  return outer.region === inner.region && (outer.area === null || outer.area === inner.area);
}
