import type { ChainContext } from '../chain/context';
import type { Source } from '../source';
import type { RegionManifest } from './manifest';
import type { WaitingProgram } from '../waiting/program';
import type { CatalogueProgram } from '../catalogue/types';
import type { VeteranProgram } from '../veteran/program';
import type { ApplicationTypeModule } from '../applications/types';

/**
 * The 费用估算 of one region. Regions differ in structure, not only in numbers, so each composes its own payer
 * chain from the shared formulas; this is all the engine (shared/estimate.ts) needs to know about it.
 */
export interface EstimateProgram {
  /** Where the document defines 医疗总费用 = 统筹支付 + 个人自付 + 个人自费: cited by the closing step. */
  personalPaySource: Source;
  /** Every parameter module the estimate reads: hashed into each result so a stored estimate stays explainable. */
  params: object[];
  run(ctx: ChainContext): void;
}

/**
 * One region: its manifest (the words and ids, ./manifest.ts) and the programs its documents support. A region
 * folder builds one in its index.ts (`{ ...manifest, estimate, … }`); ./index.ts lists them. `veteran` is the
 * manifest's 优抚 vocabulary there and the veteran program here.
 */
export interface Region extends Omit<RegionManifest, 'veteran'> {
  estimate?: EstimateProgram;
  waiting?: WaitingProgram;
  /** 门诊慢特病 disease catalogue (shared/catalogue reaches it through the registry). */
  catalogue?: CatalogueProgram;
  veteran?: VeteranProgram;
  /** 参保缴费 after 资助参保, from unchecked input `{ region, year, categories }` (the CLI's `premium`). */
  premium?: (input: unknown) => object;
  /** Application types the region's own programs add (shared/applications/registry.ts lists them). */
  applicationTypes?: ApplicationTypeModule[];
}
