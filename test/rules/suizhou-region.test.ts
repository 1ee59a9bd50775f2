import { regionById, regionsWith } from '../../shared/regions';
import { CATEGORY_NAMES } from '../../shared/schemas/estimate';
import { categoriesOf } from '../../shared/regions/vocabulary';
import { estimate } from '../../shared/estimate';
import { sz, stay, errorOf } from './suizhou-helpers';

describe('随县 (suizhou) is registered with what it covers and what it does not', () => {
  const r = regionById('suizhou');
  test('城乡居民医保 only; the visit types 002 rules; its documents', () => {
    expect(r.documents).toEqual(['002_711c23464f3dfc1b.txt']);
    expect(r.schemes).toEqual(['resident']);
    expect(r.visitTypes).toEqual(['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'single-pay-drug']);
    expect(r.firstDate).toBe('2025-01-01');
    expect(r.notCovered.join('')).toContain('生育住院');
    expect(r.notCovered.join('')).toContain('依申请救助');
  });
  test('every region lists exactly the identities its cases may carry, each with a Chinese name', () => {
    for (const region of regionsWith('estimate')) {
      expect([...categoriesOf(region.id)]).toEqual(region.categories.map((c) => c.id));
      for (const { id, name } of region.categories) {
        expect(name).toMatch(/[\u4e00-\u9fa5]/);
        expect(CATEGORY_NAMES[id as keyof typeof CATEGORY_NAMES]).toBe(name);
      }
    }
  });
  test('the 002 identities beyond 004’s six', () => {
    expect(r.categories.map((c) => c.id)).toEqual(
      expect.arrayContaining(['fallen-into-poverty', 'other-hardship', 'severe-disability', 'severe-mental-illness', 'family-planning-hardship', 'out-of-poverty', 'veteran']),
    );
  });
});

describe('identities are checked per region', () => {
  test('a 随县 identity on a 巴中 case is refused, with Bazhong’s list', () => {
    const e = errorOf(() =>
      estimate({ region: 'bazhong', date: '2025-06-15', scheme: 'resident', person: { categories: ['veteran'] }, visit: { type: 'inpatient', facilityLevel: 'level1', place: 'local', totalCost: '100', inScopeCost: '100' } }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('person.categories.0');
    expect(e.message).toBe('救助身份（person.categories.0）：取值不在允许范围内（可选：extreme-poverty、orphan、dibao、relapse-monitored、dibao-edge、illness-impoverished）');
  });
  test('an unknown identity on a 随县 case lists 随县’s', () => {
    const e = errorOf(() => sz(stay('level1', '100'), { categories: ['vip'] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('fallen-into-poverty、dibao-edge、relapse-monitored');
  });
  test('a non-string identity is refused', () => {
    const e = errorOf(() => sz(stay('level1', '100'), { categories: [7 as unknown as string] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('person.categories.0');
  });
});

describe('results are reproducible', () => {
  test('a 随县 result carries its own parameter hash', () => {
    const a = sz(stay('level1', '1000'));
    const b = estimate({ region: 'bazhong', date: '2025-06-15', scheme: 'resident', visit: { type: 'inpatient', facilityLevel: 'level1', place: 'local', totalCost: '1000', inScopeCost: '1000' } });
    expect(a.ruleset.paramsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.ruleset.paramsHash).not.toBe(b.ruleset.paramsHash);
  });
});
