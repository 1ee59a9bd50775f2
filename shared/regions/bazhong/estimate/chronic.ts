import { figure, minOf, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { chronicRatio } from '../params/chronic-special';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { ChronicVisit } from '../../../schemas/estimate';
import { notCovered } from '../../../errors';
import { catalogue } from '../catalogue';
import { chronicLimits } from '../params/chronic-limits';
import { civilServantChronic } from '../params/civil-servant';
import { routine, tilted } from './assistance';

/**
 * 门诊慢性病 (004 第四章 三问): 90% within the disease's annual limit; "患有两种及以上门诊慢性病的人员……只按其中限额
 * 标准最高的一种结算". The handbook's 一类门特 (第二章 三十三问) is read as 门诊慢性病 and 二类门特 as 门诊特殊疾病.
 */
export function chronic(ctx: ChainContext, visit: ChronicVisit): void {
  const { trace } = ctx;
  const scheme = ctx.c.scheme;
  const codes = [visit.diseaseCode, ...visit.otherDiseaseCodes];
  // The limits in force on the bill's date; read through the trace so a limit past its documented year says so.
  trace.use(valueAt(chronicLimits, ctx.date));
  const limits = codes.map((code) => {
    const found = catalogue.findDisease(code);
    if (!found || found.disease.kind !== 'chronic') throw notCovered(`病种编码 ${code} 不在巴中门诊慢性病目录中`, 'visit.diseaseCode');
    const limit = catalogue.chronicLimit(code, scheme, ctx.date);
    // A parent code whose sub-types' limits differ (其他精神类疾病) has no limit of its own: ask for the sub-type.
    if (limit === null && !found.subtype && found.disease.subtypes) {
      const examples = found.disease.subtypes.slice(0, 2).map((s) => `${s.code} ${s.name}`).join('、');
      throw notCovered(`${found.disease.name}（${code}）各亚类病种限额不同，请填写认定的亚类病种编码，如 ${examples}`, 'visit.diseaseCode');
    }
    return { code, name: found.subtype?.name ?? found.disease.name, limit };
  });
  const payable = limits.filter((l) => l.limit !== null) as { code: string; name: string; limit: string }[];
  if (payable.length === 0) {
    throw notCovered(`${limits[0].name}在${scheme === 'employee' ? '职工' : '城乡居民'}医保中未列年度支付限额，暂未收录`, 'visit.diseaseCode');
  }
  const highest = payable.reduce((a, b) => (figure(b.limit).greaterThan(a.limit) ? b : a));
  const limit = figure(highest.limit);
  const ratioValue = valueAt(chronicRatio, ctx.date);
  const ratio = figure(trace.use(ratioValue));
  const left = capRemaining(limit, ctx.ytd.chronicPaid);
  const amount = ctx.inScope.times(ratio);
  let text = `门诊慢性病（${highest.name} ${highest.code}）：政策范围内费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}，年度限额 ${yuan(limit)}`;
  if (payable.length > 1) text += '（多种慢病按限额最高的一种结算）';
  if (amount.greaterThan(left)) text += `，本年已支付 ${yuan(ctx.ytd.chronicPaid)}，仅余 ${yuan(left)}`;
  const paid = ctx.pay('basic', minOf(amount, left), text, ratioValue.source);
  ctx.accumulate('chronicPaid', paid);

  if (scheme === 'employee' && ctx.c.person.civilServant) {
    const capValue = valueAt(civilServantChronic, ctx.date);
    const cap = figure(trace.use(capValue).annualLimit);
    const capLeft = capRemaining(cap, ctx.ytd.chronicCivilServantPaid);
    const base = ctx.remaining();
    let words = `一类门特（门诊慢性病）统筹支付后剩余 ${yuan(base)} 纳入公务员医疗补助`;
    if (base.greaterThan(capLeft)) words += `，年度限额 ${yuan(cap)} 仅余 ${yuan(capLeft)}`;
    const got = ctx.pay('civilServant', minOf(base, capLeft), words, capValue.source);
    ctx.accumulate('chronicCivilServantPaid', got);
  }
  routine(ctx, { place: 'local' });
  tilted(ctx, { place: 'local' });
}
