import { inpatientCase, run } from './helpers';
import { Money } from '../../shared/money';
import { valueAt } from '../../shared/params/param';
import { employeeInpatient, remoteRatioReduction, residentInpatient } from '../../shared/regions/bazhong/params/inpatient';

/**
 * Every cell of Bazhong's inpatient tables, restated here from the handbook (not read from the parameters), each
 * checked on a 10,000 元 in-scope stay: 统筹支付 = (10,000 − 起付线) × 比例.
 */
type Row = [place: 'local' | 'long-term-filed' | 'temporary-filed' | 'unfiled', level: 'township' | 'level1' | 'level2' | 'level3', deductible: string, ratio: string, basic: string];

const RESIDENT: Row[] = [
  // 004 第三章 十一问（一）市内住院
  ['local', 'township', '100', '90%', '8910.00'],
  ['local', 'level1', '300', '80%', '7760.00'],
  ['local', 'level2', '400', '70%', '6720.00'],
  ['local', 'level3', '700', '60%', '5580.00'],
  // 004 第三章 十一问（二）市外住院：长期备案人员在备案地住院
  ['long-term-filed', 'township', '100', '90%', '8910.00'],
  ['long-term-filed', 'level1', '300', '80%', '7760.00'],
  ['long-term-filed', 'level2', '400', '70%', '6720.00'],
  ['long-term-filed', 'level3', '700', '60%', '5580.00'],
  // 临时备案人员在备案地住院 (三级 printed "000": read as 1000, see seeds/README.md)
  ['temporary-filed', 'township', '1000', '85%', '7650.00'],
  ['temporary-filed', 'level1', '1000', '75%', '6750.00'],
  ['temporary-filed', 'level2', '1000', '65%', '5850.00'],
  ['temporary-filed', 'level3', '1000', '55%', '4950.00'],
  // 非急诊且未转诊的其他临时外出住院
  ['unfiled', 'township', '1000', '80%', '7200.00'],
  ['unfiled', 'level1', '1000', '70%', '6300.00'],
  ['unfiled', 'level2', '1000', '60%', '5400.00'],
  ['unfiled', 'level3', '1000', '50%', '4500.00'],
];

const EMPLOYEE: Row[] = [
  // 004 第二章 二十七问（一）市内住院报销
  ['local', 'township', '100', '90%', '8910.00'],
  ['local', 'level1', '300', '85%', '8245.00'],
  ['local', 'level2', '400', '82%', '7872.00'],
  ['local', 'level3', '700', '80%', '7440.00'],
  // 004 第二章 二十七问（二）市外住院：异地长期居住人员在备案地住院
  ['long-term-filed', 'township', '100', '90%', '8910.00'],
  ['long-term-filed', 'level1', '300', '85%', '8245.00'],
  ['long-term-filed', 'level2', '400', '82%', '7872.00'],
  ['long-term-filed', 'level3', '700', '80%', '7440.00'],
  // 异地转诊人员和异地急诊抢救人员在备案地住院
  ['temporary-filed', 'township', '1000', '85%', '7650.00'],
  ['temporary-filed', 'level1', '1000', '80%', '7200.00'],
  ['temporary-filed', 'level2', '1000', '77%', '6930.00'],
  ['temporary-filed', 'level3', '1000', '75%', '6750.00'],
  // 非急诊且未转诊的其他临时外出住院
  ['unfiled', 'township', '1000', '80%', '7200.00'],
  ['unfiled', 'level1', '1000', '75%', '6750.00'],
  ['unfiled', 'level2', '1000', '72%', '6480.00'],
  ['unfiled', 'level3', '1000', '70%', '6300.00'],
];

describe('004 第三章 十一问 城乡居民住院：每个表格单元', () => {
  test.each(RESIDENT)('%s %s：起付线 %s 元、比例 %s → 政策范围内 10,000 元统筹支付 %s 元', (place, level, deductible, ratio, basic) => {
    const r = run(inpatientCase({ level, place, inScope: '10000' }));
    expect(r.payments.basic).toBe(basic);
    expect(r.steps[0].formula).toContain(`起付线 ${Number(deductible).toLocaleString('en-US')}.00 元`);
    expect(r.steps[0].formula).toContain(`× ${ratio}`);
  });
});

describe('004 第二章 二十七问 职工住院：每个表格单元', () => {
  test.each(EMPLOYEE)('%s %s：起付线 %s 元、比例 %s → 政策范围内 10,000 元统筹支付 %s 元', (place, level, deductible, ratio, basic) => {
    const r = run(inpatientCase({ scheme: 'employee', level, place, inScope: '10000' }));
    expect(r.payments.basic).toBe(basic);
    expect(r.steps[0].formula).toContain(`× ${ratio}`);
  });
});

describe('004 第一章 三十问：参数表中市外比例 = 市内同级比例 − 5%（临时备案）/ − 10%（非急诊且未转诊），长期备案同市内', () => {
  for (const [name, table] of [['城乡居民', residentInpatient], ['职工', employeeInpatient]] as const) {
    test.each(['township', 'level1', 'level2', 'level3'] as const)(`${name} %s`, (level) => {
      const cells = valueAt(table, '2025-06-15').value;
      const reduction = valueAt(remoteRatioReduction, '2025-06-15').value;
      for (const place of ['long-term-filed', 'temporary-filed', 'unfiled'] as const) {
        const expected = new Money(cells.local[level].ratio).minus(reduction[place]);
        expect(new Money(cells[place][level].ratio).equals(expected)).toBe(true);
      }
    });
  }
});
