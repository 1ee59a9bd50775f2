/**
 * The year as a chain (issue 14 "Her whole year"): 巴中 城乡居民, aged 68, two stays in 2026. Figures from 004 第三章
 * 十一问 (市内 统筹: 三级 起付线 700 × 60%, 二级 起付线 400 × 70%) and 二十二问至二十六问 (大病: 起付线 上一年度人均可支配收入
 * 28,896 × 50% = 14,448, 10 万元以内部分 60%, on the year's accumulated in-scope self-pay after 统筹).
 * Stay 1 (三级 55,000 / 50,000): 统筹 (50,000 − 700) × 60% = 29,580; 自付 20,420; 大病 (20,420 − 14,448) × 60% = 3,583.20.
 * Stay 2 (二级 20,000 / 18,000): 统筹 (18,000 − 400) × 70% = 12,320; 自付 5,680, 累计 26,100; 大病 (26,100 − 14,448) × 60%
 * − 3,583.20 = 3,408.00; 个人负担 2,000 + 5,680 − 3,408 = 4,272.00. Alone: 5,680 < 14,448, no 大病, 2,000 + 5,680 = 7,680.00.
 */
import { runYear, yearToDateFor } from '../../shared/year/chain';
import { estimate } from '../../shared/estimate';
import type { YearCase, YearEntry } from '../../shared/year/types';

const inpatient = (date: string, facilityLevel: string, totalCost: string, inScopeCost: string, over: Partial<YearCase> = {}): YearCase => ({
  region: 'bazhong',
  date,
  scheme: 'resident',
  person: { age: 68 },
  visit: { type: 'inpatient', facilityLevel, place: 'local', totalCost, inScopeCost },
  ...over,
});

const entry = (id: string, c: YearCase, createdAt = '2026-03-05T08:00:00.000Z', more: Partial<YearEntry> = {}): YearEntry => ({
  id,
  case: c,
  createdAt,
  updatedAt: createdAt,
  ...more,
});

const stay1 = entry('stay-0001', inpatient('2026-03-01', 'level3', '55000.00', '50000.00'));
const stay2Case = inpatient('2026-08-10', 'level2', '20000.00', '18000.00');
const stay2 = entry('stay-0002', stay2Case, '2026-08-12T08:00:00.000Z');

describe('runYear', () => {
  test('stay 1 (三级 55,000 / 50,000): 统筹 29,580.00, 大病 自付累计 20,420.00, 大病 3,583.20', () => {
    const [v1] = runYear([stay1]);
    expect(v1.ytdBefore).toEqual({});
    expect(v1.ytdAfter).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
    expect(v1.result?.personalPay).toBe('21836.80');
  });

  test('stay 2 (二级 20,000 / 18,000) after stay 1: personalPay 4,272.00 with the chain, 7,680.00 alone', () => {
    const visits = runYear([stay2, stay1]);
    expect(visits.map((v) => v.entry.id)).toEqual(['stay-0001', 'stay-0002']);
    expect(visits[1].ytdBefore).toEqual(visits[0].ytdAfter);
    expect(visits[1].input.yearToDate).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
    expect(visits[1].result?.personalPay).toBe('4272.00');
    expect(runYear([stay2])[0].result?.personalPay).toBe('7680.00');
    expect(estimate(stay2Case).personalPay).toBe('7680.00');
  });

  test('editing stay 1 to 33,000 / 30,000 changes stay 2: 自付 (30,000 − 700) × 40% + 700 = 12,420, 累计 18,100, 大病 (18,100 − 14,448) × 60% = 2,191.20, 个人负担 2,000 + 5,680 − 2,191.20 = 5,488.80', () => {
    const smaller = { ...stay1, case: inpatient('2026-03-01', 'level3', '33000.00', '30000.00'), updatedAt: '2026-04-01T00:00:00.000Z' };
    const visits = runYear([smaller, stay2]);
    expect(visits[0].ytdAfter).toEqual({ basicPaid: '17580.00', seriousIllnessSelfPay: '12420.00' });
    expect(visits[1].ytdBefore).toEqual(visits[0].ytdAfter);
    expect(visits[1].result?.payments.seriousIllness).toBe('2191.20');
    expect(visits[1].result?.personalPay).toBe('5488.80');
  });

  test('an entry of another region or scheme does not enter the chain', () => {
    const employee = entry('stay-emp1', inpatient('2026-02-01', 'level3', '55000.00', '50000.00', { scheme: 'employee', person: { age: 58 } }));
    const suixian = entry('stay-sx01', inpatient('2026-02-02', 'level3', '55000.00', '50000.00', { region: 'suizhou' }));
    const visits = runYear([stay2, employee, suixian]);
    const v2 = visits.find((v) => v.entry.id === 'stay-0002')!;
    expect(v2.ytdBefore).toEqual({});
    expect(v2.result?.personalPay).toBe('7680.00');
  });

  test('a refused entry gets its error and passes the figures on unchanged', () => {
    // 转往 a 市外 higher level: 十二问 does not say how the difference is counted there, so the rules refuse it.
    const refused = entry('stay-bad1', {
      ...inpatient('2026-05-01', 'level2', '100.00', '100.00'),
      visit: { type: 'inpatient', facilityLevel: 'level2', place: 'unfiled', totalCost: '100.00', inScopeCost: '100.00', transferredFrom: 'level1' },
    });
    const visits = runYear([stay1, refused, stay2]);
    expect(visits.map((v) => v.entry.id)).toEqual(['stay-0001', 'stay-bad1', 'stay-0002']);
    expect(visits[1].result).toBeNull();
    expect(visits[1].error).toEqual({ code: 'NOT_COVERED', message: expect.stringContaining('十二问'), field: 'visit.transferredFrom' });
    expect(visits[1].ytdAfter).toEqual(visits[0].ytdAfter);
    expect(visits[2].result?.personalPay).toBe('4272.00');
  });

  test('tombstones are not run; the same date orders by createdAt, then id', () => {
    const dead: YearEntry = { id: 'stay-dead', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', deletedAt: '2026-02-01T00:00:00.000Z' };
    const a = entry('stay-zzzz', inpatient('2026-08-10', 'level2', '1.00', '1.00'), '2026-08-11T00:00:00.000Z');
    const b = entry('stay-aaaa', inpatient('2026-08-10', 'level2', '1.00', '1.00'), '2026-08-11T00:00:00.000Z');
    expect(runYear([dead, stay2, a, b, stay1]).map((v) => v.entry.id)).toEqual(['stay-0001', 'stay-aaaa', 'stay-zzzz', 'stay-0002']);
  });
});

describe('yearToDateFor', () => {
  test('a new case counts the entries dated on or before it', () => {
    const { yearToDate, counted } = yearToDateFor([stay1, stay2], inpatient('2026-09-01', 'level2', '100.00', '100.00'));
    expect(counted.map((v) => v.entry.id)).toEqual(['stay-0001', 'stay-0002']);
    // 29,580 + 12,320; 20,420 + 5,680; 3,583.20 + 3,408.00.
    expect(yearToDate).toEqual({ basicPaid: '41900.00', seriousIllnessSelfPay: '26100.00', seriousIllnessPaid: '6991.20' });
  });

  test('a case of another region or scheme starts from nothing', () => {
    expect(yearToDateFor([stay1, stay2], inpatient('2026-09-01', 'level2', '1.00', '1.00', { region: 'suizhou' }))).toEqual({ yearToDate: {}, counted: [] });
    expect(yearToDateFor([stay1], inpatient('2026-09-01', 'level2', '1.00', '1.00', { scheme: 'employee' })).yearToDate).toEqual({});
  });

  test('a later-dated entry is not counted for an earlier new case', () => {
    const { yearToDate, counted } = yearToDateFor([stay1, stay2], inpatient('2026-05-01', 'level2', '100.00', '100.00'));
    expect(counted.map((v) => v.entry.id)).toEqual(['stay-0001']);
    expect(yearToDate).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
  });

  test('excludeId: an edited entry is not counted for itself', () => {
    const { yearToDate, counted } = yearToDateFor([stay1, stay2], stay2Case, { excludeId: 'stay-0002' });
    expect(counted.map((v) => v.entry.id)).toEqual(['stay-0001']);
    expect(yearToDate).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
    expect(yearToDateFor([stay1, stay2], stay1.case!, { excludeId: 'stay-0001' })).toEqual({ yearToDate: {}, counted: [] });
  });

  test('excludeId on the same date: only the entries before the edited one in chain order', () => {
    const same = entry('stay-0003', inpatient('2026-03-01', 'level2', '20000.00', '18000.00'), '2026-03-06T08:00:00.000Z');
    // Editing the later-created one counts stay 1; editing stay 1 does not count the one created after it.
    expect(yearToDateFor([stay1, same], same.case!, { excludeId: 'stay-0003' }).counted.map((v) => v.entry.id)).toEqual(['stay-0001']);
    expect(yearToDateFor([stay1, same], stay1.case!, { excludeId: 'stay-0001' }).counted).toEqual([]);
    // A new case of that date comes after both.
    expect(yearToDateFor([stay1, same], stay1.case!).counted.map((v) => v.entry.id)).toEqual(['stay-0001', 'stay-0003']);
  });
});
