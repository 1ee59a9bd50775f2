import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');

function yibao(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

// 004 第一章 四十三: 张三
const ZHANG_SAN = {
  region: 'bazhong',
  date: '2025-06-01',
  scheme: 'resident',
  person: { categories: [] },
  visit: { type: 'inpatient', facilityLevel: 'township', place: 'local', totalCost: '4500', inScopeCost: '4200' },
};

describe('yibao estimate (CLI contract of issue 2)', () => {
  test('one case from a file → one result (004 第一章 四十三 张三: 统筹 3,690，个人负担 810)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yibao-'));
    const file = path.join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(ZHANG_SAN));
    const r = yibao(['estimate', file]);
    expect(r.status).toBe(0);
    const result = r.json();
    expect(result.payments).toEqual({
      basic: '3690.00',
      civilServant: '0.00',
      largeExpense: '0.00',
      seriousIllness: '0.00',
      assistance: '0.00',
      tiltedAssistance: '0.00',
      veteranSubsidy: '0.00',
    });
    expect(result.fundTotal).toBe('3690.00');
    expect(result.personalPay).toBe('810.00');
    expect(result.outOfScope).toBe('300.00');
    expect(result.steps[0]).toMatchObject({ payer: 'basic', amount: '3690.00', source: { doc: '004_6dc5632ce2988a73.txt' } });
  });

  test('an array from stdin → an array of results in order', () => {
    const r = yibao(['estimate', '-'], JSON.stringify([ZHANG_SAN, { ...ZHANG_SAN, scheme: 'employee' }]));
    expect(r.status).toBe(0);
    expect(r.json().map((x: { payments: { basic: string } }) => x.payments.basic)).toEqual(['3690.00', '3690.00']);
  });

  test('a case that fails validation exits 2 with a JSON error naming the field, in Chinese', () => {
    const bad = { ...ZHANG_SAN, visit: { ...ZHANG_SAN.visit, totalCost: 'abc' } };
    const r = yibao(['estimate', '-'], JSON.stringify(bad));
    expect(r.status).toBe(2);
    expect(r.json()).toEqual({ ok: false, code: 'INVALID_INPUT', message: '医疗总费用：金额须为不小于 0 的数字，最多两位小数', field: 'visit.totalCost' });
  });

  test('in an array, the failing case is answered in place and the exit status is 2', () => {
    const r = yibao(['estimate', '-'], JSON.stringify([ZHANG_SAN, { ...ZHANG_SAN, date: '2025-13-01' }]));
    expect(r.status).toBe(2);
    const [ok, failed] = r.json();
    expect(ok.payments.basic).toBe('3690.00');
    expect(failed).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'date', index: 1 });
  });

  test('input that is not JSON exits 2 with a Chinese message', () => {
    const r = yibao(['estimate', '-'], '{nope');
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject({ ok: false, message: '输入不是有效的 JSON' });
  });

  test('yibao regions lists Bazhong with its documents, schemes, visit types and what it does not cover', () => {
    const r = yibao(['regions']);
    expect(r.status).toBe(0);
    const [bazhong] = r.json();
    expect(bazhong).toMatchObject({ id: 'bazhong', schemes: ['resident', 'employee'], visitTypes: ['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'single-pay-drug', 'high-value-drug', 'maternity'] });
    expect(bazhong.documents[0].doc).toBe('004_6dc5632ce2988a73.txt');
    expect(bazhong.notCovered.length).toBeGreaterThan(0);
  });
});
