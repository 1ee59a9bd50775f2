import { PROGRAM_TABLES } from '../../shared/regions';
import type { Program } from '../../shared/regions/manifest';

const PROGRAMS = Object.keys(PROGRAM_TABLES) as Program[];

/**
 * A page's subpackage holds only the programs it uses. When each generic entry reached its programs through the one
 * registry of every region's every program, the waiting and catalogue packages doubled (issue 13); now each entry
 * loads its own table (shared/regions/registry/<program>.ts) and the manifests only.
 */
test.each([
  ['shared/estimate', 'estimate'],
  ['shared/waiting', 'waiting'],
  ['shared/catalogue', 'catalogue'],
  ['shared/veteran', 'veteran'],
  // The year record's meters and 依申请救助 read shared/regions/registry/year.ts only (not a Program: no estimate table either).
  ['shared/year/meters', 'year'],
  ['shared/year/on-application', 'year'],
])('%s loads the %s table and no other program', (entry, own) => {
  const refused = ['../../shared/regions', ...PROGRAMS.filter((p) => p !== own).map((p) => `../../shared/regions/registry/${p}`)];
  try {
    jest.isolateModules(() => {
      for (const path of refused) {
        jest.doMock(path, () => {
          throw new Error(`${path} loaded`);
        });
      }
      expect(() => require(`../../${entry}`)).not.toThrow();
    });
  } finally {
    for (const path of refused) jest.dontMock(path);
  }
});
