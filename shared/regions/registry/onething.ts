import type { OneThingProgram } from '../../onething/types';
import { onething as bazhong } from '../bazhong/onething';
import { onething as suizhou } from '../suizhou/onething';
import { onething as yangcheng } from '../yangcheng/onething';

/** The regions whose documents speak of 就医费用报销“一件事”, by id (read by shared/onething). */
export const ONETHING: Record<string, OneThingProgram> = { bazhong, suizhou, yangcheng };
