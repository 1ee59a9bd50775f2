import { Region } from './region';
import { bazhong } from './bazhong';
import { suizhou } from './suizhou';
import { notCovered } from '../errors';

export const REGIONS: Record<string, Region> = { bazhong, suizhou };

export function regionById(id: string): Region {
  const region = Object.prototype.hasOwnProperty.call(REGIONS, id) ? REGIONS[id] : undefined;
  if (!region) {
    const known = Object.values(REGIONS).map((r) => `${r.name}（${r.id}）`).join('、');
    throw notCovered(`参保地“${id}”暂未收录，目前支持：${known}`, 'region');
  }
  return region;
}
