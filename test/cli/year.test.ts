/**
 * `yibao year <file|->` (issue 14): a year record's visits estimated as a chain. The 巴中 scenario of issue 14
 * (004 第三章 十一问, 二十二问至二十六问): stay 1 三级 55,000 / 50,000, stay 2 二级 20,000 / 18,000 → 个人负担 4,272.00.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');

function yibao(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

const inpatient = (date: string, facilityLevel: string, totalCost: string, inScopeCost: string) => ({
  region: 'bazhong',
  date,
  scheme: 'resident',
  person: { age: 68 },
  visit: { type: 'inpatient', facilityLevel, place: 'local', totalCost, inScopeCost },
});
const stay1 = { id: 'stay-0001', case: inpatient('2026-03-01', 'level3', '55000.00', '50000.00'), createdAt: '2026-03-05T08:00:00.000Z', updatedAt: '2026-03-05T08:00:00.000Z' };
const stay2 = { id: 'stay-0002', case: inpatient('2026-08-10', 'level2', '20000.00', '18000.00'), createdAt: '2026-08-12T08:00:00.000Z', updatedAt: '2026-08-12T08:00:00.000Z' };
const gone = { id: 'stay-gone', createdAt: '2026-03-05T08:00:00.000Z', updatedAt: '2026-04-01T08:00:00.000Z', deletedAt: '2026-04-01T08:00:00.000Z' };
const END = { basicPaid: '41900.00', seriousIllnessSelfPay: '26100.00', seriousIllnessPaid: '6991.20' };

describe('yibao year', () => {
  test('{entries}: the visits in chain order, each with the figures the one before left; exit 0', () => {
    const r = yibao(['year', '-'], JSON.stringify({ entries: [stay2, gone, stay1] }));
    expect(r.status).toBe(0);
    const out = r.json();
    expect(out.visits.map((v: { id: string; date: string; personalPay: string }) => [v.id, v.date, v.personalPay])).toEqual([
      ['stay-0001', '2026-03-01', '21836.80'],
      ['stay-0002', '2026-08-10', '4272.00'],
    ]);
    expect(out.visits[0].yearToDateAfter).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
    expect(out.visits[1].payments).toMatchObject({ basic: '12320.00', seriousIllness: '3408.00' });
    expect(out.visits[1].yearToDateAfter).toEqual(END);
    expect(out.yearToDate).toEqual(END);
    expect(out.visits[0].error).toBeUndefined();
    expect(out.chains).toBeUndefined();
  });

  test('a YearRecord from a file, with a 结算单 on stay 1: stay 2 ends the year at 42,320.00 / 25,680.00 / 6,739.20', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yibao-year-'));
    try {
      const file = path.join(dir, 'record.json');
      writeFileSync(file, JSON.stringify({ person: 'self', year: 2026, entries: [{ ...stay1, settled: { payments: { basic: '30000.00' } } }, stay2] }));
      const r = yibao(['year', file]);
      expect(r.status).toBe(0);
      expect(r.json().yearToDate).toEqual({ basicPaid: '42320.00', seriousIllnessSelfPay: '25680.00', seriousIllnessPaid: '6739.20' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a visit the rules refuse carries its error, the chain goes on; exit 2', () => {
    const refused = { ...stay1, id: 'stay-0003', case: { ...inpatient('2026-05-01', 'level2', '100.00', '100.00'), visit: { type: 'inpatient', facilityLevel: 'level2', place: 'unfiled', totalCost: '100.00', inScopeCost: '100.00', transferredFrom: 'level1' } } };
    const r = yibao(['year', '-'], JSON.stringify({ entries: [stay1, refused, stay2] }));
    expect(r.status).toBe(2);
    const [, bad, last] = r.json().visits;
    expect(bad).toMatchObject({ id: 'stay-0003', personalPay: null, payments: null, error: { code: 'NOT_COVERED', field: 'visit.transferredFrom' } });
    expect(bad.yearToDateAfter).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
    expect(last.personalPay).toBe('4272.00');
  });

  test('two chains: yearToDate is the last visit’s, chains lists each', () => {
    const sx = { ...stay2, id: 'stay-sx01', case: { ...stay2.case, region: 'suizhou', date: '2026-09-01' } };
    const out = yibao(['year', '-'], JSON.stringify({ entries: [stay1, stay2, sx] })).json();
    expect(out.chains.map((c: { region: string; yearToDate: unknown }) => [c.region, c.yearToDate])).toEqual([
      ['bazhong', END],
      ['suizhou', out.visits[2].yearToDateAfter],
    ]);
    expect(out.yearToDate).toEqual(out.visits[2].yearToDateAfter);
  });

  test.each([
    ['no input named', [], undefined, { ok: false, code: 'INVALID_INPUT', message: '请指定输入文件，或用 - 表示从标准输入读取' }],
    ['not JSON', ['-'], '{', { ok: false, code: 'INVALID_INPUT', message: '输入不是有效的 JSON' }],
    ['an array', ['-'], '[]', { ok: false, code: 'INVALID_INPUT', message: '输入须为 {"entries": [...]} 或一份年度记录 {"person", "year", "entries"}' }],
    ['a bad entry, named by its place', ['-'], JSON.stringify({ entries: [stay1, { ...stay2, case: { ...stay2.case, yearToDate: {} } }] }), { ok: false, code: 'INVALID_INPUT', message: '第 2 条记录的本年度已发生情况：年度记录里的就医不填本年度累计，由记录自动算出', field: 'entries.1.case.yearToDate' }],
    ['a record whose year is not the case’s', ['-'], JSON.stringify({ person: 'self', year: 2025, entries: [stay1] }), { ok: false, code: 'INVALID_INPUT', message: '第 1 条记录的结算日期：结算日期须在 2025 年度内', field: 'entries.0.case.date' }],
  ])('refuses %s in Chinese, exit 2', (_what, args, stdin, answer) => {
    const r = yibao(['year', ...(args as string[])], stdin as string | undefined);
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject(answer);
  });
});
