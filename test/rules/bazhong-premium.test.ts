import { premium } from '../../shared/regions/bazhong/premium';
import { paramSchema, valueAt } from '../../shared/params/param';
import { premiumSubsidyRules, residentFunding } from '../../shared/regions/bazhong/params/premium';
import { residentPremium } from '../../shared/regions/bazhong/params/waiting/resident-premium';
import { figure } from '../../shared/money';
import { RuleError } from '../../shared/errors';

const DOC = '004_6dc5632ce2988a73.txt';
const pay = (categories: string[], year = 2026) => premium({ region: 'bazhong', year, categories });

function errorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

describe('004 第三章 八问: 筹资总额 = 财政补助 + 个人缴费', () => {
  test.each([
    [2025, '1070.00', '670.00', '400.00'],
    [2026, '1100.00', '700.00', '400.00'],
  ])('%i 年度：筹资总额 %s = 财政补助 %s + 个人缴费 %s', (year, total, fiscal, personal) => {
    const r = pay([], year);
    expect(r.standard).toEqual({ total, fiscalSubsidy: fiscal, personal });
    expect(figure(total).equals(figure(fiscal).plus(personal))).toBe(true);
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第三章 八问' });
  });

  test('the parameter files pass the schema', () => {
    for (const p of [residentFunding, premiumSubsidyRules, residentPremium]) {
      const { dates: _dates, ...def } = p as typeof p & { dates: string[] };
      expect(paramSchema.safeParse(def).success).toBe(true);
    }
  });
});

describe('004 第三章 六问 (2026 年度): 个人缴费标准 400 元；特困人员、孤儿全额资助；低保对象、未消除风险的防止返贫监测对象 75%（资助 300 元，个人缴费 100 元）', () => {
  test.each([
    ['普通居民', [], '400.00', '0.00', null, '普通居民'],
    ['特困人员', ['extreme-poverty'], '0.00', '400.00', 'extreme-poverty', '特困人员'],
    ['孤儿', ['orphan'], '0.00', '400.00', 'orphan', '孤儿'],
    ['低保对象', ['dibao'], '100.00', '300.00', 'dibao', '低保对象'],
    ['防止返贫监测对象', ['relapse-monitored'], '100.00', '300.00', 'relapse-monitored', '未消除风险的防止返贫监测对象'],
  ])('%s：个人实缴 %s', (_name, categories, personal, government, category, group) => {
    const r = pay(categories as string[]);
    expect(r.region).toBe('bazhong');
    expect(r.personalPays).toBe(personal);
    expect(r.governmentPays).toBe(government);
    expect(figure(r.personalPays).plus(r.governmentPays).toFixed(2)).toBe('400.00');
    expect(r.basis).toEqual({ category, group });
    for (const s of r.steps) expect(s.source.doc).toBe(DOC);
  });

  test('低保对象: the step shows 400 × 75% = 300 and cites 六问 and 第六章 四问', () => {
    const r = pay(['dibao']);
    const step = r.steps.find((s) => s.text.startsWith('低保对象：按个人缴费标准'))!;
    expect(step.text).toBe('低保对象：按个人缴费标准 400.00 元的 75% 给予定额资助：400.00 元 × 75% = 300.00 元');
    expect(step.source).toEqual({ doc: DOC, section: '第三章 六问；第六章 四问' });
    expect(r.steps[r.steps.length - 1].text).toBe('低保对象：个人缴费 400.00 元 − 资助 300.00 元 = 个人实缴 100.00 元');
  });

  test('防止返贫监测对象: the result says it assumed "未消除风险的" and what an eliminated risk would change', () => {
    const r = pay(['relapse-monitored']);
    expect(r.notes[0]).toBe('按未消除风险的防止返贫监测对象计算；已消除风险的防止返贫监测对象不在参保资助对象之列，按普通居民缴费 400.00 元（第三章 六问）。');
  });

  test('低保边缘家庭成员、因病致贫重病患者 are not 参保资助对象: they pay 400, and are told so', () => {
    const r = pay(['dibao-edge', 'illness-impoverished']);
    expect(r.personalPays).toBe('400.00');
    expect(r.basis).toEqual({ category: null, group: '普通居民' });
    expect(r.notes[0]).toBe('低保边缘家庭成员、因病致贫重病患者不是参保资助对象（第三章 六问、第六章 四问只资助特困人员、孤儿、低保对象、防止返贫监测对象），按普通居民缴费。');
  });
});

describe('004 第三章 六问: "同时具备上述两类及以上身份的，按最高的资助标准进行资助，不得重复资助"', () => {
  test('低保对象 + 特困人员 → 全额资助 (400), not 300 + 400', () => {
    const r = pay(['dibao', 'extreme-poverty']);
    expect(r.personalPays).toBe('0.00');
    expect(r.governmentPays).toBe('400.00');
    expect(r.basis.category).toBe('extreme-poverty');
    const rule = r.steps.find((s) => s.text.startsWith('同时具备'))!;
    expect(rule.text).toBe('同时具备特困人员、低保对象（资助 300.00 元）两类及以上身份，按最高的资助标准（特困人员，资助 400.00 元）进行资助，不得重复资助');
    expect(rule.source).toEqual({ doc: DOC, section: '第三章 六问' });
  });

  test('低保对象 + 防止返贫监测对象 → one 300 元 subsidy, 个人 100', () => {
    const r = pay(['relapse-monitored', 'dibao']);
    expect([r.personalPays, r.governmentPays]).toEqual(['100.00', '300.00']);
  });

  test('an identity given twice counts once', () => {
    expect(pay(['dibao', 'dibao']).steps.some((s) => s.text.startsWith('同时具备'))).toBe(false);
  });
});

describe('2025 年度: 八问 400 元 and 第六章 四问 "特困人员、孤儿给予全额资助；低保对象、防止返贫监测对象按 75% 给予资助"', () => {
  test('低保对象 2025 → 个人 100, cited to 第六章 四问, with the note that 六问 dates its figures 2026', () => {
    const r = pay(['dibao'], 2025);
    expect([r.personalPays, r.governmentPays]).toEqual(['100.00', '300.00']);
    expect(r.steps.find((s) => s.text.startsWith('低保对象：按'))!.source).toEqual({ doc: DOC, section: '第六章 四问' });
    expect(r.notes[0]).toContain('第三章 六问只写明 2026 年度的资助标准');
    expect(valueAt(premiumSubsidyRules, '2025-01-01').note).toBe(r.notes[0]);
  });

  test('防止返贫监测对象 2025: 第六章 四问 sets no "未消除风险" condition', () => {
    const r = pay(['relapse-monitored'], 2025);
    expect(r.basis.group).toBe('防止返贫监测对象');
    expect(r.notes.some((n) => n.includes('已消除风险'))).toBe(false);
  });

  test('普通居民 2025 has no 资助 note', () => {
    expect(pay([], 2025).notes.some((n) => n.includes('资助标准'))).toBe(false);
  });
});

describe('what 004 does not give is refused, in Chinese', () => {
  test.each([2024, 2027])('%i 年度 → NOT_COVERED year', (year) => {
    const e = errorOf(() => pay([], year));
    expect([e.code, e.field]).toEqual(['NOT_COVERED', 'year']);
    expect(e.message).toBe(`巴中市 ${year} 年度城乡居民医保缴费标准暂未收录（004 只给出 2025、2026 年度）`);
  });

  test('an unknown identity → INVALID_INPUT on its index', () => {
    const e = errorOf(() => pay(['dibao', 'veteran']));
    expect([e.code, e.field]).toEqual(['INVALID_INPUT', 'categories.1']);
  });

  test('another region → NOT_COVERED region', () => {
    const e = errorOf(() => premium({ region: 'suizhou', year: 2026, categories: [] }));
    expect([e.code, e.field]).toEqual(['NOT_COVERED', 'region']);
  });

  test('an unknown key is refused', () => {
    expect(errorOf(() => premium({ region: 'bazhong', year: 2026, categories: [], x: 1 })).code).toBe('INVALID_INPUT');
  });
});
