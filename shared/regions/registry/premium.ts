import type { PremiumProgram } from '../region';
import { premium as bazhong } from '../bazhong/premium';
import { premium as suizhou } from '../suizhou/premium';

/** The regions with a 参保缴费 program, by id (the CLI's `premium`). */
export const PREMIUM: Record<string, PremiumProgram> = { bazhong, suizhou };
