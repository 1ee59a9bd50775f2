import { fingerprint } from '../shared/hash';
import { regionsWith } from '../shared/regions';

/** Region id → fingerprint of its parameters, as shared/estimate.ts would compute it on first use. */
export function paramsHashes(): Record<string, string> {
  return Object.fromEntries(regionsWith('estimate').map((r) => [r.id, fingerprint(r.estimate.params)]));
}
