import { sz, stay, stepOf } from './suizhou-helpers';
import { valueAt } from '../../shared/params/param';
import { seriousIllness, seriousIllnessPreference } from '../../shared/params/suizhou/serious-illness';
import { Money } from '../../shared/money';

const SOURCE = { doc: '002_711c23464f3dfc1b.txt', section: '四、住院待遇 城乡居民大病保险政策（文字和表）' };

describe('002 四、住院待遇 城乡居民大病保险：累计金额 1.2 万至 3 万 60%，3 万至 10 万 65%，10 万以上 75%，年限额 35 万', () => {
  test('市内三级 政策范围内 40,000：统筹 (40,000 − 900) × 70% = 27,370；累计自付 12,630：(12,630 − 12,000) × 60% = 378', () => {
    const r = sz(stay('level3', '40000'));
    expect(r.payments.basic).toBe('27370.00');
    expect(r.payments.seriousIllness).toBe('378.00');
    expect(stepOf(r, 'seriousIllness')!.source).toEqual(SOURCE);
  });
  test('累计未超过 1.2 万：市内三级 30,000 → 自付 9,630，不予赔付', () => {
    const r = sz(stay('level3', '30000'));
    expect(r.payments.seriousIllness).toBe('0.00');
    expect(stepOf(r, 'seriousIllness')!.formula).toContain('累计未超过起付线');
  });
  test('跨 3 万：政策范围内 100,000 → 统筹 69,370，自付 30,630：18,000 × 60% + 630 × 65% = 11,209.50', () => {
    const r = sz(stay('level3', '100000'));
    expect(r.payments.basic).toBe('69370.00');
    expect(r.payments.seriousIllness).toBe('11209.50');
    expect(stepOf(r, 'seriousIllness')!.formula).toContain('1.2 万元至 3 万元部分 18,000.00 元 × 60% = 10,800.00 元；3 万元至 10 万元部分 630.00 元 × 65% = 409.50 元');
  });
  test('分段是累计金额本身（不是起付线以上的部分）：自付 250,000 → 18,000 × 60% + 70,000 × 65% + 150,000 × 75% = 168,800', () => {
    // 政策范围内 400,000：统筹封顶 150,000，自付 250,000
    const r = sz(stay('level3', '400000'));
    expect(r.payments.basic).toBe('150000.00');
    expect(r.payments.seriousIllness).toBe('168800.00');
    expect(r.selfPayInScope).toBe('81200.00');
  });
  test('年度最高支付限额 35 万：本年已赔付 300,000 → 本次只赔 50,000', () => {
    const r = sz(stay('level3', '400000'), { yearToDate: { seriousIllnessPaid: '300000' } });
    expect(r.payments.seriousIllness).toBe('50000.00');
    expect(stepOf(r, 'seriousIllness')!.formula).toContain('仅余 50,000.00 元');
  });
  test('起付线一年只扣一次：两次各 30,000 的住院，第二次累计 19,260 → (19,260 − 12,000) × 60% = 4,356', () => {
    const first = sz(stay('level3', '30000'));
    expect(first.payments.seriousIllness).toBe('0.00');
    const second = sz(stay('level3', '30000'), { yearToDate: first.yearToDateAfter });
    expect(second.payments.seriousIllness).toBe('4356.00');
    expect(second.yearToDateAfter.seriousIllnessSelfPay).toBe('19260.00');
  });
  test('先行自付计入个人负担的政策范围内费用：市外转诊 三级 40,000（乙类 10,000）→ 统筹 (40,000 − 4,000 − 1,000 − 1,500) × 70% = 23,450，自付 16,550：(16,550 − 12,000) × 60% = 2,730', () => {
    const r = sz(stay('level3', '40000', { place: 'temporary-filed', classBCost: '10000' }));
    expect(r.payments.basic).toBe('23450.00');
    expect(r.payments.seriousIllness).toBe('2730.00');
  });
});

describe('002 四、住院待遇 大病保险倾斜政策：特困人员、孤儿、低保对象、返贫致贫人口 起付线 6,000，65% / 70% / 80%，不设封顶线', () => {
  test.each([
    // 2025: 特困、孤儿、低保 also pay no 住院起付线 (备注 1): 统筹 70,000, 自付 30,000: (30,000 − 6,000) × 65% = 15,600
    ['extreme-poverty', '70000.00', '15600.00'],
    ['orphan', '70000.00', '15600.00'],
    ['dibao', '70000.00', '15600.00'],
    // 返贫致贫人口 pays the 起付线: 统筹 69,370, 自付 30,630: 24,000 × 65% + 630 × 70% = 16,041
    ['fallen-into-poverty', '69370.00', '16041.00'],
  ])('%s：市内三级 100,000 → 统筹 %s，大病 %s', (category, basic, serious) => {
    const r = sz(stay('level3', '100000'), { categories: [category] });
    expect(r.payments.basic).toBe(basic);
    expect(r.payments.seriousIllness).toBe(serious);
    expect(stepOf(r, 'seriousIllness')!.formula).toContain('起付线降低 50% 为 6,000.00 元，各段比例提高 5%，不设封顶线');
  });
  test('不设封顶线：低保对象本年已赔付 400,000，仍按比例赔付', () => {
    const r = sz(stay('level3', '100000'), { categories: ['dibao'], yearToDate: { seriousIllnessPaid: '400000' } });
    expect(r.payments.seriousIllness).toBe('15600.00');
  });
  test('10 万以上 80%：特困人员 政策范围内 600,000 → 统筹 150,000，自付 450,000：24,000 × 65% + 70,000 × 70% + 350,000 × 80% = 344,600', () => {
    expect(sz(stay('level3', '600000'), { categories: ['extreme-poverty'] }).payments.seriousIllness).toBe('344600.00');
  });
  test.each(['dibao-edge', 'relapse-monitored', 'illness-impoverished', 'other-hardship', 'severe-disability', 'severe-mental-illness', 'family-planning-hardship', 'out-of-poverty', 'veteran'])(
    '%s 按普通居民 1.2 万',
    (category) => {
      const r = sz(stay('level3', '100000'), { date: '2026-03-01', categories: [category] });
      expect(r.payments.seriousIllness).toBe('11209.50');
    },
  );
  test('表中倾斜一栏 = 文字规则：起付线 1.2 万 × 50%，各段 +5%，同样的分段点，无限额', () => {
    const base = valueAt(seriousIllness, '2025-06-15').value;
    const pref = valueAt(seriousIllnessPreference, '2025-06-15').value;
    expect(new Money(pref.rule.deductible).equals(new Money(base.deductible).times(pref.deductibleShare))).toBe(true);
    expect(pref.rule.bands.map((b) => b.upTo)).toEqual(base.bands.map((b) => b.upTo));
    pref.rule.bands.forEach((b, i) => expect(new Money(b.ratio).equals(new Money(base.bands[i].ratio).plus(pref.ratioBonus))).toBe(true));
    expect(pref.rule.annualCap).toBeNull();
    expect(base.annualCap).toBe('350000');
  });
});
