import type { RegionOffices } from '../../applications/offices-types';
import { offices as bazhong } from '../bazhong/offices';

/** The regions whose documents name offices that take a filing the app files, by id (shared/applications/offices.ts). */
export const OFFICES: Record<string, RegionOffices> = { bazhong };
