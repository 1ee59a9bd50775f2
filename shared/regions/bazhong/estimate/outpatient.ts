import { figure, max0, minOf, percent, yuan, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { employeeOutpatient, residentOutpatient } from '../params/outpatient';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { OutpatientVisit } from '../../../schemas/estimate';

const FACILITY = { township: '乡镇卫生院', level1: '一级及未定级医疗机构', level2: '二级医疗机构', level3: '三级医疗机构', pharmacy: '定点零售药店' };

/** 普通门诊统筹 (居民 004 第三章 十八问; 职工 第二章 三十九问), accumulated across the visits of a year. */
export function outpatient(ctx: ChainContext, visit: OutpatientVisit): void {
  if (ctx.c.scheme === 'resident') residentOutpatientVisit(ctx);
  else employeeOutpatientVisit(ctx, visit);
}

/** "报销 50%，不设起付线，一个自然年度内累计最高支付限额为 100 元". */
function residentOutpatientVisit(ctx: ChainContext): void {
  const ruleValue = valueAt(residentOutpatient, ctx.date);
  const rule = ctx.trace.use(ruleValue);
  const ratio = figure(rule.ratio);
  const limit = figure(rule.annualLimit);
  const left = capRemaining(limit, ctx.ytd.outpatientPaid);
  const amount = ctx.inScope.times(ratio);
  let text = `门诊统筹不设起付线：政策范围内费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}`;
  if (amount.greaterThan(left)) text += `；年度限额 ${yuan(limit)}，本年已报销 ${yuan(ctx.ytd.outpatientPaid)}，仅余 ${yuan(left)}`;
  const paid = ctx.pay('basic', minOf(amount, left), text, ruleValue.source);
  ctx.accumulate('outpatientPaid', paid);
}

/**
 * 职工: "起付标准 200 元/年（退休 150）、支付限额 800 元/年（退休 1000）、三级 50%，二级及以下和定点零售药店 60%，
 * 退休人员在在职人员报销比例基础上提高 10%"; then 公务员医疗补助 60%（700 元/年）and 职工大额 70%（600 元/年）.
 */
function employeeOutpatientVisit(ctx: ChainContext, visit: OutpatientVisit): void {
  const { trace } = ctx;
  const { person } = ctx.c;
  const ruleValue = valueAt(employeeOutpatient, ctx.date);
  const rule = trace.use(ruleValue);
  const band = person.retired ? rule.retired : rule.inService;
  const deductible = figure(band.deductible);
  const limit = figure(band.annualLimit);
  let ratio = figure(visit.facilityLevel === 'level3' ? rule.ratios.level3 : rule.ratios.level2OrBelow);
  if (person.retired) ratio = ratio.plus(rule.retiredBonus);

  // The deductible is met once a year: only the part of the year's accumulated cost above it is paid.
  const before = ctx.ytd.outpatientSelfPay;
  const after = before.plus(ctx.inScope);
  const aboveDeductible = max0(after.minus(deductible)).minus(max0(before.minus(deductible)));
  ctx.accumulate('outpatientSelfPay', ctx.inScope);
  const amount = aboveDeductible.times(ratio);
  const left = capRemaining(limit, ctx.ytd.outpatientPaid);
  let text = `${person.retired ? '退休人员' : '在职职工'}在${FACILITY[visit.facilityLevel]}：本年累计门诊政策范围内费用 ${yuan(after)}（此前 ${yuan(before)}），年起付标准 ${yuan(deductible)}`;
  text += aboveDeductible.isZero()
    ? '，本次未超过起付标准部分不予支付'
    : `，本次起付标准以上 ${yuan(aboveDeductible)} × ${percent(ratio)} = ${yuan(amount)}`;
  if (amount.greaterThan(left)) text += `；年度限额 ${yuan(limit)} 仅余 ${yuan(left)}`;
  const paid = ctx.pay('basic', minOf(amount, left), text, ruleValue.source);
  ctx.accumulate('outpatientPaid', paid);

  const next = (payer: 'civilServant' | 'largeExpense', part: { ratio: string; annualLimit: string }, paidKey: 'outpatientCivilServantPaid' | 'outpatientLargeExpensePaid') => {
    const r = figure(part.ratio);
    const cap = figure(part.annualLimit);
    const base = ctx.remaining();
    const due = base.times(r);
    const capLeft = capRemaining(cap, ctx.ytd[paidKey]);
    let words = `门诊统筹支付后余额 ${yuan(base)} × ${percent(r)} = ${yuan(due)}`;
    if (due.greaterThan(capLeft)) words += `；门诊年度限额 ${yuan(cap)} 仅余 ${yuan(capLeft)}`;
    const got: Amount = ctx.pay(payer, minOf(due, capLeft), words, ruleValue.source);
    ctx.accumulate(paidKey, got);
  };
  if (person.civilServant) next('civilServant', rule.civilServant, 'outpatientCivilServantPaid');
  next('largeExpense', rule.largeExpense, 'outpatientLargeExpensePaid');
}
