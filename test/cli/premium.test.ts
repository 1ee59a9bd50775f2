import { spawnSync } from 'child_process';
import path from 'path';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');

function yibao(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status, json: () => JSON.parse(r.stdout) };
}

describe('yibao premium (随县 2025, 002 城乡居民医保筹资标准 and 资助参保)', () => {
  test('an array of queries: 普通居民 pays the 400 元 standard; 低保 is 90% subsidised and pays 40 元', () => {
    const r = yibao(['premium', '-'], JSON.stringify([
      { region: 'suizhou', year: 2025, categories: [] },
      { region: 'suizhou', year: 2025, categories: ['dibao'] },
    ]));
    expect(r.status).toBe(0);
    const [ordinary, dibao] = r.json();
    expect(ordinary).toMatchObject({ personalPays: '400.00', governmentPays: '0.00' });
    expect(dibao).toMatchObject({ personalPays: '40.00', governmentPays: '360.00' });
    expect(dibao.steps.length).toBeGreaterThan(0);
  });

  test('a region or year without a published table is refused with exit 2, in Chinese', () => {
    const r = yibao(['premium', '-'], JSON.stringify({ region: 'suizhou', year: 2026, categories: [] }));
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject({ ok: false, code: 'NOT_COVERED', field: 'year' });
  });
});

describe('yibao premium (巴中市, 004 第三章 六问、八问，第六章 四问)', () => {
  test('2026: 普通居民 400; 低保对象 75% 资助 → 个人 100; 特困人员 + 低保对象 → 按最高的资助标准, 全额', () => {
    const r = yibao(['premium', '-'], JSON.stringify([
      { region: 'bazhong', year: 2026, categories: [] },
      { region: 'bazhong', year: 2026, categories: ['dibao'] },
      { region: 'bazhong', year: 2026, categories: ['dibao', 'extreme-poverty'] },
    ]));
    expect(r.status).toBe(0);
    const [ordinary, dibao, both] = r.json();
    expect(ordinary).toMatchObject({ region: 'bazhong', personalPays: '400.00', governmentPays: '0.00', standard: { total: '1100.00' } });
    expect(dibao).toMatchObject({ personalPays: '100.00', governmentPays: '300.00', basis: { category: 'dibao' } });
    expect(both).toMatchObject({ personalPays: '0.00', governmentPays: '400.00', basis: { category: 'extreme-poverty' } });
  });

  test('2027 is refused (exit 2); a region without a premium program is refused naming those that have one', () => {
    const r = yibao(['premium', '-'], JSON.stringify([
      { region: 'bazhong', year: 2027, categories: [] },
      { region: 'yangcheng', year: 2025, categories: [] },
    ]));
    expect(r.status).toBe(2);
    const [year, region] = r.json();
    expect(year).toMatchObject({ ok: false, code: 'NOT_COVERED', field: 'year' });
    expect(region).toMatchObject({ ok: false, code: 'NOT_COVERED', field: 'region' });
    expect(region.message).toBe('参保地“yangcheng”的参保缴费标准暂未收录，目前支持：四川省巴中市（bazhong）、湖北省随州市随县（suizhou）');
  });
});
