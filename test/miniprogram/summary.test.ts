import { summaryText } from '../../miniprogram/packages/estimate/model/summary';
import type { EstimateResult } from '../../shared/result';

/** The shape estimate() answers for 张三 (004 第一章 四十三); written out so this test reads the summary only. */
const ZHANG_SAN: EstimateResult = {
  region: 'bazhong',
  date: '2025-06-01',
  scheme: 'resident',
  visitType: 'inpatient',
  totalCost: '4500.00',
  inScopeCost: '4200.00',
  payments: {
    basic: '3690.00',
    civilServant: '0.00',
    largeExpense: '0.00',
    seriousIllness: '0.00',
    assistance: '0.00',
    tiltedAssistance: '0.00',
    veteranSubsidy: '0.00',
  },
  fundTotal: '3690.00',
  outOfScope: '300.00',
  selfPayInScope: '510.00',
  personalPay: '810.00',
  steps: [
    {
      payer: 'basic',
      payerName: '基本医保统筹',
      amount: '3690.00',
      formula: '(4,200.00 元 − 起付线 100.00 元) × 90% = 3,690.00 元',
      source: { doc: '004_6dc5632ce2988a73.txt', section: '第三章 十一问（一）市内住院' },
    },
    {
      payer: 'patient',
      payerName: '个人负担',
      amount: '810.00',
      formula: '个人负担 = 目录外个人自费 300.00 元 + 政策范围内个人自付 510.00 元 = 810.00 元',
      source: { doc: '004_6dc5632ce2988a73.txt', section: '第一章 四十三' },
    },
  ],
  notes: ['按 2025 年度标准计算'],
  yearToDateAfter: {},
  ruleset: { version: 'test', paramsHash: '0' },
};

const STAY = { title: '住院', details: ['乡镇卫生院（社区卫生服务中心）', '市内'] };

describe('the copy-text summary sent to family', () => {
  const text = summaryText(ZHANG_SAN, { regionName: '四川省巴中市', visit: STAY });

  test('says what the estimate is for and where', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      '【医保明白纸】住院费用估算',
      '参保：四川省巴中市，城乡居民医保；结算日期 2025-06-01',
      '就医：住院，乡镇卫生院（社区卫生服务中心），市内',
      '医疗总费用 4,500.00 元，其中政策范围内 4,200.00 元',
    ]);
  });

  test('lists the payers that pay, the total reimbursed and what is left to pay', () => {
    expect(text).toContain('· 医保统筹 3,690.00 元');
    expect(text).not.toContain('大病保险');
    expect(text).toContain('· 报销合计 3,690.00 元');
    expect(text).toContain('个人负担 810.00 元（目录外自费 300.00 元 + 政策范围内自付 510.00 元）');
    expect(text).not.toContain('另可领取');
  });

  test('explains every step with its citation, then the notes', () => {
    expect(text).toContain(
      '1. 基本医保统筹 3,690.00 元：(4,200.00 元 − 起付线 100.00 元) × 90% = 3,690.00 元（《巴中市医保政策宣传手册（2025-11）》第三章 十一问（一）市内住院）',
    );
    expect(text).toContain('2. 个人负担 810.00 元：');
    expect(text).toContain('提示：\n· 按 2025 年度标准计算');
    expect(text.trim().endsWith('以上为估算，实际以医院和医保经办机构结算为准。')).toBe(true);
  });

  test('a kind of care without details says only its name', () => {
    expect(summaryText(ZHANG_SAN, { regionName: '四川省巴中市', visit: { title: '单行支付药品', details: [] } })).toContain('就医：单行支付药品\n');
  });

  test('allowances outside the bill are listed after what is paid, with how they are applied for', () => {
    const withAllowance: EstimateResult = {
      ...ZHANG_SAN,
      allowances: [
        {
          name: '产前检查费',
          amount: '500.00',
          formula: '生育定额补助 500.00 元，产妇出院后通过四川医保 APP“产前检查费申领”申报，直接拨付给产妇',
          source: { doc: '004_6dc5632ce2988a73.txt', section: '第三章 十四问' },
        },
      ],
    };
    const t = summaryText(withAllowance, { regionName: '四川省巴中市', visit: { title: '生育', details: ['顺产'] } });
    expect(t.split('\n')[0]).toBe('【医保明白纸】生育费用估算');
    expect(t).toContain('另可领取产前检查费 500.00 元（不在这张账单里）');
    expect(t).toContain('· 产前检查费 500.00 元：生育定额补助 500.00 元，产妇出院后');
  });
});
