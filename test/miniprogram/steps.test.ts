import { draftToCase, emptyDraft } from '../../miniprogram/packages/estimate/model/draft';
import {
  firstInvalidStep,
  messageForField,
  shownFields,
  stepOfField,
  stepsFor,
  validateStep,
} from '../../miniprogram/packages/estimate/model/steps';
import { TODAY, chronicDraft, zhangSanDraft } from './helpers';
import type { RuleError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/schemas/common';
import { estimateCaseSchema } from '../../shared/schemas/estimate';

const STAY = { region: 'bazhong', visitType: 'inpatient' as const, scheme: 'resident' as const };

describe('form steps: each step checks its own fields before moving on', () => {
  test('a stay goes through six titled steps', () => {
    expect(stepsFor(STAY).map((s) => s.title)).toEqual(['看病的类型', '参保和身份', '医院等级', '在哪里住院', '费用', '本年度已发生（可不填）']);
    expect(stepsFor({ ...STAY, visitType: 'outpatient' })[2].title).toBe('在哪里看的门诊');
  });

  test('a RuleError field finds the step that asks for it', () => {
    expect(stepOfField('visit.type', STAY)).toBe(0);
    expect(stepOfField('visit', STAY)).toBe(0);
    expect(stepOfField('scheme', STAY)).toBe(1);
    expect(stepOfField('person.age', STAY)).toBe(1);
    expect(stepOfField('person.categories.0', STAY)).toBe(1);
    expect(stepOfField('visit.facilityLevel', STAY)).toBe(2);
    expect(stepOfField('visit.place', STAY)).toBe(3);
    expect(stepOfField('visit.referral', STAY)).toBe(3);
    expect(stepOfField('visit.totalCost', STAY)).toBe(4);
    expect(stepOfField('visit.inScopeCost', STAY)).toBe(4);
    expect(stepOfField('yearToDate.basicPaid', STAY)).toBe(5);
    expect(stepOfField('region', STAY)).toBe(0);
    expect(stepOfField('date', STAY)).toBe(-1);
    expect(stepOfField(undefined, STAY)).toBe(-1);
    const chronic = { ...STAY, visitType: 'chronic' as const };
    expect(stepOfField('visit.diseaseCode', chronic)).toBe(2);
    expect(stepOfField('visit.otherDiseaseCodes.1', chronic)).toBe(2);
    expect(stepOfField('visit.totalCost', chronic)).toBe(3);
    const maternity = { ...STAY, visitType: 'maternity' as const };
    expect(stepOfField('visit.gestationWeeks', maternity)).toBe(2);
  });

  test('the person step: the scheme must be chosen', () => {
    expect(validateStep(1, emptyDraft(), TODAY)).toEqual({ scheme: '请选择参保险种' });
    expect(validateStep(1, zhangSanDraft(), TODAY)).toEqual({});
    expect(validateStep(0, emptyDraft(), TODAY)).toEqual({});
  });

  test('the person step: an employee age that is not a whole number says so in plain words', () => {
    const draft = zhangSanDraft({ scheme: 'employee', age: '6.5' });
    expect(validateStep(1, draft, TODAY)).toEqual({ 'person.age': '年龄请填整数，例如 62' });
    expect(validateStep(1, zhangSanDraft({ scheme: 'employee', age: '62' }), TODAY)).toEqual({});
  });

  test('the person step: the schema bounds the age (message from shared/schemas, without the field name)', () => {
    expect(validateStep(1, zhangSanDraft({ scheme: 'employee', age: '131' }), TODAY)).toEqual({ 'person.age': '年龄不超过 130 岁' });
  });

  test('facility and place must be chosen; a pharmacy is no hospital level for a stay', () => {
    expect(validateStep(2, zhangSanDraft({ facilityLevel: '' }), TODAY)).toEqual({ 'visit.facilityLevel': '请选择医院等级' });
    expect(validateStep(2, zhangSanDraft({ facilityLevel: 'pharmacy' }), TODAY)).toEqual({ 'visit.facilityLevel': '请选择医院等级' });
    expect(validateStep(2, zhangSanDraft({ visitType: 'outpatient', facilityLevel: '' }), TODAY)).toEqual({
      'visit.facilityLevel': '请选择在哪里看的门诊',
    });
    expect(validateStep(2, zhangSanDraft({ visitType: 'outpatient', facilityLevel: 'pharmacy' }), TODAY)).toEqual({});
    expect(validateStep(3, zhangSanDraft({ place: '' }), TODAY)).toEqual({ 'visit.place': '请选择在哪里住院' });
  });

  test('the bill: empty amounts ask to be filled, named as this receipt names them', () => {
    expect(validateStep(4, zhangSanDraft({ totalCost: '', inScopeCost: ' ' }), TODAY)).toEqual({
      'visit.totalCost': '请填写医疗总费用',
      'visit.inScopeCost': '请填写政策范围内费用',
    });
    expect(validateStep(3, zhangSanDraft({ visitType: 'two-diseases', twoDiseases: ['diabetes'], totalCost: '' }), TODAY)).toEqual({
      'visit.totalCost': '请填写药品总费用',
    });
  });

  test.each(['12.345', '-100', '4,500', '1e3', 'abc'])('the bill: "%s" is not an amount', (bad) => {
    expect(validateStep(4, zhangSanDraft({ totalCost: bad }), TODAY)).toEqual({
      'visit.totalCost': '金额须为不小于 0 的数字，最多两位小数',
    });
  });

  test('the bill: in-scope cost above the total is refused beside the in-scope box', () => {
    expect(validateStep(4, zhangSanDraft({ totalCost: '4200', inScopeCost: '4500' }), TODAY)).toEqual({
      'visit.inScopeCost': '政策范围内费用不能大于医疗总费用',
    });
  });

  test('the bill: spaces a keyboard adds are ignored', () => {
    expect(validateStep(4, zhangSanDraft({ totalCost: ' 4 500 ' }), TODAY)).toEqual({});
  });

  test('year to date: optional, but amounts when given', () => {
    expect(validateStep(5, zhangSanDraft(), TODAY)).toEqual({});
    const errors = validateStep(5, zhangSanDraft({ yearToDate: { basicPaid: '10.999' } }), TODAY);
    expect(errors).toEqual({ 'yearToDate.basicPaid': '金额须为不小于 0 的数字，最多两位小数' });
  });

  test('the disease step: a disease must be chosen', () => {
    expect(validateStep(2, chronicDraft({ diseaseCode: '' }), TODAY)).toEqual({ 'visit.diseaseCode': '请选择已认定的病种' });
    expect(validateStep(2, chronicDraft(), TODAY)).toEqual({});
  });

  test('“两病”: at least one', () => {
    const draft = zhangSanDraft({ visitType: 'two-diseases' });
    expect(validateStep(2, draft, TODAY)).toEqual({ 'visit.diseases': '请选择高血压、糖尿病或两个都选' });
    expect(validateStep(2, { ...draft, twoDiseases: ['hypertension'] }, TODAY)).toEqual({});
  });

  test('生育: what happened, the weeks of a termination and a whole number of babies', () => {
    const draft = zhangSanDraft({ visitType: 'maternity' });
    expect(validateStep(2, draft, TODAY)).toEqual({ 'visit.event': '请选择生育还是终止妊娠' });
    expect(validateStep(2, { ...draft, maternityEvent: 'termination' }, TODAY)).toEqual({ 'visit.gestationWeeks': '请填写怀孕周数' });
    expect(validateStep(2, { ...draft, maternityEvent: 'termination', gestationWeeks: '12.5' }, TODAY)).toEqual({
      'visit.gestationWeeks': '孕周请填整数，例如 12',
    });
    expect(validateStep(2, { ...draft, maternityEvent: 'termination', gestationWeeks: '12' }, TODAY)).toEqual({});
    expect(validateStep(2, { ...draft, maternityEvent: 'delivery', babies: '' }, TODAY)).toEqual({ 'visit.babies': '婴儿数请填整数，例如 1' });
    // The schema bounds the count (its message for this bound is zod's own, not yet Chinese: see shared/schemas).
    expect(Object.keys(validateStep(2, { ...draft, maternityEvent: 'delivery', babies: '9' }, TODAY))).toEqual(['visit.babies']);
  });

  test('a step never reports the fields of another step', () => {
    const draft = zhangSanDraft({ scheme: '', totalCost: '12.345' });
    expect(Object.keys(validateStep(2, draft, TODAY))).toEqual([]);
    expect(Object.keys(validateStep(3, draft, TODAY))).toEqual([]);
  });

  test('the first failing step is where the form goes back to', () => {
    expect(firstInvalidStep(zhangSanDraft(), TODAY)).toBeNull();
    expect(firstInvalidStep(zhangSanDraft({ place: '', totalCost: 'x' }), TODAY)).toEqual({
      step: 3,
      errors: { 'visit.place': '请选择在哪里住院' },
    });
    expect(firstInvalidStep(chronicDraft(), TODAY)).toBeNull();
  });

  test('each step shows its own fields beside their boxes', () => {
    expect(shownFields('bill', zhangSanDraft())).toEqual(['visit.totalCost', 'visit.inScopeCost', 'visit.classBCost']);
    expect(shownFields('year-to-date', zhangSanDraft({ visitType: 'two-diseases' }))).toEqual(['yearToDate.twoDiseasesPaid']);
  });

  test('messageForField drops the field name the rules put in front', () => {
    const c = draftToCase(zhangSanDraft(), TODAY) as { visit: Record<string, unknown> };
    let refused: unknown;
    try {
      parseOrThrow(estimateCaseSchema, { ...c, visit: { ...c.visit, totalCost: '1000000000' } });
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ message: '医疗总费用：金额过大，请核对（不超过 10 亿元）', field: 'visit.totalCost' });
    expect(messageForField(refused as RuleError)).toBe('金额过大，请核对（不超过 10 亿元）');
    expect(messageForField({ message: '巴中暂未收录' })).toBe('巴中暂未收录');
    // A message is never cut at its "："; only a reason carried apart is shown without the name.
    expect(messageForField({ message: '医疗总费用：金额过大' })).toBe('医疗总费用：金额过大');
  });
});
