import { manifestsWith } from '../../shared/regions/vocabulary';

/**
 * The region whose 门诊慢特病 catalogue the app holds (its manifest lists the 'catalogue' program; shared/catalogue
 * reaches the same one): the catalogue pages show it, and an estimate opened from it is for that region.
 */
export const CATALOGUE_REGION: string = manifestsWith('catalogue')[0].id;
