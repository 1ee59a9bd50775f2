import type { YearProgram } from '../../year/program';
import { year as bazhong } from '../bazhong/year';
import { year as suizhou } from '../suizhou/year';

/** The regions with rules over the year record (meters, 依申请救助), by id (read by shared/year/meters.ts and on-application.ts). */
export const YEAR: Record<string, YearProgram> = { bazhong, suizhou };
