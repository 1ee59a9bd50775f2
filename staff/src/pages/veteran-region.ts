import { manifestsWith } from '../../../shared/regions/vocabulary';

/** Whether a region has a 优抚 program in the registry: only its staff see the roster, the imports and the ledger. */
export function hasVeteranProgram(region: string): boolean {
  return manifestsWith('veteran').some((m) => m.id === region);
}
