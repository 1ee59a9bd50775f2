import Decimal from 'decimal.js';
import { addDays, addMonths } from '../../../dates';
import { ZERO, figure, max0, minOf, percent, toFen, yuan, fen } from '../../../money';
import { valueAt } from '../../../params/param';
import { Trace, PAYER_NAMES } from '../../../explain';
import { PAYMENT_KEYS } from '../../../result';
import type { CategoryId, VisitType } from '../../../schemas/estimate';
import type { ApplicationAssistance, ApplicationOptions, CountedVisit, ExcludedVisit, RunVisit } from '../../../year/program';
import { assistanceClasses, onApplicationAssistance } from '../params/assistance';
import { onApplicationScope } from '../params/on-application';
import { at } from '../params/sections';
import { nameOf } from '../estimate/categories';
import { manifest } from '../manifest';

const SOURCE = at('onApplication');

const VISIT_NAMES: Record<VisitType, string> = {
  inpatient: '住院',
  outpatient: '门诊统筹',
  chronic: '门诊慢性病',
  special: '门诊特殊疾病',
  'two-diseases': '“两病”门诊用药',
  'single-pay-drug': '单独支付药品（国谈药“双通道”）',
  'high-value-drug': '高值药品',
  maternity: '生育',
};

/**
 * 依申请救助 (002 四、住院待遇 依申请救助政策): "医保部门对因疾病导致家庭基本生活没有保障的困难群众，经民政，乡村振兴等部门
 * 认定为医疗救助对象的，对其身份确定前12个月发生的医疗费用经基本医疗保险，大病保险报销后的政策范围内个人自付部分采取依申请
 * 救助的方式予以救助。救助标准：政策范围个人自付住院医疗费用累计在6000元以上部分按60%给予年度内一次性救助，救助限额为4万元。
 * 基本医疗保险门诊慢特病（限额内）及纳入国谈药“双通道”管理药品的自付费用纳入依申请救助范围。" The table adds "非医疗救助
 * 对象，不享受依申请救助待遇". The readings (the window, what is counted, 已获医疗救助) are params/on-application.ts's note.
 */
export function applicationAssistance(visits: RunVisit[], recognisedOn: string, options: ApplicationOptions): ApplicationAssistance {
  const trace = new Trace();
  const rule = trace.use(valueAt(onApplicationAssistance, recognisedOn));
  const scopeValue = valueAt(onApplicationScope, recognisedOn);
  const scope = trace.use(scopeValue);
  const threshold = figure(rule.threshold);
  const ratio = figure(rule.ratio);
  const limit = figure(rule.limit);
  const window = { from: addMonths(recognisedOn, -rule.lookbackMonths), to: addDays(recognisedOn, -1) };

  const counted: CountedVisit[] = [];
  const excluded: ExcludedVisit[] = [];
  const seen = new Set<string>();
  for (const v of visits) {
    const { entry } = v;
    if (seen.has(entry.id)) {
      excluded.push({ entryId: entry.id, reason: '同一条记录重复出现，只计一次' });
      continue;
    }
    seen.add(entry.id);
    const c = entry.case;
    if (!c) {
      excluded.push({ entryId: entry.id, reason: '已删除的记录' });
      continue;
    }
    const reason = exclusion(v, c.region, c.date, window, scope.visitTypes);
    if (reason !== null || v.result === null) {
      excluded.push({ entryId: entry.id, date: c.date, reason: reason ?? '这次就医未能估算' });
      continue;
    }
    const result = v.result;
    // 政策范围内费用 less every payer of the visit: 基本医保、大病保险, and any 医疗救助 already paid (the note's reading).
    let selfPay = figure(result.inScopeCost);
    const minus: string[] = [];
    for (const k of PAYMENT_KEYS) {
      const paid = figure(result.payments[k]);
      if (paid.isZero() && k !== 'basic' && k !== 'seriousIllness') continue;
      if (!scope.deductAssistancePaid && (k === 'assistance' || k === 'tiltedAssistance')) continue;
      selfPay = selfPay.minus(paid);
      minus.push(` − ${PAYER_NAMES[k]} ${yuan(paid)}`);
    }
    selfPay = max0(selfPay);
    const what = `${c.date} ${VISIT_NAMES[c.visit.type as VisitType] ?? c.visit.type}${entry.label ? `（${entry.label}）` : ''}${entry.settled ? '，按结算单' : ''}`;
    trace.step('patient', selfPay, `${what}：政策范围内费用 ${yuan(result.inScopeCost)}${minus.join('')} = ${yuan(selfPay)}`, SOURCE, '计入的政策范围内个人自付');
    counted.push({ entryId: entry.id, date: c.date, visitType: c.visit.type, ...(entry.label ? { label: entry.label } : {}), selfPay: fen(selfPay) });
  }

  const total = counted.reduce((s, v) => s.plus(v.selfPay), ZERO);
  const period = `认定前 ${rule.lookbackMonths} 个月（${window.from} 至 ${window.to} 结算）`;
  trace.step(
    'patient',
    total,
    counted.length === 0
      ? `${period}没有计入的住院、门诊慢特病或“双通道”药品费用，合计 0.00 元`
      : `${period}计入的政策范围内个人自付合计 ${counted.map((v) => yuan(v.selfPay)).join(' + ')} = ${yuan(total)}`,
    SOURCE,
    '累计政策范围内个人自付',
  );

  const refusal = ineligible(options.category, recognisedOn);
  let amount: Decimal = ZERO;
  let text: string;
  if (refusal) {
    text = refusal;
  } else if (total.lessThanOrEqualTo(threshold)) {
    text = `累计 ${yuan(total)} 未超过 ${yuan(threshold)}，不予救助（累计在 ${yuan(threshold)} 以上部分才救助）`;
  } else {
    const due = toFen(total.minus(threshold).times(ratio));
    amount = minOf(due, limit);
    text = `（累计 ${yuan(total)} − ${yuan(threshold)}）× ${percent(ratio)} = ${yuan(due)}`;
    if (due.greaterThan(limit)) text += `，超过救助限额 ${yuan(limit)}，按限额救助 ${yuan(limit)}`;
    else text += due.equals(limit) ? `，恰为救助限额 ${yuan(limit)}` : `，未超过救助限额 ${yuan(limit)}`;
    text += '；年度内一次性救助';
  }
  trace.step('assistance', amount, text, SOURCE, '依申请救助');

  trace.note('依申请救助须在认定为医疗救助对象后向医保部门申请，由医保部门核定后一次性支付，不在出院结算时支付；本估算仅供参考，以医保部门核定为准。');
  if (scopeValue.note) trace.note(`计入的期间和费用按以下读法：${scopeValue.note}`);
  if (options.category === undefined) {
    trace.note('未填写认定的救助身份：按已认定为医疗救助对象（特困人员、孤儿、低保对象、返贫致贫人口、低保边缘家庭成员、监测对象、因病致贫重病患者或其他特殊困难人员）计算；只参保资助的身份（如脱贫人口、重度残疾人）不享受依申请救助。');
  }
  if (excluded.length > 0) {
    trace.note(`另有 ${excluded.length} 条记录未计入，原因见各条说明。`);
  }
  trace.note('只计已记入本年记录的就医：记录之外的住院、门诊慢特病费用请先记入，或以医保部门核定为准。');

  return {
    region: manifest.id,
    recognisedOn,
    window,
    eligible: refusal === null,
    counted,
    excluded,
    selfPayTotal: fen(total),
    threshold: fen(threshold),
    ratio: rule.ratio,
    limit: fen(limit),
    amount: fen(amount),
    steps: trace.steps,
    notes: trace.notes,
  };
}

/** Why one visit is not counted, or null when it is. */
function exclusion(v: RunVisit, region: string, date: string, window: { from: string; to: string }, visitTypes: readonly VisitType[]): string | null {
  if (region !== manifest.id) return `不是${manifest.name}参保的就医`;
  if (date < window.from) return `结算日期早于认定前 12 个月的起点 ${window.from}`;
  if (date > window.to) return `结算日期在认定之后（${window.to} 以后）：已是医疗救助对象，按基本救助在结算时支付`;
  const type = v.entry.case?.visit.type as VisitType;
  if (!visitTypes.includes(type)) {
    return `${VISIT_NAMES[type] ?? type}不在依申请救助范围（只计住院、门诊慢特病和国谈药“双通道”药品的个人自付）`;
  }
  if (!v.result) return `这次就医未能估算${v.error ? `：${v.error.message}` : ''}`;
  return null;
}

/** "非医疗救助对象，不享受依申请救助待遇": the refusal for an identity outside the 医疗救助 classes, or null. */
function ineligible(category: string | undefined, date: string): string | null {
  if (category === undefined) return null;
  const classes = valueAt(assistanceClasses, date).value;
  if (classes[category as CategoryId]) return null;
  return `${nameOf(category as CategoryId)}不是医疗救助对象：非医疗救助对象，不享受依申请救助待遇`;
}
