import Decimal from 'decimal.js';
import { RuleError, notCovered } from '../../../errors';
import { Trace } from '../../../explain';
import { ZERO, figure, max0, minOf, percent, toFen, yuan } from '../../../money';
import { valueAt } from '../../../params/param';
import { cite } from '../../../source';
import { yearOf } from '../../../dates';
import { capRemaining } from '../../../formulas/annual';
import { CATEGORY_NAMES, CAUSE_NAMES, SubsidyCase } from '../../../schemas/veteran';
import { inForce } from '../params/in-force';
import { eligibility } from '../params/eligibility';
import { gradeOneToSixSubsidy } from '../params/grade-one-to-six';
import { outpatientAllowance } from '../params/outpatient-allowance';
import { inpatientSubsidy } from '../params/inpatient-subsidy';
import { injuryRecurrence } from '../params/injury-recurrence';
import { applicationMonths } from '../params/application-months';
import { exclusions as exclusionList } from '../params/exclusions';
import { Exclusion } from '../../../veteran/result';
import { Outcome, flaggedExclusions, refuse } from '../../../veteran/claim';
import type { PersonOn, YearOutcome } from '../../../veteran/program';
import { yearNote } from '../../../veteran/notes';
import { nextApplicationMonth } from '../../../veteran/window';
import { DOC } from '../documents';

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** Every parameter module 阳城's rules read: hashed into each result. */
export const PARAMS = [
  inForce,
  eligibility,
  gradeOneToSixSubsidy,
  outpatientAllowance,
  inpatientSubsidy,
  injuryRecurrence,
  applicationMonths,
  exclusionList,
];

/** 阳城县优抚对象医疗保障实施细则 (000): one claim. */
export function claim(c: SubsidyCase, trace: Trace): Outcome {
  inForceOn(c.date);
  if (c.localRatio !== undefined) {
    throw new RuleError('INVALID_INPUT', '当地规定的补助比例：阳城县的补助比例由实施细则规定，请不要填写', 'localRatio');
  }
  const exclusions = exclusionsAt(c.date);
  const group = groupOf(c, trace);
  if (group === 'notCounted') return notCounted(c, trace, exclusions);
  const allowance = annualOutpatientAllowance(c, group, trace);
  const outcome = group === 'gradeOneToSix' ? gradeOneToSix(c, trace, exclusions) : otherVeteran(c, trace, exclusions);
  return { ...outcome, outpatientAllowance: allowance };
}

/**
 * The person's year without a claim: the figures a 县外 住院 would be read against (第四条（二）、（三）1, 第三条（二）,
 * 第六条), taken from the same rules as a claim.
 */
export function year(p: PersonOn, paid: Decimal, trace: Trace): YearOutcome {
  inForceOn(p.date);
  const group = groupOf(p, trace);
  if (group === 'notCounted') {
    const none = { annualCap: null, remainingCap: null, nextApplicationMonth: null };
    return { eligible: false, ratio: ZERO, outpatientAllowance: ZERO, source: cite(DOC, '第二条'), ...none };
  }
  const base = { eligible: true, outpatientAllowance: annualOutpatientAllowance(p, group, trace), nextApplicationMonth: nextWindow(p.date, trace) };
  if (group === 'gradeOneToSix') {
    const v = valueAt(gradeOneToSixSubsidy, p.date);
    return { ...base, ratio: figure(trace.use(v).ratio), annualCap: null, remainingCap: null, source: v.source };
  }
  const v = valueAt(inpatientSubsidy, p.date);
  const rule = trace.use(v);
  const cap = figure(rule.annualCap);
  return { ...base, ratio: figure(rule.ratio), annualCap: cap, remainingCap: capRemaining(cap, paid), source: v.source };
}

/**
 * 第十四条 "本办法自 2026 年 7 月 1 日起施行", replacing the 2016 试行办法, which is not collected: a date before is
 * refused with what applied then.
 */
function inForceOn(date: string): void {
  const first = inForce.dates[0];
  if (date < first) {
    const { replaces } = inForce.values[first].value;
    throw notCovered(
      `阳城县优抚对象医疗保障实施细则自 ${first} 起施行；${date} 适用的是此前的${replaces}，暂未收录`,
      'date',
    );
  }
}

function exclusionsAt(date: string): Exclusion[] {
  const v = valueAt(exclusionList, date);
  return v.value.map((e) => ({
    id: e.id as Exclusion['id'],
    text: e.text,
    source: cite(DOC, `第十一条${e.item}`),
  }));
}

type Group = 'gradeOneToSix' | 'other' | 'notCounted';

/**
 * 第二条: "退出现役的残疾军人(因战、因公、因病一至六级，因战、因公七至十级)"; "前款所列对象除一至六级残疾军人外，在本办法中
 * 简称其他优抚对象".
 */
function groupOf(c: PersonOn, trace: Trace): Group {
  const rule = trace.use(valueAt(eligibility, c.date));
  yearNote(trace, 'eligibility', `本细则所称优抚对象须${rule.conditions}（第二条）。`);
  const { category, disabilityGrade, cause } = c.veteran;
  if (category !== 'disabled') return 'other';
  const grade = disabilityGrade as number;
  if (grade <= rule.fullSubsidyMaxGrade) return 'gradeOneToSix';
  if (cause === undefined) {
    throw new RuleError(
      'INVALID_INPUT',
      '致残原因：七至十级残疾军人须填写致残原因（war 因战、duty 因公、illness 因病），阳城县只把因战、因公七至十级列为优抚对象',
      'veteran.cause',
    );
  }
  return rule.lowerGradeCauses.includes(cause) ? 'other' : 'notCounted';
}

function notCounted(c: SubsidyCase, trace: Trace, exclusions: Exclusion[]): Outcome {
  const grade = c.veteran.disabilityGrade as number;
  const cause = CAUSE_NAMES[c.veteran.cause as keyof typeof CAUSE_NAMES];
  trace.step(
    'veteranSubsidy',
    ZERO,
    `第二条只把因战、因公致残的七至十级残疾军人列为优抚对象；${cause}${grade}级残疾军人不在本细则范围内，补助 0 元`,
    cite(DOC, '第二条'),
  );
  yearNote(trace, 'eligibility', '不属于本细则所称优抚对象：本细则的资助参保、定额门诊补助和住院医疗补助都不适用。');
  return {
    eligible: false,
    subsidy: ZERO,
    ratio: ZERO,
    annualCap: null,
    remainingCap: null,
    outpatientAllowance: ZERO,
    nextApplicationMonth: null,
    oneStop: false,
    exclusions,
  };
}

/**
 * 第四条（二）: "补助标准为在乡复员军人每人每年 800 元，其他优抚对象每人每年 600 元。定额门诊补助每年第一季度由县退役
 * 军人事务局按照标准通过社会化打卡发放。" One year's allowance is read at the end of its paying quarter: the 2026
 * allowance was paid before the 细则 took effect (2026-07-01), under the 办法 it replaced, so it is not collected
 * (null). 一至六级 are not 其他优抚对象 and have no allowance ("0.00"): their outpatient self-pay is subsidised in full.
 */
function annualOutpatientAllowance(c: PersonOn, group: Group, trace: Trace): Decimal | null {
  if (group !== 'other') return ZERO;
  const allowanceYear = yearOf(c.date);
  const endOfFirstQuarter = `${allowanceYear}-03-31`;
  if (endOfFirstQuarter < outpatientAllowance.dates[0]) {
    yearNote(
      trace,
      'allowance',
      `${allowanceYear} 年的定额门诊补助在第一季度发放，早于本细则施行（${inForce.dates[0]}），按此前的办法发放，标准暂未收录；` +
        `本细则的标准从 ${allowanceYear + 1} 年第一季度起发放。`,
    );
    return null;
  }
  const rule = trace.use(valueAt(outpatientAllowance, endOfFirstQuarter));
  const isDemobilized = c.veteran.category === 'demobilized-rural';
  const amount = figure(isDemobilized ? rule.demobilizedRural : rule.otherVeterans);
  yearNote(
    trace,
    'allowance',
    `定额门诊补助：${isDemobilized ? '在乡复员军人' : '其他优抚对象'}每人每年 ${yuan(amount)}，${allowanceYear} 年第${QUARTER_NAMES[rule.paidInQuarter - 1]}季度由县退役军人事务局通过社会化打卡发放；享受后不再进行门诊医疗补助（第四条（二））。`,
  );
  return amount;
}

/**
 * 第三条（二）: 门诊 "经基本医疗保险、大额医疗保险报销后的个人自付部分给予全额补助(个人医保账户支付费用和未经基本医疗保险
 * 报销的票据不纳入医疗补助范围)"; 住院 "经基本医疗保险、大病保险报销后的部分给予全额补助(空调费、取暖费、陪床费、超标准
 * 床位费、其他特需服务、预防保健和个人医保账户支付费用不纳入补助范围)".
 */
function gradeOneToSix(c: SubsidyCase, trace: Trace, exclusions: Exclusion[]): Omit<Outcome, 'outpatientAllowance'> {
  const ruleValue = valueAt(gradeOneToSixSubsidy, c.date);
  const rule = trace.use(ruleValue);
  const inpatient = c.care === 'inpatient';
  yearNote(
    trace,
    'enrolment',
    '一至六级残疾军人参加城镇职工基本医疗保险及大病保险；所在单位无力参保和无工作单位（含在乡）的，由县退役军人事务局办理参保，以阳城县上一年度在岗职工平均工资为缴费基数，个人和集体部分由县财政安排资金（第三条（一））。',
  );
  trace.note(`以下费用不纳入补助范围：${inpatient ? rule.inpatientExcluded : rule.outpatientExcluded}（第三条（二））。`);
  const { oneStop, window } = settlementRoute(c, trace);
  const base = { eligible: true, annualCap: null, remainingCap: null, oneStop, nextApplicationMonth: window, exclusions };
  const flagged = flaggedExclusions(c, exclusions);
  if (flagged.length > 0) return { ...base, subsidy: refuse(trace, flagged), ratio: ZERO };

  if (c.settlement.injuryRecurrence) {
    trace.note('第四条（三）2 的旧伤复发规定只针对七至十级残疾军人；一至六级的旧伤复发费用同样按第三条全额补助计算。');
    if (c.settlement.workInjuryInsurancePays || c.settlement.employerPays) {
      trace.note('工伤保险基金或用人单位应支付的部分属于“其他赔付责任人应予以支付的医疗费用”，不在补助范围内（第十一条（三））：填写的合规个人自付应是扣除这部分之后的金额。');
    }
  }
  const ratio = figure(rule.ratio);
  const selfPay = figure(c.settlement.inScopeSelfPay);
  const account = figure(c.settlement.personalAccountPaid ?? '0');
  const subsidised = max0(selfPay.minus(account));
  const amount = toFen(subsidised.times(ratio));
  const what = inpatient ? '住院费用经基本医疗保险、大病保险报销后' : '门诊费用经基本医疗保险、大额医疗保险报销后';
  let text = `一至六级残疾军人${what}的个人自付 ${yuan(selfPay)}`;
  if (!account.isZero()) text += ` − 个人医保账户支付 ${yuan(account)} = ${yuan(subsidised)}`;
  text += `，全额补助 ${yuan(amount)}`;
  trace.step('veteranSubsidy', amount, text, ruleValue.source);
  outOfScopeNote(c, trace);
  if (!inpatient) trace.note('一至六级残疾军人的门诊医疗补助由县医疗保障局和县退役军人事务局审核拨付（第三条（二）1），细则未规定办理月份。');
  return { ...base, subsidy: amount, ratio };
}

/**
 * 第四条 "其他优抚对象医疗补助方式包括：资助参保、定额门诊补助和住院医疗补助"; 门诊 after the allowance: "享受门诊医疗
 * 费用定额补助后，县退役军人事务局不再进行门诊医疗补助".
 */
function otherVeteran(c: SubsidyCase, trace: Trace, exclusions: Exclusion[]): Omit<Outcome, 'outpatientAllowance'> {
  yearNote(
    trace,
    'enrolment',
    '资助参保：与用人单位建立劳动关系的参加城镇职工基本医疗保险，由用人单位缴费；未建立劳动关系的参加城乡居民医疗保险，由县医疗保障局通过医疗救助基金等按当年度城乡居民医保缴费标准资助参保缴费（第四条（一））。',
  );
  if (c.settlement.injuryRecurrence && c.veteran.category !== 'disabled') {
    throw new RuleError('INVALID_INPUT', '是否旧伤复发：旧伤复发只适用于残疾军人', 'settlement.injuryRecurrence');
  }
  if (c.care === 'outpatient') {
    trace.step(
      'veteranSubsidy',
      ZERO,
      `${CATEGORY_NAMES[c.veteran.category]}享受定额门诊补助后，县退役军人事务局不再进行门诊医疗补助：本次门诊补助 0 元`,
      cite(DOC, '第四条（二）'),
    );
    return { eligible: true, subsidy: ZERO, ratio: ZERO, annualCap: null, remainingCap: null, oneStop: false, nextApplicationMonth: null, exclusions };
  }
  return c.settlement.injuryRecurrence ? injuryRecurrenceClaim(c, trace, exclusions) : inpatientClaim(c, trace, exclusions);
}

/**
 * 第四条（三）1: "住院费用通过城乡居民基本医疗保险、大病保险、医疗救助等报销后合规部分……补助比例为 95%，年最高限额
 * 3 万元". The cap is shared by the 一站式 and 非一站式 claims of the calendar year.
 */
function inpatientClaim(c: SubsidyCase, trace: Trace, exclusions: Exclusion[]): Omit<Outcome, 'outpatientAllowance'> {
  const ruleValue = valueAt(inpatientSubsidy, c.date);
  const rule = trace.use(ruleValue);
  const cap = figure(rule.annualCap);
  const paidBefore = figure(c.yearToDate?.subsidyPaid ?? '0');
  const left = capRemaining(cap, paidBefore);
  const { oneStop, window } = settlementRoute(c, trace);
  const base = { eligible: true, annualCap: cap, oneStop, nextApplicationMonth: window, exclusions };
  const flagged = flaggedExclusions(c, exclusions);
  if (flagged.length > 0) return { ...base, subsidy: refuse(trace, flagged), ratio: ZERO, remainingCap: left };

  const ratio = figure(rule.ratio);
  const selfPay = figure(c.settlement.inScopeSelfPay);
  const due = selfPay.times(ratio);
  const amount = toFen(minOf(due, left));
  let text = `住院费用经医保、大病保险、医疗救助报销后的合规部分 ${yuan(selfPay)} × ${percent(ratio)} = ${yuan(due)}`;
  if (due.greaterThan(left)) {
    text += `；年最高限额 ${yuan(cap)}，本年已补助 ${yuan(paidBefore)}，仅余 ${yuan(left)}，补助 ${yuan(amount)}`;
  }
  trace.step('veteranSubsidy', amount, text, ruleValue.source);
  outOfScopeNote(c, trace);
  return { ...base, subsidy: amount, ratio, remainingCap: capRemaining(left, amount) };
}

/**
 * 第四条（三）2: "已经参加工伤保险的，由工伤保险基金支付；未参加工伤保险的，由用人单位按照工伤保险标准予以解决。无用人单位
 * 或者所在单位无力支付的，由县退役军人事务局从优抚对象医疗补助资金中按 80% 给予补助。" No cap is written for it.
 */
function injuryRecurrenceClaim(c: SubsidyCase, trace: Trace, exclusions: Exclusion[]): Omit<Outcome, 'outpatientAllowance'> {
  const ruleValue = valueAt(injuryRecurrence, c.date);
  const rule = trace.use(ruleValue);
  const grade = c.veteran.disabilityGrade as number;
  if (grade < rule.minGrade || grade > rule.maxGrade) {
    throw new RuleError('INVALID_INPUT', '是否旧伤复发：阳城县的旧伤复发补助只针对七至十级残疾军人', 'settlement.injuryRecurrence');
  }
  const { oneStop, window } = settlementRoute(c, trace);
  const base = { eligible: true, annualCap: null, remainingCap: null, oneStop, nextApplicationMonth: window, exclusions };
  if (c.settlement.workInjuryInsurancePays) {
    trace.step('veteranSubsidy', ZERO, '七至十级残疾军人旧伤复发，已经参加工伤保险：医疗费用由工伤保险基金支付，优抚医疗补助 0 元', ruleValue.source);
    return { ...base, subsidy: ZERO, ratio: ZERO, oneStop: false, nextApplicationMonth: null };
  }
  if (c.settlement.employerPays) {
    trace.step('veteranSubsidy', ZERO, '七至十级残疾军人旧伤复发，未参加工伤保险：由用人单位按照工伤保险标准予以解决，优抚医疗补助 0 元', ruleValue.source);
    return { ...base, subsidy: ZERO, ratio: ZERO, oneStop: false, nextApplicationMonth: null };
  }
  const flagged = flaggedExclusions(c, exclusions);
  if (flagged.length > 0) return { ...base, subsidy: refuse(trace, flagged), ratio: ZERO };
  const ratio = figure(rule.ratio);
  const selfPay = figure(c.settlement.inScopeSelfPay);
  const amount = toFen(selfPay.times(ratio));
  trace.step(
    'veteranSubsidy',
    amount,
    `七至十级残疾军人旧伤复发，无用人单位或单位无力支付：医保报销后的合规部分 ${yuan(selfPay)} × ${percent(ratio)} = ${yuan(amount)}`,
    ruleValue.source,
  );
  trace.note('旧伤复发补助（第四条（三）2）未写年度限额，不占用住院医疗补助每年 3 万元的限额。');
  outOfScopeNote(c, trace);
  return { ...base, subsidy: amount, ratio };
}

/**
 * 第五条 "优抚对象住院结算时，向定点医院……提出医疗补助申请" (一站式, in the county: 第四条（三）1 "县内住院的按照“一站式”
 * 即时结算"); 第六条 "在县外就医住院优抚对象医疗补助办理时间为每年7月和12月" (非一站式). Both articles speak of 优抚对象
 * in general, so they are read as applying to 一至六级 too. 门诊 claims have neither.
 */
function settlementRoute(c: SubsidyCase, trace: Trace): { oneStop: boolean; window: string | null } {
  if (c.care !== 'inpatient') return { oneStop: false, window: null };
  if (c.hospital.inCounty) {
    trace.note('县内住院按“一站式”即时结算：出院结算时向定点医院医保结算窗口提出申请，带上乡（镇）退役军人服务站出具的《医疗救助通知单》《医疗救助记录卡》（第五条）。');
    return { oneStop: true, window: null };
  }
  const window = nextWindow(c.date, trace);
  yearNote(
    trace,
    'window',
    `县外住院按“非一站式”办理：每年 7 月和 12 月，凭医疗机构医保结算单原件（或加盖医疗机构印章的复印件）到所在乡（镇）退役军人服务站登记，填写《医疗补助审批表》；下一次办理时间 ${window.slice(0, 4)} 年 ${Number(window.slice(5))} 月（第六条）。`,
  );
  return { oneStop: false, window };
}

/** 第六条: the next 非一站式 application month on or after the date. */
function nextWindow(date: string, trace: Trace): string {
  return nextApplicationMonth(date, trace.use(valueAt(applicationMonths, date)));
}

function outOfScopeNote(c: SubsidyCase, trace: Trace): void {
  const outOfScope = c.settlement.outOfScope;
  if (outOfScope !== undefined && !figure(outOfScope).isZero()) {
    trace.note(`目录外费用 ${yuan(figure(outOfScope))} 未经基本医疗保险报销，不在医疗补助范围内（第十一条（五）），由个人负担。`);
  }
}
