import type { EstimateResult } from '../../shared/result';
import type { Param } from '../../shared/params/param';

/**
 * Adding 2026 figures is adding a dated value, with its own citation, to the region's parameter files: here the
 * files are loaded with one extra 2026-01-01 entry (as the next handbook would add it), and 2025 bills keep their
 * 2025 amounts and citations while 2026 bills read and cite the new value. Nothing outside the region's params is
 * touched; the catalogue's 慢病 limits are dated the same way.
 */
const SPECIAL = '../../shared/regions/bazhong/params/chronic-special';
const LIMITS = '../../shared/regions/bazhong/params/chronic-limits';
const NEW_RATIO = { doc: '004_6dc5632ce2988a73.txt', section: '第四章 三问（2026 年度新标准，测试）' } as const;
const NEW_LIMITS = { doc: '004_6dc5632ce2988a73.txt', section: '第四章 三问 限额表（2026 年度，测试）' } as const;

/** A chronic bill of 高血压… (M04600: 城乡居民 800 元 a year in 2025) on `date`. */
const bill = (date: string) => ({
  region: 'bazhong',
  date,
  scheme: 'resident',
  visit: { type: 'chronic', diseaseCode: 'M04600', totalCost: '3000.00', inScopeCost: '2500.00' },
});

function withParams(added: boolean): (input: unknown) => EstimateResult {
  let run!: (input: unknown) => EstimateResult;
  jest.isolateModules(() => {
    if (added) {
      jest.doMock(SPECIAL, () => {
        const actual = jest.requireActual(SPECIAL);
        const { param } = jest.requireActual('../../shared/params/param');
        const old = actual.chronicRatio as Param<string>;
        return { ...actual, chronicRatio: param(old.label, old.unit, { ...old.values, '2026-01-01': { source: NEW_RATIO, value: '0.80' } }) };
      });
      jest.doMock(LIMITS, () => {
        const actual = jest.requireActual(LIMITS);
        const { param } = jest.requireActual('../../shared/params/param');
        const old = actual.chronicLimits as Param<Record<string, { employee: string | null; resident: string | null }>>;
        const table = { ...old.values['2025-01-01'].value, M04600: { employee: '1500', resident: '900' } };
        return { ...actual, chronicLimits: param(old.label, old.unit, { ...old.values, '2026-01-01': { source: NEW_LIMITS, value: table } }) };
      });
    }
    // isolateModules loads afresh only through require()
    run = require('../../shared/estimate').estimate;
  });
  return run;
}

const before = withParams(false);
const after = withParams(true);

describe('a 2026 dated value added to the region’s parameters', () => {
  test('a 2025 bill keeps its result and its 2025 citation', () => {
    const was = before(bill('2025-06-01'));
    const now = after(bill('2025-06-01'));
    expect(now.payments).toEqual(was.payments);
    expect(now.steps).toEqual(was.steps);
    expect(now.notes).toEqual(was.notes);
    expect(now.steps[0]).toMatchObject({ amount: '800.00', source: { doc: '004_6dc5632ce2988a73.txt', section: '第四章 三问' } });
    // The fingerprint covers the new value (and the dated 慢病 limits): a stored 2025 result says which figures it read.
    expect(now.ruleset.paramsHash).not.toBe(was.ruleset.paramsHash);
  });

  test('a 2026 bill reads the new ratio and limit and cites the new value', () => {
    const was = before(bill('2026-03-01'));
    const now = after(bill('2026-03-01'));
    expect(was.steps[0]).toMatchObject({ amount: '800.00', source: { section: '第四章 三问' } });
    // 2,500.00 × 80% = 2,000.00 within the 2026 limit of 900.00.
    expect(now.payments.basic).toBe('900.00');
    expect(now.steps[0].source).toEqual(NEW_RATIO);
    expect(now.steps[0].formula).toContain('× 80%');
    expect(now.steps[0].formula).toContain('年度限额 900.00 元');
  });
});
