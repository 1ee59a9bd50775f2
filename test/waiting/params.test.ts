import { paramSchema, valueAt } from '../../shared/params/param';
import { DOCUMENTS } from '../../shared/source';
import * as collection from '../../shared/regions/bazhong/params/waiting/collection-period';
import * as fixed from '../../shared/regions/bazhong/params/waiting/resident-fixed-wait';
import * as variable from '../../shared/regions/bazhong/params/waiting/resident-variable-wait';
import * as repair from '../../shared/regions/bazhong/params/waiting/repair';
import * as premium from '../../shared/regions/bazhong/params/waiting/resident-premium';
import * as newborn from '../../shared/regions/bazhong/params/waiting/newborn';
import * as special from '../../shared/regions/bazhong/params/waiting/special-groups';
import * as first from '../../shared/regions/bazhong/params/waiting/employee-first';
import * as transfer from '../../shared/regions/bazhong/params/waiting/employee-transfer';
import * as switching from '../../shared/regions/bazhong/params/waiting/scheme-switch';
import * as arrears from '../../shared/regions/bazhong/params/waiting/employee-arrears';
import * as retirement from '../../shared/regions/bazhong/params/waiting/retirement-minimum';
import * as maternity from '../../shared/regions/bazhong/params/waiting/maternity-allowance';
import * as incentives from '../../shared/regions/bazhong/params/waiting/serious-illness-incentives';
import { resident, employee } from './helpers';

const modules = [collection, fixed, variable, repair, premium, newborn, special, first, transfer, switching, arrears, retirement, maternity, incentives];
const all = modules.flatMap((m) => Object.entries(m).filter(([, p]) => typeof p === 'object' && p !== null && 'values' in p));

describe('waiting parameter files are checked', () => {
  test.each(all)('%s passes the parameter schema (citation, known document, dated values)', (_name, p) => {
    const { dates: _dates, ...def } = p as { dates: string[] };
    expect(paramSchema.safeParse(def).success).toBe(true);
  });

  test('004 第三章 六问、八问: the individual premium is 400 元 for 2025 and 2026, flagged as stale for 2027', () => {
    expect(valueAt(premium.residentPremium, '2025-06-01')).toMatchObject({ value: '400', staleNote: undefined });
    expect(valueAt(premium.residentPremium, '2026-01-01')).toMatchObject({ value: '400', staleNote: undefined });
    expect(valueAt(premium.residentPremium, '2027-01-01').staleNote).toBe('城乡居民医保个人缴费标准按 2026 年度标准计算，2027 年标准未公布');
  });
});

describe('every answer cites a known document', () => {
  test.each([
    ['resident, 例六', () => resident('2029-12-01', 2030, [])],
    ['resident, newborn', () => resident('2026-04-01', 2026, [], { birthDate: '2026-03-10' })],
    ['employee, arrears', () => employee('2026-05-20', { kind: 'arrears', arrearsMonths: 13 })],
  ])('%s', (_name, run) => {
    const r = run();
    expect(r.steps.length).toBeGreaterThan(0);
    for (const s of r.steps) {
      expect(Object.keys(DOCUMENTS)).toContain(s.source.doc);
      expect(s.source.section).toMatch(/^第[一二三]章/);
      expect(s.formula).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
