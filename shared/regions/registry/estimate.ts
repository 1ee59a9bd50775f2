import type { EstimateProgram } from '../region';
import { estimate as bazhong } from '../bazhong/estimate';
import { estimate as suizhou } from '../suizhou/estimate';

/** The regions with a 费用估算, by id: only shared/estimate.ts (and the estimate pages) load their chains. */
export const ESTIMATE: Record<string, EstimateProgram> = { bazhong, suizhou };
