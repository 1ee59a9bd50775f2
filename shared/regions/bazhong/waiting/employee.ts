import { sourceAt } from '../../../params/param';
import { notCovered } from '../../../errors';
import { employeeFirstWait } from '../params/waiting/employee-first';
import { employeeTransfer } from '../params/waiting/employee-transfer';
import { schemeSwitch } from '../params/waiting/scheme-switch';
import { employeeArrears } from '../params/waiting/employee-arrears';
import { EmployeeWaitingCase } from '../../../schemas/waiting';
import { afterWaiting, firstOfMonth } from '../../../waiting/months';
import { cn, paramAt, WaitingResult, WaitingTrace } from '../../../waiting/trace';

// This region's rules (004), not generic ones: shared/waiting reaches them through its waiting table.

export function employeeWaiting(c: EmployeeWaitingCase): WaitingResult {
  const trace = new WaitingTrace();
  const e = c.employee;
  let outcome: { start: string; fixed: number };
  switch (e.kind) {
    case 'first':
      outcome = firstEnrolment(c.paymentDate, trace);
      break;
    case 'transfer':
      outcome = transfer(c.paymentDate, e.gapMonths ?? 0, trace);
      break;
    case 'switch':
      outcome = switchScheme(c.paymentDate, e.continuousYears ?? 0, e.gapMonths ?? 0, trace);
      break;
    case 'arrears':
      outcome = arrears(c.paymentDate, e.arrearsMonths ?? 0, trace);
      break;
  }
  return {
    region: c.region,
    scheme: 'employee',
    benefitStart: outcome.start,
    waitingMonths: outcome.fixed,
    fixedMonths: outcome.fixed,
    variableMonths: 0,
    repairedMonths: 0,
    steps: trace.steps,
    notes: trace.notes,
    shorten: null,
  };
}

/** 第二章 六问: "自在本市参保缴费之日起，6个月后享受基本医疗保险待遇" (生育医疗保险待遇同, 八问). */
export function firstEnrolment(paymentDate: string, trace: WaitingTrace): { start: string; fixed: number } {
  const months = trace.use(paramAt(employeeFirstWait, paymentDate, 'paymentDate'));
  const start = afterWaiting(paymentDate, months);
  trace.step('初次参加职工医保', `${cn(paymentDate)}在本市参保缴费，${months} 个月后享受待遇：${cn(start)}起`, sourceAt(employeeFirstWait, paymentDate));
  trace.note(`生育医疗保险待遇同样自参保缴费之日起 ${months} 个月后享受（第二章 八问）`);
  return { start, fixed: months };
}

/**
 * 第二章 二十一问: "中断缴费3个月（含3个月）以内的，缴费当月即可享受待遇；中断缴费3个月以上的，待遇享受等待期为6个月".
 * The 6 months are counted from the payment date, as in 六问.
 */
export function transfer(paymentDate: string, gapMonths: number, trace: WaitingTrace): { start: string; fixed: number } {
  const rule = trace.use(paramAt(employeeTransfer, paymentDate, 'paymentDate'));
  if (gapMonths <= rule.maxGapMonths) {
    const start = firstOfMonth(paymentDate);
    trace.step('跨统筹地区转入', `中断缴费 ${gapMonths} 个月（不超过 ${rule.maxGapMonths} 个月），缴费当月即可享受待遇：${cn(start)}起`, sourceAt(employeeTransfer, paymentDate));
    return { start, fixed: 0 };
  }
  const start = afterWaiting(paymentDate, rule.waitMonths);
  trace.step('跨统筹地区转入', `中断缴费 ${gapMonths} 个月（超过 ${rule.maxGapMonths} 个月），待遇享受等待期 ${rule.waitMonths} 个月，自 ${cn(paymentDate)}缴费起算：${cn(start)}起`, sourceAt(employeeTransfer, paymentDate));
  return { start, fixed: rule.waitMonths };
}

/**
 * 第一章 二十六: "已连续2年（含2年）以上参加基本医疗保险的……中断缴费时间不超过3个月的，从缴费之日起即可享受转入险种的
 * 医保待遇；中断缴费时间超过3个月的，自转入之日起，设置6个月的待遇享受等待期". The transfer-in date is taken to be
 * the payment date. Fewer than 2 continuous years: the handbook says nothing, so it is refused.
 */
export function switchScheme(
  paymentDate: string,
  continuousYears: number,
  gapMonths: number,
  trace: WaitingTrace,
): { start: string; fixed: number } {
  const rule = trace.use(paramAt(schemeSwitch, paymentDate, 'paymentDate'));
  if (continuousYears < rule.minContinuousYears) {
    throw notCovered(
      `连续参保不满 ${rule.minContinuousYears} 年时切换参保险种的待遇衔接，手册未作规定，暂未收录`,
      'employee.continuousYears',
    );
  }
  if (gapMonths <= rule.maxGapMonths) {
    trace.step('跨制度切换参保', `已连续参保 ${continuousYears} 年（不少于 ${rule.minContinuousYears} 年），中断缴费 ${gapMonths} 个月（不超过 ${rule.maxGapMonths} 个月），从缴费之日起享受待遇：${cn(paymentDate)}起`, sourceAt(schemeSwitch, paymentDate));
    return { start: paymentDate, fixed: 0 };
  }
  const start = afterWaiting(paymentDate, rule.waitMonths);
  trace.step('跨制度切换参保', `中断缴费 ${gapMonths} 个月（超过 ${rule.maxGapMonths} 个月），自转入之日（按缴费日 ${cn(paymentDate)}）起设置 ${rule.waitMonths} 个月等待期：${cn(start)}起`, sourceAt(schemeSwitch, paymentDate));
  return { start, fixed: rule.waitMonths };
}

/**
 * 第二章 二十三问: "从欠费第4个月起暂停其基本医疗保险待遇。连续欠费6个月以内(含6个月)的……缴费当月即可享受医疗保险待遇，
 * 中断期间的待遇追溯享受；连续欠费6月以上至12个月(含12个月)的……从缴清欠费和滞纳金之日起享受；连续欠费12个月以上的……
 * 待遇享受等待期为6个月". `paymentDate` is the day the arrears (and late fees) are cleared.
 */
export function arrears(paymentDate: string, months: number, trace: WaitingTrace): { start: string; fixed: number } {
  const rule = trace.use(paramAt(employeeArrears, paymentDate, 'paymentDate'));
  const source = sourceAt(employeeArrears, paymentDate);
  if (months < rule.suspendFromMonth) {
    trace.note(`连续欠费 ${months} 个月，未到第 ${rule.suspendFromMonth} 个月，待遇未暂停；仍应补缴欠费`);
  } else {
    trace.step('欠费暂停待遇', `连续欠费 ${months} 个月，从欠费第 ${rule.suspendFromMonth} 个月起暂停基本医疗保险待遇`, source);
  }
  if (months <= rule.retroactiveUpToMonths) {
    const start = firstOfMonth(paymentDate);
    trace.step('补缴后恢复待遇', `连续欠费 ${months} 个月（不超过 ${rule.retroactiveUpToMonths} 个月），${cn(paymentDate)}补缴，缴费当月即可享受：${cn(start)}起，中断期间的待遇追溯享受`, source);
    return { start, fixed: 0 };
  }
  if (months <= rule.fromRepaymentUpToMonths) {
    trace.step('补缴后恢复待遇', `连续欠费 ${months} 个月（${rule.retroactiveUpToMonths} 个月以上至 ${rule.fromRepaymentUpToMonths} 个月），从缴清欠费和滞纳金之日起享受：${cn(paymentDate)}起，中断期间不追溯`, source);
    return { start: paymentDate, fixed: 0 };
  }
  const start = afterWaiting(paymentDate, rule.waitMonths);
  trace.step('补缴后恢复待遇', `连续欠费 ${months} 个月（超过 ${rule.fromRepaymentUpToMonths} 个月），缴清欠费和滞纳金只计缴费年限和个人账户，待遇享受等待期 ${rule.waitMonths} 个月：${cn(paymentDate)}起算，${cn(start)}起享受`, source);
  return { start, fixed: rule.waitMonths };
}
