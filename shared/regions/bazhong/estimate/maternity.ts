import { figure, max0, minOf, yuan, fen, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { employeeMaternity, employeeSpouseTopUp, residentMaternity, MaternityLimits } from '../params/maternity';
import { residentFundCap, employeeFundCaps } from '../params/fund-caps';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { MaternityVisit } from '../../../schemas/estimate';

/**
 * 生育 (居民 004 第三章 十四问; 职工 第二章 二十八问): 生育医疗费 "实行限额支付……不足限额支付标准的据实支付",
 * inside the annual fund cap that includes 生育 (第三章 十六问, 第二章 三十七问); 产前检查费 is a fixed allowance paid
 * to the mother, outside the bill. "终止妊娠有存活婴儿的……按生育标准执行". A resident mother whose spouse is an
 * insured employee (`visit.spouseOfEmployee`) also gets the 职工配偶 top-ups of 第二章 九问 (spouseTopUp below).
 */
export function maternity(ctx: ChainContext, visit: MaternityVisit): void {
  const { trace } = ctx;
  const resident = ctx.c.scheme === 'resident';
  const limitsValue = valueAt(resident ? residentMaternity : employeeMaternity, ctx.date);
  const limits = trace.use(limitsValue);
  const asDelivery = visit.event === 'delivery' || visit.liveBirth;
  const { limit, what } = limitOf(limits, visit, asDelivery);

  const cap = figure(resident ? trace.use(valueAt(residentFundCap, ctx.date)) : trace.use(valueAt(employeeFundCaps, ctx.date)).basic);
  const capLeft = capRemaining(cap, ctx.ytd.basicPaid);
  const due = minOf(ctx.inScope, limit);
  let text = `生育医疗费限额：${what}，合计 ${yuan(limit)}；政策范围内费用 ${yuan(ctx.inScope)}${ctx.inScope.lessThan(limit) ? '不足限额，据实支付' : '，按限额支付'} ${yuan(due)}`;
  if (due.greaterThan(capLeft)) text += `；年度统筹限额仅余 ${yuan(capLeft)}`;
  const paid = ctx.pay('basic', minOf(due, capLeft), text, limitsValue.source, resident ? '城乡居民医保（生育医疗费）' : '职工生育保险');
  ctx.accumulate('basicPaid', paid);

  const prenatal = prenatalCheck(limits.prenatalCheck, asDelivery, visit.gestationWeeks);
  if (prenatal) {
    ctx.allowances.push({
      name: '产前检查费',
      amount: fen(figure(prenatal.amount)),
      formula: `${prenatal.why}定额补助 ${yuan(prenatal.amount)}，${resident ? '产妇出院后通过四川医保 APP“产前检查费申领”申报' : '持出生医学证明书或生育医疗费用报销凭据、身份证、社保卡向参保地医保经办机构申报'}，直接拨付给产妇`,
      source: limitsValue.source,
    });
  }
  if (resident) spouseTopUp(ctx, visit, asDelivery, paid, prenatal);
  else if (visit.spouseOfEmployee) {
    trace.note('本人参加职工医保，按职工生育保险待遇结算；职工配偶的生育医疗费用补差和产前检查费补差（第二章 九问）适用于参加城乡居民医保的配偶，本次不适用。');
  }
  if (!resident) {
    trace.note(
      '生育津贴按用人单位上年度职工月平均工资（“两类人员”按本人上年度月平均缴费基数）计发，计发天数与参保职工一致；手册未给出日标准和天数，本估算不含生育津贴（第二章 二十八问（四））。',
    );
  }
}

function prenatalCheck(
  rule: { delivery: string; termination: { fromWeeks: number; amount: string }[] },
  asDelivery: boolean,
  weeks: number | undefined,
): { amount: string; why: string } | null {
  if (asDelivery) return { amount: rule.delivery, why: '生育' };
  const band = rule.termination.find((b) => (weeks ?? 0) >= b.fromWeeks);
  return band ? { amount: band.amount, why: `孕 ${weeks} 周终止妊娠` } : null;
}

/** The 生育医疗费 limit of one scheme's table for this event, and how it was reached in words. */
function limitOf(limits: MaternityLimits, visit: MaternityVisit, asDelivery: boolean): { limit: Amount; what: string } {
  let limit: Amount;
  let what: string;
  if (asDelivery) {
    const base = figure(visit.difficult ? limits.delivery.difficult : limits.delivery.normal);
    const extra = figure(limits.delivery.perExtraBaby).times(visit.babies - 1);
    limit = base.plus(extra);
    what = `${visit.event === 'termination' ? '终止妊娠有存活婴儿，按生育标准：' : ''}${visit.difficult ? '难产（含剖宫产）' : '顺产'} ${yuan(base)}`;
    if (visit.babies > 1) what += ` + 多胞胎每多一个婴儿 ${yuan(limits.delivery.perExtraBaby)} × ${visit.babies - 1}`;
  } else {
    const weeks = visit.gestationWeeks ?? 0;
    if (weeks >= 16) {
      limit = figure(limits.termination.over16Weeks);
      what = `怀孕满 4 个月（孕 16 周）以上终止妊娠 ${yuan(limit)}`;
      if (visit.caesarean) {
        limit = limit.plus(limits.termination.caesareanExtra);
        what += ` + 施行剖宫术 ${yuan(limits.termination.caesareanExtra)}`;
      }
    } else {
      limit = figure(limits.termination.under16Weeks);
      what = `怀孕不满 4 个月（孕 16 周）终止妊娠 ${yuan(limit)}`;
    }
  }
  return { limit, what };
}

/**
 * 职工配偶 (第二章 九问): a resident-insured mother whose spouse is in the 职工基本医疗保险 gets from the employee's
 * 生育医疗保险 "生育医疗费用补差。按职工生育医疗报销标准减去城乡居民基本医疗保险报销的生育费用" and "产前检查费补差。按职工
 * 产前检查费补助标准减去城乡居民产前检查费补助标准". The 职工 standard is 二十八问's, applied to the same bill (limit,
 * or the actual in-scope cost below it); the medical top-up is paid as `basic` under the employee fund's name and
 * is not the resident fund's, so it does not move the resident's year-to-date 统筹 figure.
 */
function spouseTopUp(
  ctx: ChainContext,
  visit: MaternityVisit,
  asDelivery: boolean,
  residentPaid: Amount,
  residentPrenatal: { amount: string; why: string } | null,
): void {
  const { trace } = ctx;
  if (visit.spouseOfEmployee === undefined) {
    trace.note(
      '未填写产妇的配偶是否参加职工基本医疗保险：按不享受职工配偶补差估算；配偶参加职工医保的，另有生育医疗费用补差和产前检查费补差（第二章 九问）。',
    );
    return;
  }
  if (!visit.spouseOfEmployee) return;

  const ruleValue = valueAt(employeeSpouseTopUp, ctx.date);
  trace.use(ruleValue);
  const employeeValue = valueAt(employeeMaternity, ctx.date);
  const employee = trace.use(employeeValue);
  const { limit, what } = limitOf(employee, visit, asDelivery);
  const employeeDue = minOf(ctx.inScope, limit);
  const topUp = max0(employeeDue.minus(residentPaid));
  const standard = `职工生育医疗报销标准（第二章 二十八问：${what}，合计 ${yuan(limit)}；政策范围内费用 ${yuan(ctx.inScope)}${
    ctx.inScope.lessThan(limit) ? '不足限额，据实' : '，按限额'
  } ${yuan(employeeDue)}）`;
  const text = `生育医疗费用补差 = ${standard} − 城乡居民医保已报销 ${yuan(residentPaid)} = ${yuan(topUp)}${topUp.isZero() ? '，无需补差' : ''}`;
  ctx.pay('basic', topUp, text, ruleValue.source, '职工生育保险（配偶生育医疗费用补差）');

  const employeePrenatal = prenatalCheck(employee.prenatalCheck, asDelivery, visit.gestationWeeks);
  const employeeAmount = figure(employeePrenatal?.amount ?? '0');
  const residentAmount = figure(residentPrenatal?.amount ?? '0');
  const prenatalTopUp = max0(employeeAmount.minus(residentAmount));
  const residentWords = residentPrenatal
    ? `城乡居民产前检查费补助标准 ${yuan(residentAmount)}`
    : '城乡居民产前检查费补助标准 0.00 元（不满 7 个月终止妊娠，第三章 十四问未给产前检查费）';
  const prenatalText = `产前检查费补差 = 职工产前检查费补助标准 ${yuan(employeeAmount)}（${employeePrenatal?.why ?? '无'}，第二章 二十八问） − ${residentWords} = ${yuan(prenatalTopUp)}`;
  if (prenatalTopUp.isZero()) {
    trace.note(`${prenatalText}，无需补差（第二章 九问）。`);
  } else {
    ctx.allowances.push({ name: '产前检查费补差', amount: fen(prenatalTopUp), formula: prenatalText, source: ruleValue.source });
  }
  trace.note(
    '职工配偶补差（第二章 九问）按配偶已参加职工基本医疗保险并能享受生育医疗保险待遇估算；手册未写明补差如何申领（是否在医院直接结算），请向配偶参保地医保经办机构确认。',
  );
}
