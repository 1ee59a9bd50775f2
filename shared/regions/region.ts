import type { ChainContext } from '../chain/context';
import type { Source } from '../source';
import type { RegionManifest } from './manifest';
import type { WaitingProgram } from '../waiting/program';
import type { CatalogueProgram } from '../catalogue/types';
import type { VeteranProgram } from '../veteran/program';

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

/** 参保缴费 after 资助参保, from unchecked input `{ region, year, categories }` (the CLI's `premium`). */
export type PremiumProgram = (input: unknown) => object;

/**
 * One region: its manifest (the words and ids, ./manifest.ts) and the programs its documents support, each from
 * its per-program table (./registry/<program>.ts); ./index.ts joins them for the server, the CLI and the tests.
 * `veteran` is the manifest's 优抚 vocabulary there and the veteran program here.
 */
export interface Region extends Omit<RegionManifest, 'veteran'> {
  estimate?: EstimateProgram;
  waiting?: WaitingProgram;
  /** 门诊慢特病 disease catalogue. */
  catalogue?: CatalogueProgram;
  veteran?: VeteranProgram;
  premium?: PremiumProgram;
}
