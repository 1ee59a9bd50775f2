import { param } from '../../../params/param';
import type { CategoryId } from '../../../schemas/estimate';
import { at } from './sections';

/** 一类 to 四类医疗救助对象. (Only parameters are exported from this file: every export is checked as one.) */
export type AssistanceClass = 'class1' | 'class2' | 'class3' | 'class4';

/**
 * Which column group of the 医疗救助 tables each identity falls in. The flattened table prints four class cells over
 * the eight 救助对象 columns, then "非医疗救助对象" and "仅参保缴费给予资助" over the rest (重度残疾人、严重精神障碍患者、
 * 计生特殊困难家庭、脱贫人口、优抚人员: no 医疗救助). The text fixes three of them: "特困人员和孤儿为100%，低保对象和
 * 返贫致贫人口不低于70%，农村易返贫致贫人口不低于60%" — so 一类 特困、孤儿; 二类 低保、返贫致贫; 三类 starts at the
 * 监测 column. 低保边缘家庭成员 sits between 返贫致贫 and 监测, and 因病致贫重病患者、其他特殊困难人员 are the last
 * two columns: read by position as 三类 and 四类 (two columns per class, as for 一类 and 二类).
 */
export const assistanceClasses = param<Partial<Record<CategoryId, AssistanceClass>>>('医疗救助对象类别', 'table', {
  '2025-01-01': {
    source: at('routineAssistance'),
    note: '表格由图片转成文字：一、二类和监测对象的类别由文字确认；低保边缘家庭成员（三类）、因病致贫重病患者和其他特殊困难人员（四类）按列位读取。',
    value: {
      'extreme-poverty': 'class1',
      orphan: 'class1',
      dibao: 'class2',
      'fallen-into-poverty': 'class2',
      'dibao-edge': 'class3',
      'relapse-monitored': 'class3',
      'illness-impoverished': 'class4',
      'other-hardship': 'class4',
    },
  },
});

/**
 * 基本救助: "起付线：一类 0 元、二类 0 元、三类 1800 元、四类 5000 元；救助比例 100%、70%、60%、50%；年救助限额 4万元" on
 * "住院医疗费用、门诊慢特病费用（医保政策限额以内费用）、国谈药“双通道”用药费用，经基本医疗保险、大病保险支付后政策范围内
 * 个人自付部分（含基本医疗起付线）". The 4 万 cell spans every class.
 */
export const routineAssistance = param<{ classes: Record<AssistanceClass, { deductible: string; ratio: string }>; annualLimit: string }>(
  '医疗救助基本救助起付线、比例和年度限额',
  'table',
  {
    '2025-01-01': {
      source: at('routineAssistance'),
      value: {
        classes: {
          class1: { deductible: '0', ratio: '1.00' },
          class2: { deductible: '0', ratio: '0.70' },
          class3: { deductible: '1800', ratio: '0.60' },
          class4: { deductible: '5000', ratio: '0.50' },
        },
        annualLimit: '40000',
      },
    },
  },
);

/**
 * 倾斜救助: "对规范转诊且在省域内定点医疗机构就医的医疗救助对象，经三重制度综合保障后，年度内政策范围内个人自付医疗费用"
 * above the 起付线; "随州市域内倾斜救助比例为80%，市域外省内倾斜救助比例为70%"; 年救助限额 "无 | 8万元".
 * The flattened row prints 5000、7000、5000、7000 in the four cells where the 基本救助 table above has its four class
 * cells (same layout, same two text cells after them): read class by class. The limit row prints two cells, "无" and
 * "8万元": read like the 大病保险 table's "无 | 35万元", whose "无" is the first two classes' (特困、孤儿、低保、返贫致贫
 * "不设封顶线"). Both readings are of column alignment only; every result that uses them says so.
 */
export const tiltedAssistance = param<{
  thresholds: Record<AssistanceClass, string>;
  ratios: { withinCity: string; outsideCityInProvince: string };
  annualLimits: Record<AssistanceClass, string | null>;
}>('医疗救助倾斜救助起付线、比例和年度限额', 'table', {
  '2025-01-01': {
    source: at('tiltedAssistance'),
    note:
      '表格由图片转成文字，列对齐不确定：起付线 5000、7000、5000、7000 按基本救助表的四类列位依次读作一至四类；' +
      '年救助限额“无 | 8万元”按大病保险表“无 | 35万元”的列位读作一、二类无限额，三、四类 8 万元。',
    value: {
      thresholds: { class1: '5000', class2: '7000', class3: '5000', class4: '7000' },
      ratios: { withinCity: '0.80', outsideCityInProvince: '0.70' },
      annualLimits: { class1: null, class2: null, class3: '80000', class4: '80000' },
    },
  },
});

/**
 * 依申请救助: "对其身份确定前12个月发生的医疗费用……政策范围个人自付住院医疗费用累计在6000元以上部分按60%给予年度内一次性
 * 救助，救助限额为4万元。基本医疗保险门诊慢特病（限额内）及纳入国谈药“双通道”管理药品的自付费用纳入依申请救助范围".
 * Retrospective: explained in a result, never paid in it.
 */
export const onApplicationAssistance = param<{ lookbackMonths: number; threshold: string; ratio: string; limit: string }>(
  '依申请救助标准',
  'table',
  {
    '2025-01-01': {
      source: at('onApplication'),
      value: { lookbackMonths: 12, threshold: '6000', ratio: '0.60', limit: '40000' },
    },
  },
);
