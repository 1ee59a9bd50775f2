import Decimal from 'decimal.js';
import { RuleError, notCovered } from '../../../errors';
import { Trace } from '../../../explain';
import { ZERO, figure, percent, toFen, yuan } from '../../../money';
import { valueAt } from '../../../params/param';
import { cite } from '../../../source';
import { SubsidyCase } from '../../../schemas/veteran';
import { inForce } from '../params/in-force';
import { inpatientRatio } from '../params/inpatient-ratio';
import { exclusions as exclusionList } from '../params/exclusions';
import { militaryHospitalWaiver, publicHospitalDiscounts, specialCareHospitalWaiver } from '../params/fee-discounts';
import { Exclusion } from '../../../veteran/result';
import { Outcome, flaggedExclusions, refuse } from '../../../veteran/claim';
import type { PersonOn, YearOutcome } from '../../../veteran/program';
import { yearNote } from '../../../veteran/notes';
import { DOC } from '../documents';

/** Every parameter module 广西's rules read: hashed into each result. */
export const PARAMS = [inForce, inpatientRatio, exclusionList, publicHospitalDiscounts, militaryHospitalWaiver, specialCareHospitalWaiver];

/** 广西壮族自治区残疾退役军人医疗保障实施办法 (001): one 住院 claim of a disabled veteran. */
export function claim(c: SubsidyCase, trace: Trace): Outcome {
  guangxiInForceOn(c.date);
  coveredPerson(c);
  if (c.care === 'outpatient') {
    throw notCovered(
      '广西残疾退役军人的门诊费用享受定额门诊补助，具体标准和办法由各地规定（第十二条），暂未收录',
      'care',
    );
  }
  const exclusions = exclusionsAt(c.date);
  trace.note('残疾退役军人按规定在户籍所在地享受优抚对象医疗补助（第十一条）。');
  yearNote(trace, 'allowance', '门诊费用享受定额门诊补助，具体标准由各地规定（第十二条），暂未收录。');
  trace.note(
    '广西的实施办法要求各地推进优抚医疗补助“一站式”结算（第二十五条），未规定办理月份：能否在医院直接结算、何时申请，请询问户籍所在地退役军人事务部门。',
  );
  const base = { eligible: true, annualCap: null, remainingCap: null, outpatientAllowance: null, oneStop: false, nextApplicationMonth: null, exclusions };
  if (c.settlement.injuryRecurrence) {
    const routed = injuryRecurrenceRoute(c, trace);
    return { ...base, subsidy: routed, ratio: ZERO };
  }
  const ratio = ratioFor(c, trace);
  const flagged = flaggedExclusions(c, exclusions);
  if (flagged.length > 0) return { ...base, subsidy: refuse(trace, flagged), ratio: ZERO };
  const amount = inpatientSubsidy(c, ratio, trace);
  return { ...base, subsidy: amount, ratio };
}

/**
 * The person's year without a claim: 第十三条's minimum ratio for the grade; the 办法 sets no cap, leaves the 定额门诊
 * 补助 to 各地 (第十二条) and names no application months.
 */
export function year(p: PersonOn, _paid: Decimal, trace: Trace): YearOutcome {
  guangxiInForceOn(p.date);
  coveredPerson(p);
  const ratio = ratioFor(p, trace);
  const none = { annualCap: null, remainingCap: null, outpatientAllowance: null, nextApplicationMonth: null };
  return { eligible: true, ratio, source: cite(DOC, '第十三条'), ...none };
}

/** 第二条: the 办法 covers 残疾退役军人 only. */
function coveredPerson(p: PersonOn): void {
  if (p.veteran.category !== 'disabled') {
    throw notCovered(
      '广西的实施办法只适用于残疾退役军人（第二条）；其他优抚对象在广西的医疗补助暂未收录',
      'veteran.category',
    );
  }
}

/** 第三十五条 "本办法自印发之日起施行" (2023-12-29); the 2007 办法 it replaced is not collected. */
export function guangxiInForceOn(date: string): void {
  const first = inForce.dates[0];
  if (date < first) {
    const { replaces } = inForce.values[first].value;
    throw notCovered(`广西残疾退役军人医疗保障实施办法自 ${first} 起施行；${date} 适用的是此前的${replaces}，暂未收录`, 'date');
  }
}

function exclusionsAt(date: string): Exclusion[] {
  return valueAt(exclusionList, date).value.map((e) => ({
    id: e.id as Exclusion['id'],
    text: e.text,
    source: cite(DOC, e.section),
  }));
}

/**
 * 第十三条: "其中一级至四级残疾退役军人给予全额补助，五级至六级残疾退役军人补助比例不低于 80%，七级至十级残疾退役军人
 * 补助比例不低于 60%。各地根据以上补助标准，结合本地实际，研究制定具体补助办法。" The minimum applies unless the
 * 市/县's own 办法 sets more (`localRatio`, which may not be below the minimum).
 */
function ratioFor(c: PersonOn & { localRatio?: string }, trace: Trace): Decimal {
  const grade = c.veteran.disabilityGrade as number;
  const brackets = trace.use(valueAt(inpatientRatio, c.date));
  const bracket = brackets.find((b) => grade >= b.fromGrade && grade <= b.toGrade);
  if (!bracket) throw notCovered(`残疾等级 ${grade} 级不在第十三条的分档内，暂未收录`, 'veteran.disabilityGrade');
  const minimum = figure(bracket.minRatio);
  const band = bracket.fromGrade === bracket.toGrade ? `${bracket.fromGrade}级` : `${bracket.fromGrade}至${bracket.toGrade}级`;
  if (c.localRatio === undefined) {
    if (minimum.lessThan(1)) {
      trace.note(`${band}残疾退役军人的补助比例“不低于 ${percent(minimum)}”：按最低比例估算；当地规定更高时，填写当地比例重新估算（第十三条）。`);
    }
    return minimum;
  }
  const local = figure(c.localRatio);
  if (local.lessThan(minimum)) {
    throw new RuleError(
      'INVALID_INPUT',
      `当地规定的补助比例：${band}残疾退役军人的补助比例不低于 ${percent(minimum)}（第十三条），填写的 ${percent(local)} 低于这个比例`,
      'localRatio',
    );
  }
  trace.note(`按当地规定的补助比例 ${percent(local)} 计算（第十三条最低 ${percent(minimum)}）。`);
  return local;
}

/**
 * 第十三条: "经职工基本医疗保险、城乡居民基本医疗保险……以及医疗救助后，个人负担中符合基本医疗保险规定范围内的医疗费用，
 * 由户籍所在地退役军人事务部门从优抚对象医疗补助资金中予以补助". No annual cap is set.
 */
function inpatientSubsidy(c: SubsidyCase, ratio: Decimal, trace: Trace): Decimal {
  const grade = c.veteran.disabilityGrade as number;
  const selfPay = figure(c.settlement.inScopeSelfPay);
  const amount = toFen(selfPay.times(ratio));
  const how = ratio.equals(1) ? '全额补助' : `× ${percent(ratio)}`;
  trace.step(
    'veteranSubsidy',
    amount,
    `${grade}级残疾退役军人住院：各项医保、大病保险、医疗救助报销后，个人负担中符合基本医疗保险范围的费用 ${yuan(selfPay)} ${how} = ${yuan(amount)}`,
    cite(DOC, '第十三条'),
  );
  const outOfScope = c.settlement.outOfScope;
  if (outOfScope !== undefined && !figure(outOfScope).isZero()) {
    trace.note(`超出医保目录的费用 ${yuan(figure(outOfScope))} 由个人承担，医疗机构应事先征得本人或家属同意（第十五条），不享受医疗补助（第十六条）。`);
  }
  return amount;
}

/**
 * 第二十四条: "因战因公致残的残疾退役军人旧伤复发的医疗费用，参加工伤保险并依法认定为工伤的，按照《工伤保险条例》的有关
 * 规定解决。未参加工伤保险但……有工作的由工作单位解决；所在单位无力支付和无工作单位的，由残疾退役军人户籍所在地退役军人
 * 事务部门从优抚对象医疗补助资金中解决。" The last route sets no ratio, so its amount is refused, not guessed.
 */
function injuryRecurrenceRoute(c: SubsidyCase, trace: Trace): Decimal {
  const { cause } = c.veteran;
  if (cause === undefined) {
    throw new RuleError('INVALID_INPUT', '致残原因：旧伤复发须填写致残原因（war 因战、duty 因公、illness 因病）', 'veteran.cause');
  }
  if (cause === 'illness') {
    throw new RuleError(
      'INVALID_INPUT',
      '是否旧伤复发：旧伤复发的规定只适用于因战、因公致残的残疾退役军人（第二十三条、第二十四条）；因病致残的按普通住院填写',
      'settlement.injuryRecurrence',
    );
  }
  const source = cite(DOC, '第二十四条');
  trace.note(
    '旧伤复发须先向户籍所在地县级退役军人事务部门申请，由设区的市级退役军人事务部门组织专家确认并出具旧伤复发医学鉴定意见；有工作单位的据此申请工伤认定，无工作单位的申请优抚对象医疗补助（第二十三条）。',
  );
  if (c.settlement.workInjuryInsurancePays) {
    trace.step('veteranSubsidy', ZERO, '旧伤复发，已参加工伤保险并认定为工伤：按《工伤保险条例》由工伤保险解决，优抚医疗补助 0 元', source);
    return ZERO;
  }
  if (c.settlement.employerPays) {
    trace.step('veteranSubsidy', ZERO, '旧伤复发，未参加工伤保险、有工作单位：符合工伤保险目录和标准的费用由工作单位解决，优抚医疗补助 0 元', source);
    return ZERO;
  }
  throw notCovered(
    '旧伤复发、无工作单位或单位无力支付：符合工伤保险诊疗项目目录、药品目录和住院服务标准的费用，由户籍所在地退役军人事务部门从优抚对象医疗补助资金中解决（第二十四条）；办法没有规定比例，补助金额暂未收录，请向当地退役军人事务部门申请',
    'settlement.injuryRecurrence',
  );
}
