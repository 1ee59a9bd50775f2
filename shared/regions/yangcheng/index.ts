import type { Region } from '../region';
import { manifest } from './manifest';
import { veteran } from './veteran';
import { veteranSubsidy } from './veteran-subsidy';

/**
 * 阳城县: the manifest's words and the programs of the 细则 (000). Application types the region's programs add
 * (e.g. its 非一站式 claim, ./veteran-subsidy) are listed in `applicationTypes` here.
 */
export const yangcheng: Region = {
  ...manifest,
  veteran,
  applicationTypes: [veteranSubsidy],
};
