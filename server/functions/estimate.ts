import { estimate } from '../../shared/estimate';
import type { ComputeFunction } from './types';

/** The authoritative estimate: the same shared rules the device runs, validated by the same schemas. */
export const estimateFunction: ComputeFunction = { name: 'estimate', kind: 'compute', handle: (event) => estimate(event) };
