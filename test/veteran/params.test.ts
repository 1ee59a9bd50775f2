import { paramSchema } from '../../shared/params/param';
import type { Param } from '../../shared/params/param';
import { subsidy, veteranRegion } from '../../shared/veteran';

const paramsOf = (region: string) => veteranRegion(region).veteran.params as Param<unknown>[];
const all = [
  ...paramsOf('yangcheng').map((p) => ['000', p] as const),
  ...paramsOf('guangxi').map((p) => ['001', p] as const),
];

describe('parameter files are checked', () => {
  test.each(all.map(([doc, p]) => [doc, p.label, p] as const))('%s %s: passes the schema and cites an article of its own document', (doc, _label, p) => {
    const { dates: _dates, ...def } = p as typeof p & { dates: string[] };
    expect(paramSchema.safeParse(def).success).toBe(true);
    for (const { source } of Object.values(p.values)) {
      expect(source.doc.startsWith(doc)).toBe(true);
      expect(source.section).toMatch(/^第[一二三四五六七八九十]+条/);
    }
  });
  test('阳城的每项标准自 2026-07-01 起，广西自 2023-12-29 起', () => {
    for (const [doc, p] of all) expect(p.dates[0]).toBe(doc === '000' ? '2026-07-01' : '2023-12-29');
  });
});

describe('results are reproducible', () => {
  test('each result carries the ruleset version and a per-region hash of the parameters', () => {
    const base = { date: '2027-03-01', veteran: { category: 'disabled', disabilityGrade: 3 }, hospital: { inCounty: true }, settlement: { inScopeSelfPay: '10' } };
    const a = subsidy({ ...base, region: 'yangcheng' });
    const b = subsidy({ ...base, region: 'yangcheng', settlement: { inScopeSelfPay: '99' } });
    const c = subsidy({ ...base, region: 'guangxi' });
    expect(a.ruleset.paramsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.ruleset).toEqual(a.ruleset);
    expect(c.ruleset.paramsHash).not.toBe(a.ruleset.paramsHash);
  });
});
