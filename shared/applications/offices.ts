import type { ApplicationOffice } from '../contract/staff';
import type { Contact } from '../contacts/types';
import { manifestById } from '../regions/vocabulary';
import { OFFICES } from '../regions/registry/offices';
import { SHANXI_OFFICES } from './offices-shanxi';
import type { OfficeRef, RegionOffices } from './offices-types';
import { claimRegions } from './veteran-subsidy/terms';

export type { OfficeArea, OfficeRef, RegionOffices } from './offices-types';

/**
 * Which offices take which application (issue 16: staff see their own region's work; 巴中 filings exist): a filing's
 * 参保地 is chosen by the applicant among the offices that take its type — 异地就医备案 by 巴中 (004) and 山西 (003),
 * 住院省内异地线上手工报销 by 山西 only (003) — and a 优抚 claim goes to the veteran's own region and 乡镇 (its roster
 * entry; the regions whose manifest sets the claim, e.g. 000 第六条 "由所在乡(镇)退役军人服务站审核后统一收缴登记").
 */

/** The claim regions' offices: the 乡镇退役军人服务站 of the roster's 乡镇 (none listed: the roster names it). */
function veteranOffices(): RegionOffices[] {
  return claimRegions().map(({ region, terms }) => ({
    region,
    place: manifestById(region)?.veteran?.label ?? region,
    numberPrefix: terms.numberPrefix,
    takes: ['veteranSubsidy'],
    officeSuffix: '退役军人服务站',
    areas: null,
    handling: {
      who: '所在乡（镇）退役军人服务站审核、统一收缴登记，报县退役军人事务局审批',
      when: '在县外就医住院的，每年 7 月和 12 月办理',
      source: terms.approvalForm.source,
    },
    source: terms.approvalForm.source,
  }));
}

export function allRegionOffices(): RegionOffices[] {
  return [...Object.values(OFFICES), SHANXI_OFFICES, ...veteranOffices()];
}

export function regionOffices(region: string): RegionOffices | undefined {
  return allRegionOffices().find((r) => r.region === region);
}

/** The regions whose offices take this type, in the order a page offers them. */
export function officeRegionsFor(type: string): RegionOffices[] {
  return allRegionOffices().filter((r) => r.takes.includes(type));
}

/** Whether the applicant chooses the office of this type (a filing's 参保地), rather than the roster naming it. */
export function choosesOffice(type: string): boolean {
  return officeRegionsFor(type).some((r) => r.areas !== null);
}

/** Whether the office of this type is the veteran's roster entry's region and 乡镇. */
export function officeFromRoster(type: string): boolean {
  return officeRegionsFor(type).some((r) => r.areas === null);
}

/** The office a filing of this type has when none was chosen (stored before the choice existed): 山西, no area. */
export function fallbackOffice(type: string): OfficeRef | null {
  return SHANXI_OFFICES.takes.includes(type) ? { region: SHANXI_OFFICES.region, area: null } : null;
}

/**
 * Why this office cannot handle this type, in Chinese naming the field; null when it can. A region that does not
 * take the type is told so with where it is taken.
 */
export function officeProblem(type: { id: string; label: string }, ref: OfficeRef): string | null {
  const region = regionOffices(ref.region);
  const takers = officeRegionsFor(type.id);
  const where = takers.map((r) => r.place).join('、');
  if (!region) return `参保地：没有这个地区的经办机构，${type.label}请选择${where}`;
  if (!region.takes.includes(type.id)) return `参保地：${region.place}的经办机构不受理${type.label}，这项业务只有${where}受理`;
  if (region.areas === null) return `参保地：${region.place}的${type.label}由名册上的乡镇办理，不用选择`;
  if (ref.area === null) return `参保地：请选择${region.place}的哪一个经办机构`;
  if (!region.areas.some((a) => a.name === ref.area)) return `参保地：${region.place}没有“${ref.area}”这个经办机构，请从列表中选择`;
  return null;
}

/** "巴中市 通江县": how staff and the applicant read an office. */
export function officeLabel(ref: OfficeRef): string {
  const place = regionOffices(ref.region)?.place ?? ref.region;
  return ref.area ? `${place} ${ref.area}` : place;
}

export function applicationOffice(ref: OfficeRef | null | undefined): ApplicationOffice | null {
  return ref ? { region: ref.region, area: ref.area, label: officeLabel(ref) } : null;
}

/** What a page says about the office handling an application: its name, its window and phones, what the documents say. */
export interface OfficeDetails {
  /** "巴中市 通江县医保经办中心". */
  name: string;
  contact: Contact | null;
  handling: RegionOffices['handling'];
  commitmentNote: string | null;
}

export function officeDetails(ref: OfficeRef): OfficeDetails | null {
  const region = regionOffices(ref.region);
  if (!region) return null;
  const area = ref.area ? region.areas?.find((a) => a.name === ref.area) : undefined;
  return {
    name: ref.area ? `${region.place} ${ref.area}${region.officeSuffix}` : `${region.place}${region.officeSuffix}`,
    contact: area?.contact ?? null,
    handling: region.handling,
    commitmentNote: region.commitmentNote ?? null,
  };
}

/** The letters of the business number of an application handled here; null for a region no office list knows. */
export function officePrefix(ref: OfficeRef): string | null {
  return regionOffices(ref.region)?.numberPrefix ?? null;
}
