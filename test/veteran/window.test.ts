import { subsidy, nextApplicationMonth } from '../../shared/veteran';

/** A 县外 (非一站式) claim settled on `date`. */
const outOfCounty = (date: string) =>
  subsidy({
    region: 'yangcheng',
    date,
    veteran: { category: 'demobilized-rural' },
    hospital: { inCounty: false },
    settlement: { inScopeSelfPay: '1000' },
  });

describe('000 第六条 “在县外就医住院优抚对象医疗补助办理时间为每年7月和12月”', () => {
  test.each([
    ['2026-07-01', '2026-07'],
    ['2026-07-31', '2026-07'],
    ['2026-08-01', '2026-12'],
    ['2026-11-30', '2026-12'],
    ['2026-12-31', '2026-12'],
    ['2027-01-01', '2027-07'],
    ['2027-03-15', '2027-07'],
    ['2027-06-30', '2027-07'],
  ])('000 第六条 %s 出院结算 → 下一次办理 %s', (date, month) => {
    const r = outOfCounty(date);
    expect(r.nextApplicationMonth).toBe(month);
    expect(r.oneStop).toBe(false);
  });
  test('000 第五条 县内住院一站式：没有办理月份', () => {
    const r = subsidy({
      region: 'yangcheng',
      date: '2027-08-01',
      veteran: { category: 'demobilized-rural' },
      hospital: { inCounty: true },
      settlement: { inScopeSelfPay: '1000' },
    });
    expect(r.oneStop).toBe(true);
    expect(r.nextApplicationMonth).toBeNull();
  });
  test('000 第六条 办理材料写进说明：结算单原件、乡（镇）退役军人服务站、《医疗补助审批表》', () => {
    const notes = outOfCounty('2027-08-01').notes.join('');
    expect(notes).toContain('《医疗补助审批表》');
    expect(notes).toContain('2027 年 12 月');
  });
  test('窗口月份在年末之后时转到下一年第一个窗口', () => {
    expect(nextApplicationMonth('2027-12-31', [7])).toBe('2028-07');
    expect(nextApplicationMonth('2027-05-20', [3, 9])).toBe('2027-09');
  });
});
