import Decimal from 'decimal.js';
import { figure, minOf, yuan, fen } from '../../../money';
import { valueAt } from '../../../params/param';
import { employeeMaternity, residentMaternity } from '../params/maternity';
import { residentFundCap, employeeFundCaps } from '../params/fund-caps';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { MaternityVisit } from '../../../schemas/estimate';

/**
 * 生育 (居民 004 第三章 十四问; 职工 第二章 二十八问): 生育医疗费 "实行限额支付……不足限额支付标准的据实支付",
 * inside the annual fund cap that includes 生育 (第三章 十六问, 第二章 三十七问); 产前检查费 is a fixed allowance paid
 * to the mother, outside the bill. "终止妊娠有存活婴儿的……按生育标准执行".
 */
export function maternity(ctx: ChainContext, visit: MaternityVisit): void {
  const { trace } = ctx;
  const resident = ctx.c.scheme === 'resident';
  const limitsValue = valueAt(resident ? residentMaternity : employeeMaternity, ctx.date);
  const limits = trace.use(limitsValue);
  const asDelivery = visit.event === 'delivery' || visit.liveBirth;

  let limit: Decimal;
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
