import type { Region } from '../region';
import { manifest } from './manifest';
import { estimate } from './estimate';
import { premium } from './premium';

/** 湖北省随州市随县: the manifest and the programs of the region's slides (002). */
export const suizhou: Region = { ...manifest, estimate, premium };
