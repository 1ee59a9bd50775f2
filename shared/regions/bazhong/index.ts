import type { Region } from '../region';
import { manifest } from './manifest';
import { estimate } from './estimate';
import { waiting } from './waiting';
import { catalogue } from './catalogue';

/** 四川省巴中市: the manifest and the programs of the region's handbook (004). */
export const bazhong: Region = { ...manifest, estimate, waiting, catalogue };
