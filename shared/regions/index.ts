import type { Region } from './region';
import type { Program, RegionManifest } from './manifest';
import { knownList, manifests, registerManifest } from './vocabulary';
import { ESTIMATE } from './registry/estimate';
import { WAITING } from './registry/waiting';
import { CATALOGUE } from './registry/catalogue';
import { VETERAN } from './registry/veteran';
import { PREMIUM } from './registry/premium';
import { notCovered } from '../errors';

export { knownList };

/**
 * Every per-program table (./registry/<program>.ts), by program. Generic client code reads only its own table so a
 * page loads only the programs it uses; this module joins them all, for the server, the CLI and the tests.
 */
export const PROGRAM_TABLES: { [P in Program]: Record<string, NonNullable<Region[P]>> } = {
  estimate: ESTIMATE,
  waiting: WAITING,
  catalogue: CATALOGUE,
  veteran: VETERAN,
  premium: PREMIUM,
};

const PROGRAMS = Object.keys(PROGRAM_TABLES) as Program[];

function has(table: object, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, id);
}

/** A manifest joined with the programs the tables list for its id (the manifest's 优抚 words give way to the program). */
function regionOf(manifest: RegionManifest): Region {
  const { veteran: _words, ...words } = manifest;
  const region: Region = { ...words };
  for (const p of PROGRAMS) {
    if (has(PROGRAM_TABLES[p], manifest.id)) Object.assign(region, { [p]: PROGRAM_TABLES[p][manifest.id] });
  }
  return region;
}

/** Every region (manifest + programs), keyed by id, in registry order. */
export const REGIONS: Record<string, Region> = Object.fromEntries(manifests().map((m) => [m.id, regionOf(m)]));

/**
 * For tests only: a fixture region that lives in the test tree joins the manifests and each per-program table it
 * has a program for, for the rest of that test file (jest loads modules per file). Product regions are listed in
 * ./registry/, never registered at run time.
 */
export function registerRegion(region: Region): void {
  if (has(REGIONS, region.id)) throw new Error(`地区 ${region.id} 已登记`);
  // The manifest part: a fixture's words join the vocabulary (`veteran` there is words, here the program).
  registerManifest({ ...region, veteran: undefined });
  for (const p of PROGRAMS) {
    const program = region[p];
    if (program !== undefined) Object.assign(PROGRAM_TABLES[p], { [region.id]: program });
  }
  REGIONS[region.id] = region;
}

/** The regions that have a program, in registry order. */
export function regionsWith<P extends Program>(program: P): (Region & Required<Pick<Region, P>>)[] {
  return Object.values(REGIONS).filter((r) => r[program] !== undefined) as (Region & Required<Pick<Region, P>>)[];
}

/** The region with an estimate program; any other id is "暂未收录", naming those the rules cover. */
export function regionById(id: string): Region & Required<Pick<Region, 'estimate'>> {
  const region = has(REGIONS, id) ? REGIONS[id] : undefined;
  if (!region?.estimate) {
    throw notCovered(`参保地“${id}”暂未收录，目前支持：${knownList(regionsWith('estimate'))}`, 'region');
  }
  return region as Region & Required<Pick<Region, 'estimate'>>;
}
