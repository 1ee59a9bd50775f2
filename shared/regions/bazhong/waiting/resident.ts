import { addDays, yearOf } from '../../../dates';
import { invalidField, notCovered } from '../../../errors';
import { fen, figure, yuan } from '../../../money';
import { sourceAt, valueAt } from '../../../params/param';
import { collectionPeriod } from '../params/waiting/collection-period';
import { residentFixedWait } from '../params/waiting/resident-fixed-wait';
import { residentVariableWait } from '../params/waiting/resident-variable-wait';
import { repairRule } from '../params/waiting/repair';
import { residentPremium } from '../params/waiting/resident-premium';
import { newbornWindow } from '../params/waiting/newborn';
import { specialGroups } from '../params/waiting/special-groups';
import { ResidentWaitingCase, SPECIAL_GROUP_NAMES } from '../../../schemas/waiting';
import { afterWaiting } from '../../../waiting/months';
import { cn, paramAt, Shorten, WaitingResult, WaitingTrace } from '../../../waiting/trace';
import { DOC } from '../documents';

// This region's rules (004), not generic ones: shared/waiting reaches them through its waiting table.

/**
 * The first and last day of a coverage year's 集中缴费期 (三问): 2025 from the general shape "上一年的10月至当年的2月底"
 * (with a note), 2026 as printed, later years carried from 2026 with the stale note.
 */
export function collectionPeriodOf(coverageYear: number, trace: WaitingTrace): { opens: string; closes: string } {
  let v;
  try {
    v = valueAt(collectionPeriod, `${coverageYear}-01-01`);
  } catch {
    throw notCovered(
      `${coverageYear} 年度城乡居民医保的集中缴费期和待遇享受时间手册未给出（自 2025 年度起收录），暂未收录`,
      'coverageYear',
    );
  }
  const rule = trace.use(v);
  // 2025: read from the general rule of 三问 and 十问（二）, not printed dates — the answer says so.
  if (rule.ruleNote) trace.note(rule.ruleNote);
  const opens = `${coverageYear - 1}-${rule.opensPriorYear}`;
  const lastDay = new Date(Date.UTC(coverageYear, rule.closesEndOfMonth, 0)).getUTCDate();
  const closes = `${coverageYear}-${String(rule.closesEndOfMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
  return { opens, closes };
}

/**
 * Consecutive years without basic medical insurance (any scheme) immediately before the coverage year, counted
 * "从2025年起" (十问) and not before the year of birth.
 */
export function breakYears(coverageYear: number, insuredYears: readonly number[], countFrom: number, birthYear?: number): number {
  const floor = Math.max(countFrom, birthYear ?? countFrom);
  let n = 0;
  for (let y = coverageYear - 1; y >= floor && !insuredYears.includes(y); y--) n++;
  return n;
}

/**
 * "每多断1年，在固定待遇等待期基础上增加变动等待期1个月" (十问（二）): the first year of a break costs the fixed wait
 * only; each further year adds a month (例五: 2 years → 3+1; 例六: 5 years → 3+4).
 */
export function variableMonthsFor(years: number, monthsPerExtraYear: number): number {
  return Math.max(0, years - 1) * monthsPerExtraYear;
}

/**
 * "每多缴纳1年可减少1个月变动待遇等待期，连续断缴4年及以上的，修复后固定待遇等待期和变动待遇等待期之和不少于6个月"
 * (十问（二）): the most years worth paying for (例六: a 5-year break, 3+4 → at most 1 year, 6 months).
 */
export function maxRepairYears(
  brokenYears: number,
  fixed: number,
  variable: number,
  rule: { monthsPerYearPaid: number; floorFromBreakYears: number; floorMonths: number },
): { years: number; floorApplies: boolean } {
  const byVariable = Math.floor(variable / rule.monthsPerYearPaid);
  if (brokenYears < rule.floorFromBreakYears) return { years: byVariable, floorApplies: false };
  const byFloor = Math.max(0, Math.floor((fixed + variable - rule.floorMonths) / rule.monthsPerYearPaid));
  return { years: Math.min(byVariable, byFloor), floorApplies: byFloor < byVariable };
}


/**
 * 城乡居民: when the fund starts paying for a coverage year. Exceptions to the base rule of 三问 come first, one per
 * clause: a newborn's birth year (七问), 参保当年退役军人、刑满释放人员 (第一章 十九); then 三问（一）for someone insured
 * last year, and 三问（二）with 十问（二）for a break ("在2025年12月31日前参加……等待期从2026年1月1日起算；在2026年1月1日
 * 后参加……从缴费之日起算"), shortened by 缴费修复.
 */
export function residentWaiting(c: ResidentWaitingCase): WaitingResult {
  const trace = new WaitingTrace();
  const Y = c.coverageYear;
  const jan1 = `${Y}-01-01`;
  const dec31Before = `${Y - 1}-12-31`;
  const birthYear = c.birthDate ? yearOf(c.birthDate) : undefined;

  if (c.birthDate && birthYear === Y) return newbornBirthYear(c, c.birthDate, trace);

  const group = c.specialGroup ? trace.use(paramAt(specialGroups, jan1, 'coverageYear'))[c.specialGroup] : undefined;
  if (c.specialGroup && group?.fromPayment) {
    const start = c.paymentDate < jan1 ? jan1 : c.paymentDate;
    trace.step(
      '参保当年退役军人、刑满释放等人员',
      `${SPECIAL_GROUP_NAMES[c.specialGroup]}在户籍地参加城乡居民医保，自参保缴费之日起享受待遇：${cn(c.paymentDate)}缴费，${cn(start)}起享受`,
      sourceAt(specialGroups, jan1),
    );
    rejectRepair(c, 0);
    return result(c, trace, start, 0, 0, 0, null);
  }

  const period = collectionPeriodOf(Y, trace);
  const fixed = trace.use(valueAt(residentFixedWait, jan1));
  const insuredLastYear = c.insuredYears.includes(Y - 1);
  if (c.paymentDate < period.opens && !group?.mayPayEarly) {
    trace.note(`缴费日期早于 ${Y} 年度集中缴费期（${cn(period.opens)}起），手册只说学生群体可提前缴纳，请核对缴费日期`);
  }

  const variableRule = trace.use(valueAt(residentVariableWait, jan1));
  // Breaks count "从2025年起" (十问): for the 2025 year, 2024 is no break, whatever the person's 2024 cover was.
  const lastYearCounted = Y - 1 >= variableRule.countFrom;
  if (insuredLastYear || !lastYearCounted) {
    rejectRepair(c, 0);
    return continuingResident(c, trace, period, fixed, insuredLastYear ? null : variableRule.countFrom);
  }

  const broken = breakYears(Y, c.insuredYears, variableRule.countFrom, birthYear);
  const variable = variableMonthsFor(broken, variableRule.monthsPerExtraYear);
  const start = c.paymentDate <= dec31Before ? jan1 : c.paymentDate;
  const periodText = `${cn(period.opens)}至${cn(period.closes)}`;
  const firstBroken = Y - broken;
  trace.step(
    '未连续参保：固定待遇等待期',
    `${Y - 1} 年度未参保，${cn(c.paymentDate)}缴纳 ${Y} 年度保费（集中缴费期 ${periodText}），` +
      (start === jan1
        ? `在 ${cn(dec31Before)}（含）前缴费，等待期从 ${cn(jan1)}起算`
        : `在 ${cn(jan1)}后缴费，等待期从缴费之日起算`) +
      `，固定待遇等待期 ${fixed} 个月`,
    { doc: DOC, section: '第三章 三问（二）、十问（二）' },
  );
  if (variable > 0) {
    trace.step(
      '未连续参保：变动待遇等待期',
      `${firstBroken}—${Y - 1} 年度连续 ${broken} 年未参保，第 1 年之后每多断 1 年加 ${variableRule.monthsPerExtraYear} 个月：(${broken} − 1) × ${variableRule.monthsPerExtraYear} = ${variable} 个月`,
      sourceAt(residentVariableWait, jan1),
    );
  }

  const rule = trace.use(valueAt(repairRule, jan1));
  const best = variable > 0 ? maxRepairYears(broken, fixed, variable, rule) : { years: 0, floorApplies: false };
  const repairedYears = c.repairYears ?? 0;
  rejectRepair(c, best.years, best.floorApplies ? rule : undefined, broken);
  const repaired = repairedYears * rule.monthsPerYearPaid;
  const premium = repairedYears > 0 || best.years > 0 ? premiumFor(Y, trace) : undefined;
  if (premium && repairedYears > 0) {
    trace.step(
      '缴费修复变动待遇等待期',
      `补缴 ${repairedYears} 年 × ${yuan(premium.value)}（${Y} 年度个人缴费标准）= ${yuan(premium.value.times(repairedYears))}，变动等待期减少 ${repaired} 个月：${variable} − ${repaired} = ${variable - repaired} 个月`,
      sourceAt(repairRule, jan1),
    );
    trace.note('修复后断保期间的医保待遇不追溯（十问（二））');
  }

  const months = fixed + variable - repaired;
  const benefitStart = afterWaiting(start, months);
  trace.step(
    '待遇享受时间',
    `等待期 ${fixed}（固定）+ ${variable - repaired}（变动）= ${months} 个月，从 ${cn(start)}起算，${cn(benefitStart)}起发生的医药费用方可报销`,
    { doc: DOC, section: '第三章 十问（二）例二、例四、例五' },
  );
  lateInYear(Y, benefitStart, trace);
  newbornHint(c, trace);

  let shorten: Shorten | null = null;
  if (premium && best.years > 0) {
    const after = fixed + variable - best.years * rule.monthsPerYearPaid;
    shorten = {
      years: best.years,
      premiumPerYear: fen(premium.value),
      premiumYear: Y,
      cost: fen(premium.value.times(best.years)),
      monthsSaved: best.years * rule.monthsPerYearPaid,
      waitingMonthsAfter: after,
      benefitStartAfter: afterWaiting(start, after),
      floorApplies: best.floorApplies,
      ...(premium.staleNote ? { staleNote: premium.staleNote } : {}),
      source: sourceAt(repairRule, jan1),
    };
  } else if (variable > 0 && broken >= rule.floorFromBreakYears) {
    trace.note(
      `连续断保 ${broken} 年，等待期 ${fixed + variable} 个月已到修复后的下限 ${rule.floorMonths} 个月，缴费修复不能再缩短（十问（二））`,
    );
  }
  return result(c, trace, benefitStart, fixed, variable - repaired, repaired, shorten);
}

/**
 * 三问（一）"已参加2025年度医保的人员。2025年12月31日(含)前缴费参保的,自2026年1月1日起享受医保待遇;2026年1月1日至
 * 2月28日缴费参保的,自缴费之日起享受待遇;2026年3月1日起缴费参保的,有固定待遇等待期3个月". The 2025 year follows the
 * same rule for everyone (`uncountedFrom` set when the year before was not insured): breaks count "从2025年起" (十问
 * （一）、（二）, 例一 to 例六 all start from a 2025 break), so only a payment after the period waits (十问（二）"未在居民医保
 * 集中缴费期内参保"). The handbook does not say so for a 2024 gap in words: the answer notes the other reading.
 */
function continuingResident(
  c: ResidentWaitingCase,
  trace: WaitingTrace,
  period: { opens: string; closes: string },
  fixed: number,
  uncountedFrom: number | null,
): WaitingResult {
  const Y = c.coverageYear;
  const jan1 = `${Y}-01-01`;
  const section = { doc: DOC, section: '第三章 三问（一）、十问（二）例一' };
  if (uncountedFrom !== null) {
    // The year before is not insured but precedes the count: said, with what the other reading would give.
    const inPeriod = c.paymentDate <= period.closes;
    const strict = afterWaiting(c.paymentDate < jan1 ? jan1 : c.paymentDate, fixed);
    trace.step(
      `断保年数自 ${uncountedFrom} 年起计算`,
      `${Y - 1} 年度早于断保年数的起算年（十问“从 ${uncountedFrom} 年起”），${Y - 1} 年度未参保不计为断保，按连续参保的规则计算`,
      { doc: DOC, section: '第三章 十问（一）、十问（二）' },
    );
    if (inPeriod) {
      trace.note(
        `手册未说明 ${Y - 1} 年度未参保的人参加 ${Y} 年度时是否算“未连续参保”；如经办机构按未连续参保处理，则有固定待遇等待期 ${fixed} 个月，${cn(strict)}起享受待遇。已参加 ${Y - 1} 年度医保的，不受影响`,
      );
    }
  }
  const lastYearText = uncountedFrom === null ? `${Y - 1} 年度已参保` : `${Y - 1} 年度不计断保`;
  if (c.paymentDate < jan1) {
    trace.step('连续参保，集中缴费期内缴费', `${lastYearText}，${cn(c.paymentDate)}（${cn(`${Y - 1}-12-31`)}前）缴费，自 ${cn(jan1)}起享受待遇`, section);
    return result(c, trace, jan1, 0, 0, 0, null);
  }
  if (c.paymentDate <= period.closes) {
    trace.step('连续参保，集中缴费期内缴费', `${lastYearText}，${cn(c.paymentDate)}缴费（${cn(jan1)}至${cn(period.closes)}之间），自缴费之日起享受待遇`, section);
    return result(c, trace, c.paymentDate, 0, 0, 0, null);
  }
  const start = afterWaiting(c.paymentDate, fixed);
  trace.step(
    '集中缴费期后缴费：固定待遇等待期',
    `${lastYearText}，但在集中缴费期（至${cn(period.closes)}）后于 ${cn(c.paymentDate)}缴费，固定待遇等待期 ${fixed} 个月，自缴费之日起算：${cn(start)}起享受待遇`,
    section,
  );
  lateInYear(Y, start, trace);
  return result(c, trace, start, fixed, 0, 0, null);
}

/**
 * 七问: "新生儿出生90天内缴纳出生当年医疗保险费的，待遇享受期为出生之日起至出生当年12月31日；超过90天缴纳……自缴费之日
 * 起". "90天内" is read as the civil-law count (the day of birth is not counted), so the last day is birth + 90 days.
 */
function newbornBirthYear(c: ResidentWaitingCase, birthDate: string, trace: WaitingTrace): WaitingResult {
  const windowDays = trace.use(paramAt(newbornWindow, birthDate, 'birthDate'));
  const last = addDays(birthDate, windowDays);
  rejectRepair(c, 0);
  if (c.paymentDate <= last) {
    trace.step('新生儿出生 90 天内参保', `${cn(birthDate)}出生，${cn(c.paymentDate)}缴费（不晚于出生后第 ${windowDays} 天 ${cn(last)}），自出生之日起享受待遇至 ${cn(`${c.coverageYear}-12-31`)}`, sourceAt(newbornWindow, birthDate));
    return result(c, trace, birthDate, 0, 0, 0, null);
  }
  if (yearOf(c.paymentDate) > c.coverageYear) {
    throw notCovered(`出生超过 ${windowDays} 天后、出生次年才缴纳出生当年保费的待遇，手册未作规定，暂未收录`, 'paymentDate');
  }
  trace.step('新生儿出生 90 天后参保', `${cn(birthDate)}出生，${cn(c.paymentDate)}缴费（晚于 ${cn(last)}），自缴费之日起享受待遇至 ${cn(`${c.coverageYear}-12-31`)}`, sourceAt(newbornWindow, birthDate));
  return result(c, trace, c.paymentDate, 0, 0, 0, null);
}

/**
 * 十问（二）例三: "在2026年12月缴2026年保费，仍有3个月等待期，则必须同时完成2027年缴费，才能顺利在2027年3月享受待遇。如果
 * 2027年不缴费，仍然不能享受待遇."
 */
function lateInYear(coverageYear: number, benefitStart: string, trace: WaitingTrace): void {
  if (benefitStart > `${coverageYear}-12-31`) {
    trace.step(
      '等待期跨入下一年度',
      `等待期到 ${cn(benefitStart)}才满，${coverageYear} 年度内不能享受待遇；须同时缴纳 ${coverageYear + 1} 年度保费，才能自 ${cn(benefitStart)}起享受待遇，不缴则仍不能享受`,
      { doc: DOC, section: '第三章 十问（二）例三' },
    );
  }
}

function newbornHint(c: ResidentWaitingCase, trace: WaitingTrace): void {
  if (!c.birthDate || yearOf(c.birthDate) !== c.coverageYear - 1) return;
  const windowDays = valueAt(newbornWindow, c.birthDate).value;
  const last = addDays(c.birthDate, windowDays);
  if (c.paymentDate <= last) {
    trace.note(`出生后 ${windowDays} 天内（${cn(last)}前）还可缴纳出生当年（${c.coverageYear - 1} 年度）保费，自出生之日起享受待遇，${c.coverageYear} 年度也就不算断保（七问、三问（一））`);
  }
}

function premiumFor(coverageYear: number, trace: WaitingTrace) {
  const v = valueAt(residentPremium, `${coverageYear}-01-01`);
  trace.use(v);
  return { value: figure(v.value), staleNote: v.staleNote };
}

/** A repair that cannot shorten the wait is refused rather than charged for: the person would pay for nothing. */
function rejectRepair(
  c: ResidentWaitingCase,
  most: number,
  floor?: { floorFromBreakYears: number; floorMonths: number },
  broken = 0,
): void {
  const asked = c.repairYears ?? 0;
  if (asked <= most) return;
  const floorText = floor
    ? `连续断保 ${broken} 年（${floor.floorFromBreakYears} 年及以上），修复后固定与变动等待期之和不得少于 ${floor.floorMonths} 个月`
    : '';
  const why =
    most === 0
      ? floor
        ? `${floorText}，已无可修复的月数`
        : '没有变动待遇等待期，无需修复'
      : `最多修复 ${most} 年${floor ? `（${floorText}）` : '（修复只减少变动待遇等待期）'}`;
  throw invalidField('修复年数', why, ['repairYears']);
}

function result(
  c: ResidentWaitingCase,
  trace: WaitingTrace,
  benefitStart: string,
  fixedMonths: number,
  variableMonths: number,
  repairedMonths: number,
  shorten: Shorten | null,
): WaitingResult {
  return {
    region: c.region,
    scheme: 'resident',
    benefitStart,
    waitingMonths: fixedMonths + variableMonths,
    fixedMonths,
    variableMonths,
    repairedMonths,
    steps: trace.steps,
    notes: trace.notes,
    shorten,
  };
}
