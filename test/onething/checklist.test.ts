/** Her own checklist (issue 18 "One guided entry"): the items and their order for the people. */
import { checklistFor, chineseDate, type OneThingAnswers } from '../../shared/onething/checklist';
import { openClaims, isDueSoon, REMIND_DAYS } from '../../shared/onething/claims';

const base: OneThingAnswers = { region: 'bazhong', scheme: 'resident', where: 'home', stay: 'short', chronic: 'none', recognised: false, personalAccount: false };

test('巴中 resident with 冠心病, a year in 广州: 认定 (M04600) → 长期备案 → 跨省直接结算, then settlement (第七章 四问 注)', () => {
  const list = checklistFor({ ...base, where: 'elsewhere', stay: 'long', chronic: 'coronary' }, '2026-03-10')!;
  expect(list.items.map((i) => i.id)).toEqual(['recognise', 'filing', 'cross-direct', 'settlement']);
  expect(list.items[0].what[0]).toBe('先在参保地认定门诊慢特病：冠心病（M04600）。');
  expect(list.items[1].title).toBe('第二步：长期备案');
  expect(list.items[2].title).toBe('第三步：在就医地直接结算');
  expect(list.items[2].what[1]).toBe('按顺序：在参保地认定门诊慢特病 → 办理异地就医备案 → 到开通跨省门诊慢特病结算的定点医疗机构直接结算。');
  // No 家庭共济 for a resident; the deadlines are the resident's, with the example day for a stay ending today.
  expect(list.deadlines.map((d) => [d.rule.id, d.exampleDue])).toEqual([
    ['inpatient-manual-resident', '2027-06-30'],
    ['serious-illness', '2027-07-31'],
    ['drug-manual', '2026-06-10'],
    ['assistance', '2027-06-30'],
  ]);
});

test('already recognised: no 认定 step, 备案 and 直接结算 keep their order without step numbers', () => {
  const list = checklistFor({ ...base, where: 'elsewhere', stay: 'long', chronic: 'coronary', recognised: true }, '2026-03-10')!;
  expect(list.items.map((i) => [i.id, i.title])).toEqual([
    ['filing', '长期备案'],
    ['cross-direct', '在就医地直接结算'],
    ['settlement', '出院时直接结算，没结算的手工报销'],
  ]);
});

test('an employee with a personal account sees 家庭共济 first: the eight relatives and 四川政务服务网', () => {
  const list = checklistFor({ ...base, scheme: 'employee', personalAccount: true }, '2026-03-10')!;
  expect(list.items.map((i) => i.id)).toEqual(['family', 'settlement']);
  expect(list.items[0].what[0]).toBe('可以绑定的近亲属：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女。');
  expect(list.items[0].where[0]).toContain('四川政务服务网');
  expect(checklistFor({ ...base, scheme: 'employee', personalAccount: false }, '2026-03-10')!.items.map((i) => i.id)).toEqual(['settlement']);
});

test('a disease outside the ten: told plainly that the documents do not say', () => {
  const list = checklistFor({ ...base, where: 'elsewhere', stay: 'short', chronic: 'other', recognised: true }, '2026-03-10')!;
  const cross = list.items.find((i) => i.id === 'cross-direct')!;
  expect(cross.what[1]).toBe('您的病不在其中：文件没有写其他病种到省外能否直接结算，请向参保地医保经办机构确认。');
});

test('随州: no filing channel in 002, so the filing step says so', () => {
  const list = checklistFor({ ...base, region: 'suizhou', where: 'province', stay: 'short' }, '2026-03-10')!;
  expect(list.items.find((i) => i.id === 'filing')?.silent).toBe('这个地区的文件没有写异地就医备案的渠道，请向参保地医保经办机构咨询。');
  expect(list.deadlines).toEqual([]);
});

test('an unknown region has no checklist', () => {
  expect(checklistFor({ ...base, region: 'nowhere' }, '2026-03-10')).toBeUndefined();
});

test('chineseDate', () => {
  expect(chineseDate('2027-06-30')).toBe('2027年6月30日');
});

describe('what a year-record stay still has to claim', () => {
  const stay = { region: 'bazhong', date: '2026-03-10', scheme: 'resident' as const, visit: { type: 'inpatient', place: 'local' } };

  test('a resident stay of March with no settlement: 住院 by 2027-06-30 and 大病保险 by 2027-07-31', () => {
    const open = openClaims(stay, false, '2026-12-01');
    expect(open.map((c) => [c.rule.id, c.due, c.daysLeft])).toEqual([
      ['inpatient-manual-resident', '2027-06-30', 211],
      ['serious-illness', '2027-07-31', 242],
    ]);
  });

  test('settled: nothing open', () => {
    expect(openClaims(stay, true, '2026-12-01')).toEqual([]);
  });

  test('an employee stay in the city has no deadline (三十八问 is about 异地就医); away it has', () => {
    expect(openClaims({ ...stay, scheme: 'employee' }, false, '2026-12-01')).toEqual([]);
    const away = openClaims({ ...stay, scheme: 'employee', visit: { type: 'inpatient', place: 'long-term-filed' } }, false, '2026-12-01');
    expect(away.map((c) => c.rule.id)).toEqual(['inpatient-manual-employee']);
  });

  test('医疗救助 only for a person with a 救助身份, away from home', () => {
    const away = { ...stay, visit: { type: 'inpatient', place: 'long-term-filed' } };
    expect(openClaims(away, false, '2026-12-01').map((c) => c.rule.id)).toEqual(['inpatient-manual-resident', 'serious-illness']);
    expect(openClaims({ ...away, person: { categories: ['low-income'] } }, false, '2026-12-01').map((c) => c.rule.id)).toEqual([
      'inpatient-manual-resident',
      'serious-illness',
      'assistance',
    ]);
  });

  test(`the home page reminds from ${REMIND_DAYS} days before, not after the day`, () => {
    const [first] = openClaims(stay, false, '2027-05-01');
    expect(first.daysLeft).toBe(60);
    expect(isDueSoon(first)).toBe(true);
    expect(isDueSoon(openClaims(stay, false, '2027-04-30')[0])).toBe(false);
    expect(isDueSoon(openClaims(stay, false, '2027-06-30')[0])).toBe(true);
    expect(isDueSoon(openClaims(stay, false, '2027-07-01')[0])).toBe(false);
  });

  test('a region without data, or a visit kind no rule follows: nothing', () => {
    expect(openClaims({ ...stay, region: 'nowhere' }, false, '2026-12-01')).toEqual([]);
    expect(openClaims({ ...stay, visit: { type: 'outpatient' } }, false, '2026-12-01')).toEqual([]);
  });
});
