import type { RegionManifest } from '../manifest';
import { manifest as bazhong } from '../bazhong/manifest';
import { manifest as suizhou } from '../suizhou/manifest';
import { manifest as yangcheng } from '../yangcheng/manifest';
import { manifest as guangxi } from '../guangxi/manifest';

/**
 * Every region's manifest (ids and Chinese words, no zod, no rules), in registry order. A new region adds its line
 * here and one line in each per-program table of this folder that its documents support.
 */
export const MANIFESTS = [bazhong, suizhou, yangcheng, guangxi] as const satisfies readonly RegionManifest[];
