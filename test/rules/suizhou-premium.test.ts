import { premium } from '../../shared/regions/suizhou/premium';
import { valueAt } from '../../shared/params/param';
import { premium2025, premiumSubsidyRules } from '../../shared/regions/suizhou/params/premium';
import { Money } from '../../shared/money';
import { errorOf } from './suizhou-helpers';

const DOC = '002_711c23464f3dfc1b.txt';
const pay = (categories: string[], year = 2025) => premium({ region: 'suizhou', year, categories });

describe('002 二、参保缴费：2025 年城乡居民基本医疗保险费 1070 元/人，财政补助 670 元，个人缴费标准 400 元', () => {
  test('普通居民：个人实缴 400，政府代缴 0；筹资标准 1,070 = 670 + 400', () => {
    const r = pay([]);
    expect(r.standard).toEqual({ total: '1070.00', fiscalSubsidy: '670.00', personal: '400.00' });
    expect(r.personalPays).toBe('400.00');
    expect(r.governmentPays).toBe('0.00');
    expect(r.basis).toEqual({ category: null, group: '普通居民' });
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '二、参保缴费（2025 年城乡居民基本医疗保险费）' });
  });
});

/** Every row of the "2025个人实缴金额 / 2025政府代缴金额" table, restated from the slide. */
const TABLE: [group: string, category: string, personal: string, government: string][] = [
  ['农村特困人员', 'extreme-poverty', '0.00', '400.00'],
  ['城镇特困人员', 'extreme-poverty', '0.00', '400.00'],
  ['严重精神障碍患者', 'severe-mental-illness', '0.00', '400.00'],
  ['优抚人员', 'veteran', '0.00', '400.00'],
  ['孤儿', 'orphan', '0.00', '400.00'],
  ['计划生育特殊困难家庭成员', 'family-planning-hardship', '0.00', '400.00'],
  ['丧失劳动能力的重度(二级及以上)残疾人', 'severe-disability', '0.00', '400.00'],
  ['返贫致贫人口', 'fallen-into-poverty', '40.00', '360.00'],
  ['农村低保救助对象', 'dibao', '40.00', '360.00'],
  ['城镇低保救助对象', 'dibao', '40.00', '360.00'],
  ['最低生活保障家庭成员', 'dibao', '40.00', '360.00'],
  ['脱贫不稳定人口', 'relapse-monitored', '200.00', '200.00'],
  ['边缘易致贫户', 'relapse-monitored', '200.00', '200.00'],
  ['突发严重困难户', 'relapse-monitored', '200.00', '200.00'],
  ['脱贫人口', 'out-of-poverty', '400.00', '0.00'],
];

describe('002 二、参保缴费 2025 个人实缴金额和政府代缴金额表：每一行', () => {
  test.each(TABLE)('%s（%s）：个人实缴 %s，政府代缴 %s', (group, category, personal, government) => {
    // the printed row itself (低保 and 监测对象 have three rows each)…
    const printed = valueAt(premium2025, '2025-01-01').value.find((r) => r.group === group)!;
    expect(printed.category).toBe(category);
    expect(new Money(printed.personal).toFixed(2)).toBe(personal);
    expect(new Money(printed.government).toFixed(2)).toBe(government);
    // …and what a person of that identity is told
    const r = pay([category]);
    expect(r.personalPays).toBe(personal);
    expect(r.governmentPays).toBe(government);
    expect(r.basis.group.split('、')).toContain(group);
    expect(new Money(personal).plus(government).toFixed(2)).toBe('400.00');
    expect(r.steps[r.steps.length - 1].source).toEqual({ doc: DOC, section: '二、参保缴费 2025 个人实缴金额和政府代缴金额表' });
  });
});

/** Every row of the 参保缴费资助政策 table, restated: the rule, and what it leaves the person to pay of 400 元 in 2025. */
const RULES: [row: number, group: string, category: string, rule: string, pays2025: string][] = [
  [1, '特困人员', 'extreme-poverty', '全额资助', '0.00'],
  [2, '孤儿', 'orphan', '全额资助', '0.00'],
  [3, '优抚人员', 'veteran', '全额资助', '0.00'],
  [4, '丧失劳动能力的重度(二级及以上)残疾人', 'severe-disability', '全额资助', '0.00'],
  [5, '严重精神障碍患者', 'severe-mental-illness', '全额资助', '0.00'],
  [6, '计划生育特殊困难家庭中经核定的特困家庭夫妻及其伤残子女', 'family-planning-hardship', '全额资助', '0.00'],
  // The 90% cell is printed on row 7 only: a merged cell over rows 7–8.
  [7, '低保对象', 'dibao', '90%', '40.00'],
  [8, '返贫致贫人口', 'fallen-into-poverty', '90%', '40.00'],
  // The 50% cell is printed on row 9 only: a merged cell over rows 9–11 (纳入相关部门监测范围).
  [9, '脱贫不稳定人口', 'relapse-monitored', '50%', '200.00'],
  [10, '边缘易致贫人口', 'relapse-monitored', '50%', '200.00'],
  [11, '突发严重困难人口', 'relapse-monitored', '50%', '200.00'],
  [12, '脱贫人口', 'out-of-poverty', '渐退：2025 年不再享受', '400.00'],
];

describe('002 二、参保缴费 参保缴费资助政策表：每一行，并与 2025 年实缴金额表核对', () => {
  const rules = valueAt(premiumSubsidyRules, '2025-01-01').value;
  test.each(RULES)('第 %i 行 %s（%s）：%s → 2025 年个人实缴 %s', (row, group, category, rule, pays) => {
    const printed = rules.find((r) => r.row === row)!;
    expect(printed.group).toContain(group);
    expect(printed.category).toBe(category);
    // The rule applied to the 400 元 个人缴费标准 gives the amount the 2025 table prints.
    const personal = new Money(400);
    const fromRule =
      printed.rule.kind === 'full'
        ? new Money(0)
        : printed.rule.kind === 'share'
          ? personal.minus(personal.times(printed.rule.share))
          : personal.minus(printed.rule.amounts['2025'] ?? '0');
    expect(fromRule.toFixed(2)).toBe(pays);
    if (rule.endsWith('%')) expect(printed.rule).toEqual({ kind: 'share', share: rule === '90%' ? '0.90' : '0.50' });
    expect(pay([category]).personalPays).toBe(pays);
  });
  test('第 12 行 脱贫人口渐退：2022 年 160 元、2023 年 70 元、2024 年 50 元，2025 年不再享受', () => {
    expect(rules.find((r) => r.row === 12)!.rule).toEqual({ kind: 'phase-out', amounts: { '2022': '160', '2023': '70', '2024': '50' }, endsIn: 2025 });
    expect(pay(['out-of-poverty']).steps[1].text).toContain('2025 年起不再享受资助参保');
  });
  test('资助规则步骤引用资助政策表：低保对象 “按城乡居民医保年度个人缴费标准 400.00 元的 90% 给予定额资助”', () => {
    const step = pay(['dibao']).steps[1];
    expect(step.text).toContain('400.00 元的 90% 给予定额资助');
    expect(step.source).toEqual({ doc: DOC, section: '二、参保缴费 参保缴费资助政策表' });
  });
});

describe('002 二、参保缴费 注意：同时符合多种资助缴费政策时，按照就高不就低的原则予以资助，不得重复资助', () => {
  test('低保对象 + 监测对象：按低保实缴 40（不是 200，也不叠加）', () => {
    const r = pay(['relapse-monitored', 'dibao']);
    expect(r.personalPays).toBe('40.00');
    expect(r.governmentPays).toBe('360.00');
    expect(r.basis.category).toBe('dibao');
    expect(r.steps[r.steps.length - 1].text).toContain('就高不就低');
  });
  test('优抚人员 + 脱贫人口：全额资助，实缴 0', () => {
    expect(pay(['out-of-poverty', 'veteran']).personalPays).toBe('0.00');
  });
  test('资助名单以外的身份（低保边缘家庭成员、因病致贫重病患者、其他特殊困难人员）按普通居民 400，并说明', () => {
    const r = pay(['dibao-edge', 'illness-impoverished', 'other-hardship']);
    expect(r.personalPays).toBe('400.00');
    expect(r.basis.category).toBeNull();
    expect(r.notes[0]).toBe('低保边缘家庭成员、因病致贫重病患者、县级以上地方人民政府规定的其他特殊困难人员不在 002 的资助参保名单中，按普通居民缴费。');
  });
  test('家庭共济：说明职工医保个人账户可为亲情账户家庭成员缴费', () => {
    expect(pay([]).notes.join('')).toContain('亲情账户');
  });
});

describe('只收录 2025 年度；其他年度、其他地区不猜', () => {
  test.each([2024, 2026])('%i 年 → 暂未收录', (year) => {
    const e = errorOf(() => pay([], year));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('year');
    expect(e.message).toBe(`随县 ${year} 年度城乡居民医保缴费标准暂未收录（002 只给出 2025 年度）`);
  });
  test('巴中 → 暂未收录', () => {
    const e = errorOf(() => premium({ region: 'bazhong', year: 2025, categories: [] }));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('region');
  });
  test('不认识的身份 → 输入错误，列出随县的身份', () => {
    const e = errorOf(() => pay(['vip']));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('categories.0');
    expect(e.message).toContain('veteran');
  });
  test('年度写成字符串 → 输入错误', () => {
    const e = errorOf(() => premium({ region: 'suizhou', year: '2025', categories: [] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('year');
  });
});
