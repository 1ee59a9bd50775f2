import { inpatientCase, run } from './helpers';

describe('004 第一章 四十三 张三的例子', () => {
  test('城乡居民 市内乡镇卫生院 总费用 4,500、政策范围内 4,200 → 统筹 3,690，个人自付 510，个人自费 300', () => {
    const r = run(inpatientCase({ level: 'township', total: '4500', inScope: '4200' }));
    expect(r.payments.basic).toBe('3690.00');
    expect(r.selfPayInScope).toBe('510.00');
    expect(r.outOfScope).toBe('300.00');
    expect(r.personalPay).toBe('810.00');
    expect(r.fundTotal).toBe('3690.00');
    expect(r.steps[0].formula).toContain('（政策范围内费用 4,200.00 元 − 起付线 100.00 元）× 90% = 3,690.00 元');
    expect(r.steps[0].source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第三章 十一问（一）市内住院、（二）市外住院' });
    expect(r.steps[r.steps.length - 1]).toMatchObject({ payer: 'patient', amount: '810.00' });
  });
});

describe('004 第三章 十六问 城乡居民年度统筹限额 11 万元（含二类门特、生育）', () => {
  test('三级 市内 政策范围内 400,000：(400,000 − 700) × 60% = 239,580 超限，统筹只付 110,000', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '400000' }));
    expect(r.payments.basic).toBe('110000.00');
  });
  test('本年已支付 100,000：本次 (50,000 − 700) × 60% = 29,580 只付余额 10,000', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '50000', yearToDate: { basicPaid: '100000' } }));
    expect(r.payments.basic).toBe('10000.00');
    expect(r.steps[0].formula).toContain('仅余 10,000.00 元');
  });
});

describe('004 第三章 二十二至二十六问 城乡居民大病保险', () => {
  test('二十二问 起付线 14,448（2025 年度）；二十三问 10 万以内 60%：三级 政策范围内 100,000 → 统筹 59,580，大病 (40,420 − 14,448) × 60% = 15,583.20', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '100000' }));
    expect(r.payments.basic).toBe('59580.00');
    expect(r.payments.seriousIllness).toBe('15583.20');
    expect(r.steps[1].formula).toContain('14,448.00 元');
  });
  test('二十三问 分段跨 10 万、20 万：政策范围内 400,000 → 统筹 110,000，大病 100,000×60% + 100,000×70% + 75,552×85% = 194,219.20', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '400000' }));
    expect(r.payments.seriousIllness).toBe('194219.20');
    expect(r.personalPay).toBe('95780.80');
  });
  test('二十六问 年最高赔付 30 万：本年已赔付 250,000 → 本次只赔 50,000', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '400000', yearToDate: { seriousIllnessPaid: '250000' } }));
    expect(r.payments.seriousIllness).toBe('50000.00');
  });
  test('二十四问 低保对象：起付线降 50% 为 7,224，比例提高 5%：(40,420 − 7,224) × 65% = 21,577.40', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '100000', person: { categories: ['dibao'] } }));
    expect(r.payments.seriousIllness).toBe('21577.40');
  });
  test('二十六问 特困人员不设赔付限额：本年已赔付 300,000 仍按比例赔付', () => {
    const r = run(
      inpatientCase({ level: 'level3', inScope: '100000', person: { categories: ['extreme-poverty'] }, yearToDate: { seriousIllnessPaid: '300000' } }),
    );
    expect(r.payments.seriousIllness).toBe('21577.40');
  });
  test('起付线一年只扣一次：第二次住院的累计自付已过起付线，全部按 60% 赔付', () => {
    const first = run(inpatientCase({ level: 'level3', inScope: '30000' }));
    // (30,000 − 700) × 60% = 17,580; self-pay 12,420 < 14,448: nothing yet.
    expect(first.payments.seriousIllness).toBe('0.00');
    const second = run(inpatientCase({ level: 'level3', inScope: '30000', yearToDate: first.yearToDateAfter }));
    // accumulated 24,840 − 14,448 = 10,392 × 60% = 6,235.20
    expect(second.payments.seriousIllness).toBe('6235.20');
    expect(second.yearToDateAfter.seriousIllnessSelfPay).toBe('24840.00');
  });
  test('2026 年结算沿用 2025 年度起付线并提示“2026 年标准未公布”', () => {
    const r = run(inpatientCase({ date: '2026-03-01', level: 'level3', inScope: '100000' }));
    expect(r.payments.seriousIllness).toBe('15583.20');
    expect(r.notes).toContain('上一年度城乡居民人均可支配收入按 2025 年度标准计算，2026 年标准未公布');
  });
});

describe('004 第二章 三十三问 公务员医疗补助、三十六问 职工大额、三十七问 限额', () => {
  const employee = (person: Record<string, unknown>, yearToDate?: Record<string, string>) =>
    run(inpatientCase({ scheme: 'employee', level: 'level3', inScope: '200000', person, yearToDate }));

  test('在职公务员 三级 政策范围内 200,000：统筹 14 万封顶；公务员补助 60,000 × 60% = 36,000 限 2 万；大额 (40,000 − 400) × 85% = 33,660', () => {
    const r = employee({ civilServant: true, age: 50 });
    expect(r.payments.basic).toBe('140000.00');
    expect(r.payments.civilServant).toBe('20000.00');
    expect(r.payments.largeExpense).toBe('33660.00');
    expect(r.selfPayInScope).toBe('6340.00');
  });
  test('退休人员大额不设起付线：40,000 × 85% = 34,000', () => {
    expect(employee({ civilServant: true, retired: true, age: 65 }).payments.largeExpense).toBe('34000.00');
  });
  test('恶性肿瘤患者大额不设起付线：40,000 × 85% = 34,000', () => {
    expect(employee({ civilServant: true, age: 50, conditions: ['cancer'] }).payments.largeExpense).toBe('34000.00');
  });
  test('80 周岁以上：40,000 × 90% = 36,000', () => {
    expect(employee({ civilServant: true, retired: true, age: 80 }).payments.largeExpense).toBe('36000.00');
  });
  test('非公务员：统筹后余额 60,000 全部进入大额：(60,000 − 400) × 85% = 50,660', () => {
    const r = employee({ age: 50 });
    expect(r.payments.civilServant).toBe('0.00');
    expect(r.payments.largeExpense).toBe('50660.00');
  });
  test('累计分段跨 10 万：此前累计 90,000，本次剩余 40,000 → (100,000×85% + 29,600×90%) − 89,600×85% = 35,480', () => {
    const r = run(
      inpatientCase({
        scheme: 'employee',
        level: 'level3',
        inScope: '200000',
        person: { civilServant: true, age: 50 },
        yearToDate: { basicPaid: '140000', civilServantPaid: '20000', largeExpenseSelfPay: '90000' },
      }),
    );
    // basic and civil-servant caps are used up, so the whole 200,000 is left to 大额: after 290,000 − 400 = 289,600
    expect(r.payments.basic).toBe('0.00');
    expect(r.payments.civilServant).toBe('0.00');
    // (100,000×85% + 189,600×90%) − 89,600×85% = 85,000 + 170,640 − 76,160 = 179,480
    expect(r.payments.largeExpense).toBe('179480.00');
  });
  test('大额年度限额 50 万：本年已付 490,000 → 本次只付 10,000', () => {
    expect(employee({ age: 50 }, { largeExpensePaid: '490000' }).payments.largeExpense).toBe('10000.00');
  });
});

describe('004 第六章 五问（一）常规救助（城乡居民 二级 市内 政策范围内 30,000：统筹 20,720，大病后自付 9,280）', () => {
  const withCategories = (categories: string[], over: Record<string, unknown> = {}) =>
    run(inpatientCase({ level: 'level2', inScope: '30000', person: { categories }, ...over }));

  test('防止返贫监测对象：起付线 28,896 × 5% = 1,444.80，(9,280 − 1,444.80) × 65% = 5,092.88', () => {
    const r = withCategories(['relapse-monitored']);
    expect(r.payments.basic).toBe('20720.00');
    expect(r.payments.seriousIllness).toBe('0.00');
    expect(r.payments.assistance).toBe('5092.88');
  });
  test('低保边缘家庭成员：起付线 10% = 2,889.60，(9,280 − 2,889.60) × 50% = 3,195.20', () => {
    expect(withCategories(['dibao-edge']).payments.assistance).toBe('3195.20');
  });
  test('因病致贫重病患者：起付线 25% = 7,224，(9,280 − 7,224) × 50% = 1,028.00', () => {
    expect(withCategories(['illness-impoverished']).payments.assistance).toBe('1028.00');
  });
  test('低保对象：无起付线 70%：大病先付 (9,280 − 7,224) × 65% = 1,336.40，救助 7,943.60 × 70% = 5,560.52', () => {
    const r = withCategories(['dibao']);
    expect(r.payments.seriousIllness).toBe('1336.40');
    expect(r.payments.assistance).toBe('5560.52');
  });
  test('特困人员：100% 救助余下的政策范围内自付，个人只付目录外', () => {
    const r = withCategories(['extreme-poverty'], { total: '32000' });
    expect(r.payments.assistance).toBe('7943.60');
    expect(r.selfPayInScope).toBe('0.00');
    expect(r.personalPay).toBe('2000.00');
  });
  test('多重身份按待遇就高：低保边缘 + 防止返贫监测 → 按监测对象 5,092.88', () => {
    const r = withCategories(['dibao-edge', 'relapse-monitored']);
    expect(r.payments.assistance).toBe('5092.88');
    expect(r.steps.find((s) => s.payer === 'assistance')!.formula).toContain('待遇就高');
  });
  test('年度限额：防止返贫监测对象 20,000，本年已救助 18,000 → 本次 2,000', () => {
    expect(withCategories(['relapse-monitored'], { yearToDate: { assistancePaid: '18000' } }).payments.assistance).toBe('2000.00');
  });
  test('未按规定转诊的救助对象不纳入医疗救助：非急诊且未转诊 → 0，并说明', () => {
    const r = withCategories(['dibao'], { place: 'unfiled' });
    expect(r.payments.assistance).toBe('0.00');
    expect(r.notes.join('')).toContain('医疗救助原则上不予支付');
  });
  test('职工也享受医疗救助（第六章 一问、三问）：职工 低保对象', () => {
    const r = run(inpatientCase({ scheme: 'employee', level: 'level2', inScope: '30000', person: { categories: ['dibao'], age: 40 } }));
    // basic (30,000 − 400) × 82% = 24,272; 大额 (5,728 − 400) × 85% = 4,528.80; 救助 (5,728 − 4,528.80) × 70% = 839.44
    expect(r.payments.basic).toBe('24272.00');
    expect(r.payments.largeExpense).toBe('4528.80');
    expect(r.payments.assistance).toBe('839.44');
  });
});

describe('004 第六章 五问（二）倾斜救助（监测线 2025 年 8,500 元，限额 10,000）', () => {
  test('特困人员 三级 市内 政策范围内 300,000：统筹 110,000，大病 127,082，救助限 30,000，倾斜 (32,918 − 8,500) × 100% 限 10,000', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '300000', person: { categories: ['extreme-poverty'] } }));
    expect(r.payments.basic).toBe('110000.00');
    expect(r.payments.seriousIllness).toBe('127082.00');
    expect(r.payments.assistance).toBe('30000.00');
    expect(r.payments.tiltedAssistance).toBe('10000.00');
    expect(r.selfPayInScope).toBe('22918.00');
  });
  test('低保对象 50%：三级 市内 政策范围内 150,000 → 倾斜 (自付 − 8,500) × 50%', () => {
    const r = run(inpatientCase({ level: 'level3', inScope: '150000', person: { categories: ['dibao'] } }));
    // basic 89,580; 大病 (60,420 − 7,224) × 65% = 34,577.40; 救助 25,842.60 × 70% = 18,089.82;
    // 倾斜 (7,752.78 − 8,500) < 0 → 0
    expect(r.payments.basic).toBe('89580.00');
    expect(r.payments.seriousIllness).toBe('34577.40');
    expect(r.payments.assistance).toBe('18089.82');
    expect(r.payments.tiltedAssistance).toBe('0.00');
    // a second stay the same year crosses the line: tilted pays 50% of what exceeds 8,500
    const second = run(
      inpatientCase({ level: 'level3', inScope: '20000', person: { categories: ['dibao'] }, yearToDate: r.yearToDateAfter }),
    );
    // basic 11,580; 大病 8,420 × 65% = 5,473; 救助 2,947 × 70% = 2,062.90, but the 低保 limit of 20,000 leaves
    // 20,000 − 18,089.82 = 1,910.18; self-pay 1,036.82;
    // 倾斜: accumulated 7,752.78 + 1,036.82 = 8,789.60 − 8,500 = 289.60 × 50% = 144.80
    expect(second.payments.assistance).toBe('1910.18');
    expect(second.payments.tiltedAssistance).toBe('144.80');
  });
  test('异地长期备案人员除外', () => {
    const r = run(inpatientCase({ level: 'level3', place: 'long-term-filed', inScope: '300000', person: { categories: ['extreme-poverty'] } }));
    expect(r.payments.tiltedAssistance).toBe('0.00');
    expect(r.steps.find((s) => s.payer === 'tiltedAssistance')!.formula).toContain('异地长期备案人员');
  });
  test('临时备案：规范转诊且省内 → 享受；急诊（未注明转诊）→ 不享受', () => {
    const referral = run(
      inpatientCase({ level: 'level3', place: 'temporary-filed', inScope: '300000', person: { categories: ['extreme-poverty'] }, visit: { referral: true, inProvince: true } }),
    );
    expect(referral.payments.tiltedAssistance).toBe('10000.00');
    const emergency = run(inpatientCase({ level: 'level3', place: 'temporary-filed', inScope: '300000', person: { categories: ['extreme-poverty'] } }));
    expect(emergency.payments.tiltedAssistance).toBe('0.00');
  });
  test('2026 年沿用 2025 年监测线 8,500 并提示', () => {
    const r = run(inpatientCase({ date: '2026-05-01', level: 'level3', inScope: '300000', person: { categories: ['extreme-poverty'] } }));
    expect(r.payments.tiltedAssistance).toBe('10000.00');
    expect(r.notes).toContain('医疗救助倾斜救助标准按 2025 年度标准计算，2026 年标准未公布');
  });
});
