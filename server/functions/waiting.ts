import { waiting } from '../../shared/waiting';
import type { ComputeFunction } from './types';

/** When the fund starts paying (待遇等待期): the same shared rules the page runs on the device and `yibao waiting` runs. */
export const waitingFunction: ComputeFunction = { name: 'waiting', kind: 'compute', handle: (event) => waiting(event) };
