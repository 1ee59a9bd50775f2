import type { WaitingProgram } from '../../waiting/program';
import { waiting as bazhong } from '../bazhong/waiting';

/** The regions with 待遇等待期 rules, by id (read by shared/waiting). */
export const WAITING: Record<string, WaitingProgram> = { bazhong };
