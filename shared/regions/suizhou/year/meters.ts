import Decimal from 'decimal.js';
import { figure } from '../../../money';
import { valueAt } from '../../../params/param';
import type { CategoryId, EstimateCase } from '../../../schemas/estimate';
import type { EstimateResult } from '../../../result';
import { joinNotes, meter, type Meter } from '../../../year/meter';
import { annualFundCap } from '../params/fund-cap';
import { outpatient, twoDiseases } from '../params/outpatient';
import { seriousIllness, seriousIllnessPreference } from '../params/serious-illness';
import { AssistanceClass, assistanceClasses, routineAssistance, tiltedAssistance } from '../params/assistance';
import { nameOf } from '../estimate/categories';

const CLASS_NAMES: Record<AssistanceClass, string> = { class1: '一类', class2: '二类', class3: '三类', class4: '四类' };

interface At {
  date: string;
  c: EstimateCase;
  ytd: (key: string) => Decimal;
}

/**
 * The caps and deductibles of 002 this visit's year counts against, each with the parameter value the estimate
 * reads (same figure, same citation): the one 15 万 fund cap over 住院 and every 门诊, then the visit type's own.
 */
export function meters(result: EstimateResult, c: EstimateCase): Meter[] {
  const after = result.yearToDateAfter;
  const at: At = { date: result.date, c, ytd: (k) => figure(after[k] ?? '0') };
  const cap = fundCap(at);
  switch (c.visit.type) {
    case 'outpatient':
      return [cap, outpatientCap(at)];
    case 'two-diseases':
      return [cap, twoDiseasesCap(at)];
    default:
      // 住院、门诊慢特病、单独支付药品 go on to 大病保险 and 医疗救助 (estimate/chain.ts afterBasic).
      return [cap, ...seriousIllnessMeters(at), ...assistance(at)];
  }
}

/** "基本医疗保险基金年度最高支付限额为15万元（含住院和门诊费用）" (002 四、住院待遇 表 备注 2). */
function fundCap(at: At): Meter {
  const v = valueAt(annualFundCap, at.date);
  return meter({ id: 'basic-cap', label: '统筹基金年度限额', kind: 'cap', used: at.ytd('basicPaid'), limit: figure(v.value), source: v.source, note: joinNotes('含住院和门诊费用', v.staleNote) });
}

/** 门诊统筹 "年封顶350元" (002 三、门诊待遇). */
function outpatientCap(at: At): Meter {
  const v = valueAt(outpatient, at.date);
  return meter({ id: 'outpatient-cap', label: '门诊统筹年度限额', kind: 'cap', used: at.ytd('outpatientPaid'), limit: figure(v.value.annualLimit), source: v.source, note: joinNotes(v.staleNote) });
}

/** “两病”: 450 / 500 / 550 元 a year, "最高支付限额包含门诊统筹年度支付限额" (002 三): one pool with 门诊统筹. */
function twoDiseasesCap(at: At): Meter {
  const v = valueAt(twoDiseases, at.date);
  const diseases = at.c.visit.type === 'two-diseases' ? at.c.visit.diseases : [];
  const limit = diseases.length === 2 ? v.value.limits.both : v.value.limits[diseases[0] ?? 'hypertension'];
  return meter({
    id: 'two-diseases-cap',
    label: '“两病”年度限额（含门诊统筹）',
    kind: 'cap',
    used: at.ytd('outpatientPaid').plus(at.ytd('twoDiseasesPaid')),
    limit: figure(limit),
    source: v.source,
    note: joinNotes('本年门诊统筹和“两病”基金支付合计', v.note, v.staleNote),
  });
}

/**
 * 大病保险: 起付线 1.2 万, 年度最高支付限额 35 万; 特困人员、孤儿、低保对象、返贫致贫人口 "起付线降低50%……不设封顶线"
 * (002 四、住院待遇 城乡居民大病保险政策).
 */
function seriousIllnessMeters(at: At): Meter[] {
  const ordinary = valueAt(seriousIllness, at.date);
  const preference = valueAt(seriousIllnessPreference, at.date);
  const preferredAs = (at.c.person.categories as CategoryId[]).find((cat) => preference.value.categories.includes(cat));
  const rule = preferredAs ? preference.value.rule : ordinary.value;
  const out = [
    meter({
      id: 'serious-illness-deductible',
      label: '大病保险起付线',
      kind: 'deductible',
      used: at.ytd('seriousIllnessSelfPay'),
      limit: figure(rule.deductible),
      source: ordinary.source,
      note: joinNotes(preferredAs ? `${nameOf(preferredAs)}起付线降低 50%，不设封顶线` : undefined, ordinary.staleNote),
    }),
  ];
  if (rule.annualCap === null) return out;
  return [
    ...out,
    meter({ id: 'serious-illness-cap', label: '大病保险年度最高支付限额', kind: 'cap', used: at.ytd('seriousIllnessPaid'), limit: figure(rule.annualCap), source: ordinary.source, note: joinNotes(ordinary.staleNote) }),
  ];
}

/**
 * 医疗救助 for the person's 医疗救助对象 classes (002 基本救助: 起付线 by class, 年救助限额 4 万 for every class; 倾斜救助:
 * 起付线 and 年救助限额 by class, read from a misaligned table). The identities 002 lists as 非医疗救助对象 get none.
 */
function assistance(at: At): Meter[] {
  const table = valueAt(assistanceClasses, at.date).value;
  const classes: { cls: AssistanceClass; category: CategoryId }[] = [];
  for (const category of at.c.person.categories as CategoryId[]) {
    const cls = table[category];
    if (cls && !classes.some((k) => k.cls === cls)) classes.push({ cls, category });
  }
  if (classes.length === 0) return [];
  classes.sort((a, b) => a.cls.localeCompare(b.cls));
  const several = classes.length > 1 ? '多重身份按待遇最高的一类计算，不重复救助' : undefined;
  const routine = valueAt(routineAssistance, at.date);
  const tilted = valueAt(tiltedAssistance, at.date);
  const out: Meter[] = [];
  for (const { cls, category } of classes) {
    const who = `${CLASS_NAMES[cls]}：${nameOf(category)}`;
    const deductible = figure(routine.value.classes[cls].deductible);
    if (deductible.greaterThan(0)) {
      out.push(meter({ id: `assistance-deductible-${cls}`, label: `医疗救助起付线（${who}）`, kind: 'deductible', used: at.ytd('assistanceSelfPay'), limit: deductible, source: routine.source, note: joinNotes(several, routine.staleNote) }));
    }
  }
  out.push(
    meter({ id: 'assistance-cap', label: '医疗救助年救助限额', kind: 'cap', used: at.ytd('assistancePaid'), limit: figure(routine.value.annualLimit), source: routine.source, note: joinNotes('各类救助对象相同', routine.staleNote) }),
  );
  for (const { cls, category } of classes) {
    const who = `${CLASS_NAMES[cls]}：${nameOf(category)}`;
    const reading = joinNotes('限规范转诊且在省域内定点医疗机构就医', tilted.note, several);
    out.push(meter({ id: `tilted-threshold-${cls}`, label: `倾斜救助起付线（${who}）`, kind: 'deductible', used: at.ytd('tiltedSelfPay'), limit: figure(tilted.value.thresholds[cls]), source: tilted.source, note: reading }));
    const limit = tilted.value.annualLimits[cls];
    if (limit !== null) {
      out.push(meter({ id: `tilted-cap-${cls}`, label: `倾斜救助年救助限额（${who}）`, kind: 'cap', used: at.ytd('tiltedAssistancePaid'), limit: figure(limit), source: tilted.source, note: tilted.note }));
    }
  }
  return out;
}
