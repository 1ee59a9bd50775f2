import { addMonths, yearOf } from '../../../dates';
import { invalidField, notCovered } from '../../../errors';
import { sourceAt, valueAt } from '../../../params/param';
import { maternityAllowanceRule } from '../params/waiting/maternity-allowance';
import { maternityAllowanceSchema, parseWaiting } from '../../../schemas/waiting';
import { firstOfMonth } from '../../../waiting/months';
import { cn, WaitingTrace } from '../../../waiting/trace';
import type { MaternityAllowanceResult } from '../../../waiting/program';

// This region's rules (004), not generic ones: shared/waiting reaches them through its waiting table.


/**
 * 十六问 举例: "2025年1月以灵活就业人员身份参加生育保险，同年1月顺产……2025年1月至12月生育保险连续不间断缴费后，2026年1月
 * 可按规定享受". `monthsAtEvent` counts the event month when paid (1 in the example); the 12th month is then
 * `12 − monthsAtEvent` months after the event month, and the claim opens the month after.
 */
export function transitionEligibleFrom(eventDate: string, monthsAtEvent: number, minMonths: number): string {
  return firstOfMonth(addMonths(firstOfMonth(eventDate), minMonths - monthsAtEvent + 1));
}

/**
 * “两类人员”（灵活就业人员、领取失业保险金人员）生育津贴 (第二章 十五问、十六问): "一是参保人生育或终止妊娠时，已在我市
 * 参保缴纳生育保险费；二是在我省生育保险缴费连续不间断满12个月（含）；三是产假期间本人生育保险处于正常参保缴费状态".
 */
export function maternityAllowance(input: unknown): MaternityAllowanceResult {
  const c = parseWaiting(maternityAllowanceSchema, input);
  const trace = new WaitingTrace();
  let rule;
  try {
    rule = trace.use(valueAt(maternityAllowanceRule, c.eventDate));
  } catch {
    throw notCovered('“两类人员”自 2025 年 1 月起才可参加生育保险（第二章 十三问），之前的生育津贴暂未收录', 'eventDate');
  }
  const source = sourceAt(maternityAllowanceRule, c.eventDate);
  const no = (why: string): MaternityAllowanceResult => {
    trace.step('不符合享受条件', why, source);
    return { eligible: false, route: null, eligibleFrom: null, steps: trace.steps, notes: trace.notes };
  };
  if (!c.insuredHereAtEvent) return no('生育或终止妊娠时未在本市参保缴纳生育保险费（条件一）');
  if (c.payingDuringLeave === false) return no('产假期间生育保险未处于正常参保缴费状态（条件三）');
  if (c.payingDuringLeave === undefined) trace.note('产假期间须保持生育保险正常参保缴费（条件三）');
  trace.note('参保身份在灵活就业人员与失业人员之间转换的，省内生育保险连续缴费记录合并计算（十五问）');

  const m = c.maternityMonthsAtEvent;
  if (m >= rule.minContinuousMonths) {
    trace.step('生育津贴', `${cn(c.eventDate)}生育或终止妊娠时，省内生育保险已连续缴费 ${m} 个月（满 ${rule.minContinuousMonths} 个月），可享受生育津贴`, source);
    trace.note('原则上应于计发天数结束、生育或终止妊娠后的 12 个月内一次性申领（十七问）');
    return { eligible: true, route: 'standard', eligibleFrom: c.eventDate, steps: trace.steps, notes: trace.notes };
  }
  if (rule.transitionYear !== null && yearOf(c.eventDate) === rule.transitionYear) {
    if (c.basicMonthsAtEvent === undefined) {
      throw invalidField('生育时职工医保已连续缴费月数', `${rule.transitionYear} 年生育且生育保险不满 ${rule.minContinuousMonths} 个月时必须填写`, ['basicMonthsAtEvent']);
    }
    if (c.basicMonthsAtEvent >= rule.transitionBasicMonths) {
      const from = transitionEligibleFrom(c.eventDate, m, rule.minContinuousMonths);
      trace.step(
        `${rule.transitionYear} 年过渡政策`,
        `${cn(c.eventDate)}生育时职工医保已连续缴费 ${c.basicMonthsAtEvent} 个月（满 ${rule.transitionBasicMonths} 个月），生育保险仅缴 ${m} 个月；继续不间断缴满 ${rule.minContinuousMonths} 个月后，${cn(from)}起可享受生育津贴`,
        source,
      );
      trace.note(`须从生育当月起继续不间断缴纳生育保险至满 ${rule.minContinuousMonths} 个月`);
      return { eligible: true, route: 'transition-2025', eligibleFrom: from, steps: trace.steps, notes: trace.notes };
    }
    return no(`${rule.transitionYear} 年生育时生育保险缴费 ${m} 个月、职工医保连续缴费 ${c.basicMonthsAtEvent} 个月，均不满 ${rule.minContinuousMonths} 个月`);
  }
  return no(`生育或终止妊娠时省内生育保险连续缴费 ${m} 个月，不满 ${rule.minContinuousMonths} 个月，不能享受生育津贴`);
}
