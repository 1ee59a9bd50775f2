import type { CatalogueProgram } from '../../catalogue/types';
import { catalogue as bazhong } from '../bazhong/catalogue';

/** The regions with a 门诊慢特病 disease catalogue, by id (read by shared/catalogue). */
export const CATALOGUE: Record<string, CatalogueProgram> = { bazhong };
