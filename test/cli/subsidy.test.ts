/**
 * `yibao subsidy <file|->` (issue 6's CLI contract): input region, date, veteran { category, disabilityGrade?, cause? },
 * hospital { inCounty }, settlement { inScopeSelfPay }, yearToDate { subsidyPaid }; output subsidy, ratio, annualCap,
 * remainingCap, outpatientAllowance, nextApplicationMonth and steps with citations. Figures from 000 (阳城) and 001
 * (广西), cited to the article in each case's name.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
const YANGCHENG = '000_22e2e209a52c8b7a.txt';
const GUANGXI = '001_67989e468fe6913d.txt';

function yibao(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, json: () => JSON.parse(r.stdout) };
}

const run = (input: unknown) => yibao(['subsidy', '-'], JSON.stringify(input));

const CONTRACT = ['subsidy', 'ratio', 'annualCap', 'remainingCap', 'outpatientAllowance', 'nextApplicationMonth', 'steps'];

const demobilized = (over: Record<string, unknown> = {}) => ({
  region: 'yangcheng',
  date: '2027-08-15',
  veteran: { category: 'demobilized-rural' },
  hospital: { inCounty: false },
  settlement: { inScopeSelfPay: '10000' },
  yearToDate: { subsidyPaid: '0' },
  ...over,
});

describe('yibao subsidy', () => {
  test('Case 1 — 000 第四条（三）1、第四条（二）、第六条: 在乡复员军人 县外住院 合规部分 10,000 × 95% = 9,500; cap 30,000 leaves 20,500; 定额门诊补助 800; 非一站式 in 2027-12', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yibao-subsidy-'));
    const file = path.join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(demobilized()));
    const r = yibao(['subsidy', file]);
    expect(r.status).toBe(0);
    const out = r.json();
    for (const key of CONTRACT) expect(out).toHaveProperty(key);
    expect(out).toMatchObject({
      subsidy: '9500.00',
      ratio: '0.95',
      annualCap: '30000.00',
      remainingCap: '20500.00',
      outpatientAllowance: '800.00',
      nextApplicationMonth: '2027-12',
      oneStop: false,
    });
    expect(out.steps[0]).toMatchObject({ payer: 'veteranSubsidy', amount: '9500.00', source: { doc: YANGCHENG, section: '第四条（三）1' } });
  });

  test('Case 2 — 000 第四条（三）1 年最高限额 3 万元: 25,000 already paid, 12,000 × 95% = 11,400 is cut to the 5,000 left (县内, 一站式)', () => {
    const r = run(demobilized({ hospital: { inCounty: true }, settlement: { inScopeSelfPay: '12000' }, yearToDate: { subsidyPaid: '25000' } }));
    expect(r.status).toBe(0);
    expect(r.json()).toMatchObject({ subsidy: '5000.00', remainingCap: '0.00', nextApplicationMonth: null, oneStop: true });
  });

  test('Case 3 — 000 第四条（二）: a “三属” gets 600 a year; 000 第六条: a stay in July is claimed that July', () => {
    const r = run(demobilized({ date: '2027-07-10', veteran: { category: 'martyr-family' }, settlement: { inScopeSelfPay: '2000' } }));
    expect(r.json()).toMatchObject({ subsidy: '1900.00', outpatientAllowance: '600.00', nextApplicationMonth: '2027-07' });
  });

  test('Case 4 — 000 第三条（二）2: 一至六级 full subsidy, no annual cap, no 定额门诊补助 ("0.00")', () => {
    const r = run(demobilized({ veteran: { category: 'disabled', disabilityGrade: 3, cause: 'duty' }, settlement: { inScopeSelfPay: '8000' } }));
    expect(r.json()).toMatchObject({ subsidy: '8000.00', ratio: '1.00', annualCap: null, remainingCap: null, outpatientAllowance: '0.00' });
    expect(r.json().steps[0].source).toEqual({ doc: YANGCHENG, section: '第三条（二）' });
  });

  test('Case 5 — 001 第十三条: 广西 一至四级 全额, 五至六级 不低于 80%, 七至十级 不低于 60%; no cap, no window set', () => {
    const gx = (disabilityGrade: number) => ({
      region: 'guangxi',
      date: '2024-08-15',
      veteran: { category: 'disabled', disabilityGrade, cause: 'war' },
      hospital: { inCounty: true },
      settlement: { inScopeSelfPay: '10000' },
      yearToDate: { subsidyPaid: '0' },
    });
    const r = run([gx(2), gx(5), gx(8)]);
    expect(r.status).toBe(0);
    const [two, five, eight] = r.json();
    expect([two.subsidy, five.subsidy, eight.subsidy]).toEqual(['10000.00', '8000.00', '6000.00']);
    expect([two.ratio, five.ratio, eight.ratio]).toEqual(['1.00', '0.80', '0.60']);
    expect(eight).toMatchObject({ annualCap: null, remainingCap: null, outpatientAllowance: null, nextApplicationMonth: null });
    expect(eight.steps[0].source).toEqual({ doc: GUANGXI, section: '第十三条' });
  });

  test('Case 6 — 000 第二条: 因病八级 is not an 优抚对象 of the 细则: eligible false, 0', () => {
    const r = run(demobilized({ veteran: { category: 'disabled', disabilityGrade: 8, cause: 'illness' } }));
    expect(r.json()).toMatchObject({ eligible: false, subsidy: '0.00', outpatientAllowance: '0.00' });
    expect(r.json().steps[0].source).toEqual({ doc: YANGCHENG, section: '第二条' });
  });

  test('a bad case exits 2 with the field named in Chinese; in an array it is answered in place', () => {
    const bad = run(demobilized({ veteran: { category: 'veteran' } }));
    expect(bad.status).toBe(2);
    expect(bad.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'veteran.category' });
    expect(bad.json().message).toMatch(/^优抚对象类别：/);
    const mixed = run([demobilized(), demobilized({ date: '2026-05-01' })]);
    expect(mixed.status).toBe(2);
    const [ok, refused] = mixed.json();
    expect(ok.subsidy).toBe('9500.00');
    expect(refused).toMatchObject({ ok: false, code: 'NOT_COVERED', field: 'date', index: 1 });
  });
});
