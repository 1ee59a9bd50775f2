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
