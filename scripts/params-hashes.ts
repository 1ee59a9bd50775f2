import { fingerprint } from '../shared/hash';
import { REGIONS } from '../shared/regions';

/** Region id → fingerprint of its parameters, as shared/estimate.ts would compute it on first use. */
export function paramsHashes(): Record<string, string> {
  return Object.fromEntries(Object.values(REGIONS).map((r) => [r.id, fingerprint(r.params)]));
}
