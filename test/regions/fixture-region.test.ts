import { registerRegion, regionsWith } from '../../shared/regions';
import { estimate } from '../../shared/estimate';
import { manifestById } from '../../shared/regions/vocabulary';
import { ESTIMATE } from '../../shared/regions/registry/estimate';
import { fixture } from './fixture-region';

/**
 * A new region is one folder and its registry lines: the fixture (./fixture-region/, test tree only) is registered
 * with registerRegion — the test-only twin of the lines a product region adds to shared/regions/registry/ (its
 * manifest, one line per program) — and estimated through the public estimate(), like any region.
 */
registerRegion(fixture);

describe('a fixture region from one folder', () => {
  test('joins the registry: its words in the vocabulary, its estimate in the estimate table', () => {
    expect(manifestById('fixture')?.name).toBe('测试市');
    expect(regionsWith('estimate').map((r) => r.id)).toContain('fixture');
    expect(ESTIMATE.fixture).toBe(fixture.estimate);
  });

  test('estimates a stay through estimate(), figures and citation to the fen', () => {
    const r = estimate({
      region: 'fixture',
      date: '2025-06-01',
      scheme: 'resident',
      visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '12000.00', inScopeCost: '10000.00' },
    });
    // (10,000.00 − 500) × 70% = 6,650.00; the patient pays 2,000.00 out of scope + 3,350.00 in scope.
    expect(r.payments.basic).toBe('6650.00');
    expect(r.fundTotal).toBe('6650.00');
    expect(r.personalPay).toBe('5350.00');
    expect(r.steps[0]).toMatchObject({
      payer: 'basic',
      amount: '6650.00',
      source: { doc: '003_721ce283759161d0.txt', section: '夹具条款 住院' },
    });
    expect(r.steps[r.steps.length - 1].source).toEqual({ doc: '003_721ce283759161d0.txt', section: '夹具条款 个人负担' });
    expect(r.ruleset.paramsHash).toMatch(/^[0-9a-f]{16}$/);
  });

  test('what its manifest does not cover is refused in plain Chinese, as for any region', () => {
    expect(() =>
      estimate({ region: 'fixture', date: '2025-06-01', scheme: 'employee', visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '1', inScopeCost: '1' } }),
    ).toThrow('测试市暂未收录职工医保');
    expect(() => estimate({ region: 'fixture', date: '2025-06-01', scheme: 'resident', visit: { type: 'outpatient', facilityLevel: 'level1', totalCost: '1', inScopeCost: '1' } })).toThrow(
      '测试市暂未收录这类就医（outpatient）的费用估算',
    );
  });

  test('a region id used twice is refused', () => {
    expect(() => registerRegion(fixture)).toThrow('已登记');
  });
});
