import Decimal from 'decimal.js';
import { RuleError } from '../../../errors';
import { ONE, ZERO, fen, figure, percent, toFen, yuan } from '../../../money';
import { valueAt } from '../../../params/param';
import { Source } from '../../../source';
import type { FeeDiscountCase } from '../../../schemas/veteran';
import type { FeeDiscountResult, FeeItem, FeeLine } from '../../../veteran/fee-discount-result';
import { militaryHospitalWaiver, publicHospitalDiscounts, specialCareHospitalWaiver } from '../params/fee-discounts';
import { guangxiInForceOn } from './rules';

const ITEM_NAMES: Record<FeeItem, string> = {
  surgery: '手术费',
  consultation: '诊查费',
  equipmentExam: '医疗器械设备检查费',
  bed: '住院床位费',
};

/**
 * 001 第二十条–第二十二条: what a disabled veteran should be charged for the discounted items, as an estimate. The
 * document sets 手术费 and 诊查费 as a share charged, 检查费 and 床位费 as a minimum reduction, so the estimate is the
 * most the veteran should pay; the hospital's own bill is what counts.
 */
export function feeDiscounts(c: FeeDiscountCase): FeeDiscountResult {
  guangxiInForceOn(c.date);
  const notes = [
    '这是按文件估算的残疾退役军人应付金额：手术费、诊查费按规定比例收取；检查费、床位费的减免是最低比例，医院可以减免更多；实际以医院收费为准。',
    '就医时出示残疾军人证。',
  ];
  const lines = (Object.keys(ITEM_NAMES) as FeeItem[])
    .filter((item) => c.bill[item] !== undefined)
    .map((item) => lineFor(c, item, figure(c.bill[item] as string), notes));
  const sum = (key: 'listed' | 'charged' | 'reduction') => lines.reduce((t, l) => t.plus(l[key]), ZERO);
  return {
    region: c.region,
    date: c.date,
    lines,
    listedTotal: fen(sum('listed')),
    chargedTotal: fen(sum('charged')),
    reductionTotal: fen(sum('reduction')),
    notes,
  };
}

function lineFor(c: FeeDiscountCase, item: FeeItem, listed: Decimal, notes: string[]): FeeLine {
  const name = ITEM_NAMES[item];
  const line = (charged: Decimal, atLeast: boolean, formula: string, source: Source | null): FeeLine => ({
    item,
    name,
    listed: fen(listed),
    charged: fen(charged),
    reduction: fen(listed.minus(charged)),
    atLeast,
    formula,
    source,
  });
  const kind = c.hospital.kind;

  if (item === 'consultation' && (kind === 'military' || kind === 'specialCare')) {
    const waiver = waiverFor(c);
    if (waiver) return line(ZERO, false, `${waiver.text}：${name} ${yuan(listed)} 免除，应付 0.00 元`, waiver.source);
  }
  if (kind === 'public' || kind === 'specialCare') {
    if (kind === 'specialCare') {
      addOnce(notes, '优抚医院按自治区内公立医疗机构读取，同样适用第二十条的收费优惠。');
    }
    return publicHospitalLine(c, item, listed, line);
  }
  if (kind === 'military') {
    addOnce(notes, '军队医疗机构：文件只规定免除门急诊诊查费和全流程优先（第二十一条），其他项目未规定减免比例，按原价估算。');
    return line(listed, false, `${name} ${yuan(listed)}：军队医疗机构未规定减免，按原价估算`, null);
  }
  addOnce(notes, '民营医疗机构：文件只是鼓励参照公立医疗机构提供优惠（第二十条），未作规定，按原价估算。');
  return line(listed, false, `${name} ${yuan(listed)}：民营医疗机构未规定减免，按原价估算`, null);
}

/**
 * 第二十条: "（一）落实医疗救助政策，手术费按 70%、诊查费按 50% 收取；（二）医疗器械设备检查费减免比例原则上不低于 10%；
 * （三）住院床位费减免比例不低于 10%".
 */
function publicHospitalLine(
  c: FeeDiscountCase,
  item: FeeItem,
  listed: Decimal,
  line: (charged: Decimal, atLeast: boolean, formula: string, source: Source | null) => FeeLine,
): FeeLine {
  const ruleValue = valueAt(publicHospitalDiscounts, c.date);
  const rule = ruleValue.value;
  const name = ITEM_NAMES[item];
  if (item === 'surgery' || item === 'consultation') {
    const share = figure(rule[item].chargedShare);
    const charged = toFen(listed.times(share));
    return line(charged, false, `${name}按 ${percent(share)} 收取：${yuan(listed)} × ${percent(share)} = ${yuan(charged)}`, ruleValue.source);
  }
  const reduction = figure(rule[item].minReduction);
  const charged = toFen(listed.times(ONE.minus(reduction)));
  const hedge = item === 'equipmentExam' ? '原则上不低于' : '不低于';
  return line(
    charged,
    true,
    `${name}减免比例${hedge} ${percent(reduction)}：${yuan(listed)} × (1 − ${percent(reduction)}) = ${yuan(charged)}，最多应付这么多`,
    ruleValue.source,
  );
}

/**
 * 第二十一条 军队医疗机构 "免除门急诊诊查费"; 第二十二条 优抚医院 "免除普通门诊诊查费". Whether the 诊查费 is 门急诊 /
 * 普通门诊 depends on the visit, which must then be given.
 */
function waiverFor(c: FeeDiscountCase): { text: string; source: Source } | undefined {
  if (c.visit === undefined) {
    throw new RuleError('INVALID_INPUT', '就诊类型：军队医疗机构和优抚医院的诊查费是否免除取决于就诊类型，请填写 outpatient、emergency 或 inpatient', 'visit');
  }
  if (c.hospital.kind === 'military' && (c.visit === 'outpatient' || c.visit === 'emergency')) {
    const v = valueAt(militaryHospitalWaiver, c.date);
    return { text: `军队医疗机构免除${v.value.waived}`, source: v.source };
  }
  if (c.hospital.kind === 'specialCare' && c.visit === 'outpatient') {
    const v = valueAt(specialCareHospitalWaiver, c.date);
    return { text: `优抚医院免除${v.value.waived}`, source: v.source };
  }
  return undefined;
}

function addOnce(notes: string[], text: string): void {
  if (!notes.includes(text)) notes.push(text);
}
