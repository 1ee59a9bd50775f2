import { REGIONS } from '../../shared/regions';
import { MANIFESTS, manifests } from '../../shared/regions/vocabulary';
import type { Program } from '../../shared/regions/manifest';

const PROGRAMS: Program[] = ['estimate', 'waiting', 'catalogue', 'veteran', 'premium'];

describe('the two registries agree', () => {
  test('every manifest has its Region, under the same id and words', () => {
    expect(MANIFESTS.map((m) => m.id).sort()).toEqual(Object.keys(REGIONS).sort());
    for (const m of manifests()) {
      const r = REGIONS[m.id];
      expect({ id: r.id, name: r.name, schemes: r.schemes, visitTypes: r.visitTypes, categories: r.categories }).toEqual({
        id: m.id,
        name: m.name,
        schemes: m.schemes,
        visitTypes: m.visitTypes,
        categories: m.categories,
      });
    }
  });

  test.each(MANIFESTS.map((m) => m.id))('%s: the programs its manifest lists are exactly those its Region carries', (id) => {
    const m = manifests().find((x) => x.id === id)!;
    const carried = PROGRAMS.filter((p) => REGIONS[id][p] !== undefined);
    expect([...m.programs].sort()).toEqual(carried.sort());
    // An estimate needs the form's questions and at least one kind of care.
    if (m.programs.includes('estimate')) {
      expect(m.form).toBeDefined();
      expect(m.visitTypes.length).toBeGreaterThan(0);
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
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads afresh only through require()
    const load = (path: string) => require(path);
    for (const path of ['../../shared/regions/vocabulary', '../../miniprogram/models/profile', '../../miniprogram/models/categories', '../../miniprogram/models/catalogue']) {
      expect(() => load(path)).not.toThrow();
    }
    expect(() => load('../../shared/schemas/estimate')).toThrow('zod loaded');
  });
});
