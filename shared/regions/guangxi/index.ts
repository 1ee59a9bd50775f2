import type { Region } from '../region';
import { manifest } from './manifest';
import { veteran } from './veteran';

/** 广西壮族自治区: the manifest's words and the programs of the 办法 (001). */
export const guangxi: Region = {
  ...manifest,
  veteran,
};
