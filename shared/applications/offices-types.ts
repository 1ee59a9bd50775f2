import type { Contact } from '../contacts/types';
import type { Source } from '../source';

/**
 * Which office handles an application, as stored on it (ApplicationRecord.office) and chosen on a filing's first page
 * (content.office): a region id of the registry, or "shanxi" for 山西's filing offices, and one area inside it — a
 * 巴中 经办中心 ("通江县"), a 山西 city or 省本级 ("太原市"), a veteran's 乡镇 ("町店镇"); null where none is named.
 */
export interface OfficeRef {
  region: string;
  area: string | null;
}

/** One office of a region the applicant may choose, with its window and phones as the document prints them. */
export interface OfficeArea {
  name: string;
  contact: Contact | null;
}

/**
 * The offices of one region that take some application types: the place's name, the letters of the numbers its
 * applications get, how one of its offices is named, what its documents say about who handles a filing and how long
 * it takes, and the offices to choose from — or none (`areas: null`) where the area comes from the veteran's roster
 * entry (a 乡镇退役军人服务站), not from the applicant. Data only: each region's lives in its own folder.
 */
export interface RegionOffices {
  region: string;
  /** "巴中市", "山西省", "阳城县". */
  place: string;
  /** The letters of its business numbers (shared/applications/numbers.ts): "BZ" → BZ-2026-000123. */
  numberPrefix: string;
  /** The application type ids its offices take. */
  takes: readonly string[];
  /** What an office of an area is called: "通江县" → "通江县医保经办中心". */
  officeSuffix: string;
  areas: readonly OfficeArea[] | null;
  /** What the page says about the list of offices: where it comes from, and what it leaves out. */
  areasNote?: string;
  /** Who handles it and how long it takes, as the documents say; `when` null where they say nothing. */
  handling: { who: string; when: string | null; source: Source };
  /**
   * What the signer of a filing handled here accepts, when the region's own documents print no form and the product
   * asks the one it has (said plainly in the UI).
   */
  commitmentNote?: string;
  source: Source;
}
