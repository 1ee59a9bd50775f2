import Decimal from 'decimal.js';
import { yearOf } from '../../../dates';
import { ZERO, figure, yuan } from '../../../money';
import { valueAt, type ParamValue } from '../../../params/param';
import { cite } from '../../../source';
import type { EstimateCase } from '../../../schemas/estimate';
import type { EstimateResult } from '../../../result';
import { joinNotes, meter, type Meter } from '../../../year/meter';
import { CATEGORY_NAMES } from '../../vocabulary';
import type { Category } from '../manifest';
import { DOC } from '../documents';
import { catalogue } from '../catalogue';
import { residentFundCap, employeeFundCaps } from '../params/fund-caps';
import {
  priorYearDisposableIncome,
  seriousIllnessCap,
  seriousIllnessDeductibleShare,
  seriousIllnessPreference,
} from '../params/serious-illness';
import { largeExpense as largeExpenseParam } from '../params/large-expense';
import { routineAssistance, tiltedAssistance } from '../params/assistance';
import { employeeOutpatient, residentOutpatient } from '../params/outpatient';
import { chronicLimits } from '../params/chronic-limits';
import { specialDisease, twoDiseases } from '../params/chronic-special';
import { civilServantChronic } from '../params/civil-servant';
import { annualSeriousIllnessCap } from '../waiting/serious-illness-cap';

/** 特困人员、孤儿、低保对象: half the 大病 deductible and no cap (004 第三章 二十四问、二十六问), as the estimate reads them. */
const PREFERRED: Category[] = ['extreme-poverty', 'orphan', 'dibao'];

/** The year's running figures after the visit, as Decimals ("0.00" when the result has none). */
type Ytd = (key: string) => Decimal;

/** What every meter of one result reads: the bill's date, the validated case, the running figures after it. */
interface At {
  date: string;
  c: EstimateCase;
  ytd: Ytd;
  result: EstimateResult;
}

/** A parameter value's own notes (its reading, a figure past its documented year) for the meter that shows it. */
function notesOf(v: ParamValue<unknown>): string | undefined {
  return joinNotes(v.staleNote);
}

/**
 * The caps and deductibles of 004 that this visit's year counts against, each with the parameter value the estimate
 * reads for it (same figure, same citation), in the order the payers pay.
 */
export function meters(result: EstimateResult, c: EstimateCase): Meter[] {
  const after = result.yearToDateAfter;
  const at: At = { date: result.date, c, result, ytd: (k) => figure(after[k] ?? '0') };
  switch (c.visit.type) {
    case 'inpatient':
    case 'high-value-drug':
      return [fundCap(at), ...afterBasic(at)];
    case 'special':
      return [fundCap(at), specialDeductible(at), ...afterBasic(at)];
    case 'maternity':
      return [fundCap(at)];
    case 'outpatient':
      return outpatient(at);
    case 'chronic':
      return [...chronic(at), ...assistance(at)];
    case 'two-diseases':
      return [twoDiseasesLimit(at)];
    case 'single-pay-drug':
      // "不计起付线，直接纳入基本医疗保险统筹基金按比例支付" (第五章 二问): the estimate counts it against no cap.
      return [];
  }
}

/** 统筹基金 annual cap: 居民 11 万 (第三章 十六问), 职工 14 万 (第二章 三十七问), each "含二类门诊慢特病、生育医疗费用". */
function fundCap(at: At): Meter {
  const common = { id: 'basic-cap', label: '统筹基金年度限额', kind: 'cap' as const, used: at.ytd('basicPaid') };
  if (at.c.scheme === 'resident') {
    const v = valueAt(residentFundCap, at.date);
    return meter({ ...common, limit: figure(v.value), source: v.source, note: joinNotes('住院、二类门诊特殊疾病和生育医疗费用共用', v.staleNote) });
  }
  const v = valueAt(employeeFundCaps, at.date);
  return meter({ ...common, limit: figure(v.value.basic), source: v.source, note: joinNotes('职工基本医疗保险，住院、二类门诊慢特病和生育医疗费用共用', v.staleNote) });
}

/** 门诊特殊疾病: "一个自然年度内只扣减一次二级定点医疗机构住院起付标准" (第四章 五问). */
function specialDeductible(at: At): Meter {
  const v = valueAt(specialDisease, at.date);
  return meter({
    id: 'special-deductible',
    label: '门诊特殊疾病起付线',
    kind: 'deductible',
    used: at.ytd('specialSelfPay'),
    limit: figure(v.value.deductible),
    source: v.source,
    note: joinNotes('一个自然年度内只扣减一次', v.staleNote),
  });
}

/** The payers after 基本医保 for a stay and what is settled like one (the chain's afterBasic). */
function afterBasic(at: At): Meter[] {
  const supplements = at.c.scheme === 'resident' ? seriousIllness(at) : employeeSupplements(at);
  return [...supplements, ...assistance(at)];
}

/**
 * 大病保险: deductible 50% of the prior year's per-capita disposable income (第三章 二十二问), halved for 特困人员、孤儿、
 * 低保对象 (二十四问), who have no cap (二十六问); the cap otherwise follows the person's 参保 history (九问、十问（一）)
 * when the case gives it, else the base cap of 二十六问.
 */
function seriousIllness(at: At): Meter[] {
  const income = valueAt(priorYearDisposableIncome, at.date);
  const share = valueAt(seriousIllnessDeductibleShare, at.date);
  const preference = valueAt(seriousIllnessPreference, at.date);
  const preferredAs = (at.c.person.categories as Category[]).find((cat) => PREFERRED.includes(cat));
  let deductible = figure(income.value).times(share.value);
  let note = `上一年度城乡居民人均可支配收入 ${yuan(income.value)} × ${figure(share.value).times(100)}%`;
  let source = share.source;
  if (preferredAs) {
    deductible = deductible.times(preference.value.deductibleShare);
    note += `，${CATEGORY_NAMES[preferredAs]}降低 50%${preference.value.noCap ? '，不设赔付限额' : ''}`;
    source = preference.source;
  }
  const out = [
    meter({
      id: 'serious-illness-deductible',
      label: '大病保险起付线',
      kind: 'deductible',
      used: at.ytd('seriousIllnessSelfPay'),
      limit: deductible,
      source,
      note: joinNotes(note, income.note, income.staleNote),
    }),
  ];
  if (preferredAs && preference.value.noCap) return out;
  return [...out, seriousIllnessCapMeter(at)];
}

function seriousIllnessCapMeter(at: At): Meter {
  const { insuredYears, zeroClaimYears, birthDate } = at.c.person;
  const base = valueAt(seriousIllnessCap, at.date);
  const common = { id: 'serious-illness-cap', label: '大病保险年度最高赔付限额', kind: 'cap' as const, used: at.ytd('seriousIllnessPaid') };
  if (insuredYears === undefined) {
    return meter({
      ...common,
      limit: figure(base.value),
      source: base.source,
      note: joinNotes(`按原封顶线 ${yuan(base.value)} 计：未填写此前已参保年度和基金零报销年度，填写后按连续参保、零报销和断保调整（第三章 九问、十问（一））`, base.staleNote),
    });
  }
  // The same computation as the estimate's (waiting/serious-illness-cap.ts); 特困人员、孤儿、低保对象 never get here.
  const coverageYear = yearOf(at.date);
  const r = annualSeriousIllnessCap({ coverageYear, insuredYears, zeroClaimYears: zeroClaimYears ?? [], categories: [], birthDate });
  const sections = [...new Set(r.steps.map((s) => s.source.section))].join('、');
  return meter({
    ...common,
    limit: figure(r.cap ?? r.base),
    source: cite(DOC, sections),
    note: joinNotes(`${coverageYear} 年度按所填参保年度计算：原封顶线 ${yuan(r.base)} + 提高 ${yuan(r.increase)} − 降低 ${yuan(r.decrease)}`, ...r.notes),
  });
}

/**
 * 职工: 公务员医疗补助 2 万 a year (第二章 三十三问、三十七问) for civil servants, then 职工大额: its deductible by
 * person type (三十六问: 普通人员 400 元, 退休、重病和 80 周岁以上不设) and its 50 万 cap (三十七问).
 */
function employeeSupplements(at: At): Meter[] {
  const { person } = at.c;
  const caps = valueAt(employeeFundCaps, at.date);
  const out: Meter[] = [];
  if (person.civilServant) {
    out.push(
      meter({ id: 'civil-servant-cap', label: '公务员医疗补助年度限额', kind: 'cap', used: at.ytd('civilServantPaid'), limit: figure(caps.value.civilServant), source: caps.source, note: joinNotes('含二类门特', caps.staleNote) }),
    );
  }
  const rules = valueAt(largeExpenseParam, at.date);
  const exempt = (person.age !== undefined && person.age >= 80) || person.retired || person.conditions.length > 0 || impliedCondition(at);
  const deductible = exempt ? ZERO : figure(rules.value.ordinary.deductible);
  if (deductible.greaterThan(0)) {
    out.push(
      meter({
        id: 'large-expense-deductible',
        label: '职工大额医疗费用补助起付线',
        kind: 'deductible',
        used: at.ytd('largeExpenseSelfPay'),
        limit: deductible,
        source: rules.source,
        note: joinNotes('普通人员按二级定点医疗机构住院起付标准扣减，计本年经基本医保、公务员补助后的剩余部分', rules.staleNote),
      }),
    );
  }
  out.push(meter({ id: 'large-expense-cap', label: '职工大额医疗费用补助年度限额', kind: 'cap', used: at.ytd('largeExpensePaid'), limit: figure(caps.value.largeExpense), source: caps.source, note: notesOf(caps) }));
  return out;
}

/**
 * A 特病 visit for one of 三十六问's diseases waives the 大额 deductible though the person did not tick it (the
 * estimate adds the condition and says so in its 大额 step, which then names no 普通人员).
 */
function impliedCondition(at: At): boolean {
  if (at.c.visit.type !== 'special') return false;
  const step = at.result.steps.find((s) => s.payer === 'largeExpense');
  return step !== undefined && !step.formula.startsWith('普通人员');
}

/**
 * 医疗救助 for each 救助身份 the person has (第六章 五问（一）常规救助: deductible and annual limit by category; 多重身份
 * 待遇就高, so each identity's room is shown), then 倾斜救助 (五问（二）: above the year's 防止返贫监测线, 1 万 a year).
 */
function assistance(at: At): Meter[] {
  const categories = at.c.person.categories as Category[];
  if (categories.length === 0) return [];
  const routine = valueAt(routineAssistance, at.date);
  const income = valueAt(priorYearDisposableIncome, at.date);
  const out: Meter[] = [];
  for (const category of categories) {
    const rule = routine.value[category];
    const name = CATEGORY_NAMES[category];
    const deductible = 'fixed' in rule.deductible ? figure(rule.deductible.fixed) : figure(income.value).times(rule.deductible.incomeShare);
    if (deductible.greaterThan(0)) {
      const share = 'incomeShare' in rule.deductible ? rule.deductible.incomeShare : '0';
      out.push(
        meter({
          id: `assistance-deductible-${category}`,
          label: `医疗救助起付线（${name}）`,
          kind: 'deductible',
          used: at.ytd('assistanceSelfPay'),
          limit: deductible,
          source: routine.source,
          note: joinNotes(`上年度人均可支配收入 ${yuan(income.value)} × ${figure(share).times(100)}%`, income.staleNote),
        }),
      );
    }
    out.push(
      meter({
        id: `assistance-cap-${category}`,
        label: `医疗救助年度救助限额（${name}）`,
        kind: 'cap',
        used: at.ytd('assistancePaid'),
        limit: figure(rule.annualLimit),
        source: routine.source,
        note: joinNotes(categories.length > 1 ? '多重身份按“待遇就高”原则救助，不重复享受（第六章 五问）' : undefined),
      }),
    );
  }
  const tilted = valueAt(tiltedAssistance, at.date);
  out.push(
    meter({
      id: 'tilted-threshold',
      label: '倾斜救助起付线（防止返贫监测线）',
      kind: 'deductible',
      used: at.ytd('tiltedSelfPay'),
      limit: figure(tilted.value.threshold),
      source: tilted.source,
      note: joinNotes('限规范转诊且在省域内就医，计经基本医保、大病保险和医疗救助后的个人自付', tilted.staleNote),
    }),
    meter({ id: 'tilted-cap', label: '倾斜救助年度限额', kind: 'cap', used: at.ytd('tiltedAssistancePaid'), limit: figure(tilted.value.annualLimit), source: tilted.source, note: notesOf(tilted) }),
  );
  return out;
}

/**
 * 普通门诊统筹: 居民 100 元 a year (第三章 十八问); 职工 a yearly deductible and limit by person type, then 公务员补助
 * 700 元 and 职工大额 600 元 a year (第二章 三十九问).
 */
function outpatient(at: At): Meter[] {
  if (at.c.scheme === 'resident') {
    const v = valueAt(residentOutpatient, at.date);
    return [meter({ id: 'outpatient-cap', label: '门诊统筹年度限额', kind: 'cap', used: at.ytd('outpatientPaid'), limit: figure(v.value.annualLimit), source: v.source, note: notesOf(v) })];
  }
  const v = valueAt(employeeOutpatient, at.date);
  const retired = at.c.person.retired;
  const band = retired ? v.value.retired : v.value.inService;
  const who = retired ? '退休人员' : '在职职工';
  const out = [
    meter({ id: 'outpatient-deductible', label: '门诊统筹起付线', kind: 'deductible', used: at.ytd('outpatientSelfPay'), limit: figure(band.deductible), source: v.source, note: joinNotes(`${who}，每年一次`, v.staleNote) }),
    meter({ id: 'outpatient-cap', label: '门诊统筹年度限额', kind: 'cap', used: at.ytd('outpatientPaid'), limit: figure(band.annualLimit), source: v.source, note: joinNotes(who, v.staleNote) }),
  ];
  if (at.c.person.civilServant) {
    out.push(meter({ id: 'outpatient-civil-servant-cap', label: '门诊公务员医疗补助年度限额', kind: 'cap', used: at.ytd('outpatientCivilServantPaid'), limit: figure(v.value.civilServant.annualLimit), source: v.source }));
  }
  out.push(meter({ id: 'outpatient-large-expense-cap', label: '门诊大额医疗费用补助年度限额', kind: 'cap', used: at.ytd('outpatientLargeExpensePaid'), limit: figure(v.value.largeExpense.annualLimit), source: v.source }));
  return out;
}

/**
 * 门诊慢性病: the disease's annual limit (第四章 三问), the highest of the person's recognised diseases as the estimate
 * settles it; for a civil servant the 一类门特 公务员补助 limit of 1,500 元 (第二章 三十三问).
 */
function chronic(at: At): Meter[] {
  if (at.c.visit.type !== 'chronic') return [];
  const { scheme } = at.c;
  const v = valueAt(chronicLimits, at.date);
  const codes = [at.c.visit.diseaseCode, ...at.c.visit.otherDiseaseCodes];
  const limits = codes.flatMap((code) => {
    const limit = catalogue.chronicLimit(code, scheme, at.date);
    return limit === null ? [] : [{ code, limit: figure(limit) }];
  });
  const out: Meter[] = [];
  if (limits.length > 0) {
    const highest = limits.reduce((a, b) => (b.limit.greaterThan(a.limit) ? b : a));
    out.push(
      meter({
        id: 'chronic-cap',
        label: '门诊慢性病年度支付限额',
        kind: 'cap',
        used: at.ytd('chronicPaid'),
        limit: highest.limit,
        source: v.source,
        note: joinNotes(`病种 ${highest.code}${limits.length > 1 ? '（多种慢病按限额最高的一种）' : ''}`, v.staleNote),
      }),
    );
  }
  if (scheme === 'employee' && at.c.person.civilServant) {
    const cs = valueAt(civilServantChronic, at.date);
    out.push(meter({ id: 'chronic-civil-servant-cap', label: '一类门特公务员医疗补助年度限额', kind: 'cap', used: at.ytd('chronicCivilServantPaid'), limit: figure(cs.value.annualLimit), source: cs.source, note: notesOf(cs) }));
  }
  return out;
}

/** “两病”: 高血压 200 元，糖尿病 300 元，两病 500 元 a year (第四章 十九问). */
function twoDiseasesLimit(at: At): Meter {
  const v = valueAt(twoDiseases, at.date);
  const diseases = at.c.visit.type === 'two-diseases' ? at.c.visit.diseases : [];
  const limit = diseases.length === 2 ? v.value.limits.both : v.value.limits[diseases[0] ?? 'hypertension'];
  return meter({ id: 'two-diseases-cap', label: '“两病”门诊用药年度限额', kind: 'cap', used: at.ytd('twoDiseasesPaid'), limit: figure(limit), source: v.source, note: notesOf(v) });
}
