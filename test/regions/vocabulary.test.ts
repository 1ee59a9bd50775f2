import { PROGRAM_TABLES, REGIONS } from '../../shared/regions';
import { MANIFESTS, manifests } from '../../shared/regions/vocabulary';
import type { Program } from '../../shared/regions/manifest';

const PROGRAMS = Object.keys(PROGRAM_TABLES) as Program[];

describe('the manifests and the per-program tables agree', () => {
  test('every table lists only regions that have a manifest', () => {
    const ids = MANIFESTS.map((m) => m.id as string);
    for (const p of PROGRAMS) for (const id of Object.keys(PROGRAM_TABLES[p])) expect({ [p]: id, known: ids.includes(id) }).toEqual({ [p]: id, known: true });
  });

  test.each(MANIFESTS.map((m) => m.id))('%s: the programs its manifest lists are exactly the tables that list it', (id) => {
    const m = manifests().find((x) => x.id === id)!;
    const listed = PROGRAMS.filter((p) => Object.prototype.hasOwnProperty.call(PROGRAM_TABLES[p], id));
    expect([...m.programs].sort()).toEqual(listed.sort());
    // An estimate needs the form's questions and at least one kind of care.
    if (m.programs.includes('estimate')) {
      expect(m.form).toBeDefined();
      expect(m.visitTypes.length).toBeGreaterThan(0);
    }
  });

  test('every region joins its manifest’s words with the programs the tables list', () => {
    expect(Object.keys(REGIONS)).toEqual(MANIFESTS.map((m) => m.id));
    for (const m of MANIFESTS) {
      const r = REGIONS[m.id];
      expect({ id: r.id, name: r.name, schemes: r.schemes, visitTypes: r.visitTypes, categories: r.categories }).toEqual({
        id: m.id,
        name: m.name,
        schemes: m.schemes,
        visitTypes: m.visitTypes,
        categories: m.categories,
      });
      for (const p of PROGRAMS) expect(r[p]).toBe(Object.prototype.hasOwnProperty.call(PROGRAM_TABLES[p], m.id) ? PROGRAM_TABLES[p][m.id] : undefined);
    }
  });

  test('an identity has one label across regions', () => {
    const labels = new Map<string, string>();
    for (const m of manifests()) {
      for (const c of m.categories) {
        expect(labels.get(c.id) ?? c.name).toBe(c.name);
        labels.set(c.id, c.name);
      }
    }
  });
});

test('the vocabulary and the main package’s region models load without zod or the rules', () => {
  jest.isolateModules(() => {
    jest.doMock('zod', () => {
      throw new Error('zod loaded');
    });
    jest.doMock('decimal.js', () => {
      throw new Error('decimal.js loaded');
    });
    // isolateModules loads afresh only through require()
    const load = (path: string) => require(path);
    for (const path of ['../../shared/regions/vocabulary', '../../miniprogram/models/profile', '../../miniprogram/models/categories', '../../miniprogram/models/catalogue']) {
      expect(() => load(path)).not.toThrow();
    }
    expect(() => load('../../shared/schemas/estimate')).toThrow('zod loaded');
  });
});
