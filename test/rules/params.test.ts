import { paramSchema, param } from '../../shared/params/param';
import { regionsWith } from '../../shared/regions';
import { estimate } from '../../shared/estimate';
import { inpatientCase } from './helpers';

describe('parameter files are checked', () => {
  const all = regionsWith('estimate').flatMap((r) =>
    r.estimate.params.flatMap((mod) => Object.entries(mod).map(([name, p]) => [`${r.id}.${name}`, p] as const)),
  );

  test.each(all)('%s passes the parameter schema (citation, known document, dated values)', (_name, p) => {
    const { dates: _dates, ...def } = p as { dates: string[] };
    expect(paramSchema.safeParse(def).success).toBe(true);
  });

  test('a value without a citation is rejected', () => {
    expect(() => param('起付线', 'CNY', { values: { '2025-01-01': '100' } } as never)).toThrow();
  });
  test('a typo in a key is rejected rather than silently ignored', () => {
    expect(() =>
      param('起付线', 'CNY', { source: { doc: '004_6dc5632ce2988a73.txt', section: '第三章' }, values: { '2025-01-01': '100' }, documentUntil: {} } as never),
    ).toThrow();
  });
  test('a citation of a document that is not in seeds/ is rejected', () => {
    expect(() => param('起付线', 'CNY', { source: { doc: '999.txt', section: '第三章' }, values: { '2025-01-01': '100' } } as never)).toThrow();
  });
});

describe('results are reproducible', () => {
  test('each result carries the ruleset version and a stable hash of the parameters it read', () => {
    const a = estimate(inpatientCase({ level: 'township', inScope: '4200' }));
    const b = estimate(inpatientCase({ level: 'level3', inScope: '99999' }));
    expect(a.ruleset.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(a.ruleset.paramsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.ruleset).toEqual(a.ruleset);
  });
});
