/**
 * The deadline table of issue 18 ("Deadlines, remembered"): every time limit as the documents word it, the regions and
 * schemes it applies to, and the last day for a stay, each case citing its section.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { dueDate, oneThingOf, deadlinesFor, daysLeft } from '../../shared/onething';
import type { DeadlineRule } from '../../shared/onething';

/** The documents beside the project (absent from a bare clone: the quote check is then skipped). */
const SEEDS = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
const seed = (doc: string) => readFileSync(path.join(SEEDS, doc), 'utf8').replace(/\s+/g, '');

function rule(region: string, id: string): DeadlineRule {
  const r = oneThingOf(region)?.deadlines.find((d) => d.id === id);
  if (!r) throw new Error(`${region} ${id} missing`);
  return r;
}
const due = (region: string, id: string, ended: string) => dueDate(rule(region, id).due, ended).format('YYYY-MM-DD');

describe('004 巴中', () => {
  test('住院手工报销, 职工 (第二章 三十八问) and 城乡居民 (第三章 十七问): 次年6月底', () => {
    expect(rule('bazhong', 'inpatient-manual-employee').source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第二章 三十八问' });
    expect(rule('bazhong', 'inpatient-manual-resident').source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第三章 十七问' });
    expect(due('bazhong', 'inpatient-manual-resident', '2026-03-10')).toBe('2027-06-30');
    expect(due('bazhong', 'inpatient-manual-employee', '2026-03-10')).toBe('2027-06-30');
    // A stay of 31 December still has until the June after.
    expect(due('bazhong', 'inpatient-manual-resident', '2026-12-31')).toBe('2027-06-30');
    expect(due('bazhong', 'inpatient-manual-resident', '2027-01-01')).toBe('2028-06-30');
    expect(rule('bazhong', 'inpatient-manual-employee').schemes).toEqual(['employee']);
    expect(rule('bazhong', 'inpatient-manual-resident').schemes).toEqual(['resident']);
  });

  test('大病保险 (第三章 二十五问): 次年7月底, residents', () => {
    const r = rule('bazhong', 'serious-illness');
    expect(r.source.section).toBe('第三章 二十五问');
    expect(r.schemes).toEqual(['resident']);
    expect(due('bazhong', 'serious-illness', '2026-03-10')).toBe('2027-07-31');
  });

  test('单行支付/高值药品 手工结算 (第五章 四问（二）): 就医结束三个月内', () => {
    const r = rule('bazhong', 'drug-manual');
    expect(r.source.section).toBe('第五章 四问（二）');
    expect(r.schemes).toEqual(['resident', 'employee']);
    expect(due('bazhong', 'drug-manual', '2026-03-10')).toBe('2026-06-10');
    // dayjs clamps to the shorter month (shared/dates.ts addMonths): 30 November + 3 months = 28 February.
    expect(due('bazhong', 'drug-manual', '2026-11-30')).toBe('2027-02-28');
  });

  test('医疗救助 (第六章 七问): 次年6月底, 救助对象 with 长期异地备案 or 转诊', () => {
    const r = rule('bazhong', 'assistance');
    expect(r.source.section).toBe('第六章 七问、八问');
    expect(r.trigger).toMatchObject({ assistedOnly: true, awayOnly: true });
    expect(due('bazhong', 'assistance', '2026-03-10')).toBe('2027-06-30');
  });

  test('生育津贴 (第二章 十七问): 12 个月内, 两类人员 (职工), counted from the end of the 计发天数', () => {
    const r = rule('bazhong', 'maternity-allowance');
    expect(r.source.section).toBe('第二章 十七问');
    expect(r.schemes).toEqual(['employee']);
    expect(r.trigger).toBeUndefined();
    expect(due('bazhong', 'maternity-allowance', '2026-06-15')).toBe('2027-06-15');
  });

  test('a resident sees 住院 (resident), 大病保险, 药品, 救助 — never the employee rows', () => {
    expect(deadlinesFor('bazhong', 'resident').map((d) => d.id)).toEqual(['inpatient-manual-resident', 'serious-illness', 'drug-manual', 'assistance']);
    expect(deadlinesFor('bazhong', 'employee').map((d) => d.id)).toEqual(['inpatient-manual-employee', 'drug-manual', 'assistance', 'maternity-allowance']);
  });
});

test('000 阳城 优抚 非一站式 (第六条): the July and December rounds', () => {
  const r = rule('yangcheng', 'veteran-round');
  expect(r.source).toEqual({ doc: '000_22e2e209a52c8b7a.txt', section: '第六条' });
  expect(due('yangcheng', 'veteran-round', '2026-03-10')).toBe('2026-07-31');
  expect(due('yangcheng', 'veteran-round', '2026-07-20')).toBe('2026-07-31');
  expect(due('yangcheng', 'veteran-round', '2026-08-01')).toBe('2026-12-31');
  expect(due('yangcheng', 'veteran-round', '2026-12-05')).toBe('2026-12-31');
  // 003 gives no claim deadline: only the 优抚 round is a date there.
  expect(oneThingOf('yangcheng')?.deadlines.map((d) => d.id)).toEqual(['veteran-round']);
});

test('002 随州 gives no deadline: none invented, and the page is told so', () => {
  expect(oneThingOf('suizhou')?.deadlines).toEqual([]);
  expect(oneThingOf('suizhou')?.silent.join('')).toContain('没有写手工报销、大病保险、医疗救助的申请截止时间');
});

(existsSync(SEEDS) ? test : test.skip)('each deadline quotes its document: the words, with the "……" cuts, are in the seed text', () => {
  for (const region of ['bazhong', 'yangcheng']) {
    for (const r of oneThingOf(region)!.deadlines) {
      const text = seed(r.source.doc);
      for (const piece of r.words.split('……')) expect([r.id, text.includes(piece.replace(/\s+/g, ''))]).toEqual([r.id, true]);
    }
  }
});

test('the due date is a dayjs day of the China calendar; days left count whole days; a bad date is refused', () => {
  const d = dueDate({ type: 'next-year-month-end', month: 6 }, '2026-03-10');
  expect(d.format('YYYY-MM-DD HH:mm')).toBe('2027-06-30 00:00');
  expect(daysLeft(d, '2027-05-01')).toBe(60);
  expect(daysLeft(d, '2027-06-30')).toBe(0);
  expect(daysLeft(d, '2027-07-01')).toBe(-1);
  expect(() => dueDate({ type: 'months-after', months: 3 }, '2026-02-30')).toThrow('不是有效的日期：2026-02-30');
});
