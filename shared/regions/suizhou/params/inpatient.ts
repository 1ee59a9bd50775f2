import { param } from '../../../params/param';
import type { CategoryId, Place } from '../../../schemas/estimate';
import { at } from './sections';

/** The levels 002's table lists: 一级、二级、三级定点 (no separate 乡镇卫生院 row). */
export type InpatientLevel = 'level1' | 'level2' | 'level3';
export type Cell = { deductible: string; referralPrepay: string; ratio: string };
export interface PlaceRow {
  /** 国家字典码 printed in the table (市内 has none). */
  code: string | null;
  name: string;
  cells: Record<InpatientLevel, Cell>;
}

/**
 * 居民住院 by place and level: 起付线, 转外先行自付 (a share of the in-scope cost) and the 甲类 ratio. 市外 prints
 * 1500 and 10% / 20% once per block: merged cells over the three levels. 市内 includes 异地安置退休人员、异地长期居住
 * 人员、常驻异地工作人员在备案地就医 (long-term-filed); 101 is 异地转诊和异地急诊抢救 (temporary-filed); 903 is
 * 非急诊且未转诊的其他临时外出就医 (unfiled).
 */
export const inpatientTable = param<Record<Place, PlaceRow>>('城乡居民住院起付线、转外先行自付和甲类支付比例', 'table', {
  '2025-01-01': {
    source: at('inpatientTable'),
    note: '表格由图片转成文字：市外两栏的起付线 1500 和转外先行自付 10%、20% 各印一次，是跨一级至三级的合并单元格。',
    value: {
      local: {
        code: null,
        name: '市内',
        cells: {
          level1: { deductible: '200', referralPrepay: '0', ratio: '0.90' },
          level2: { deductible: '500', referralPrepay: '0', ratio: '0.80' },
          level3: { deductible: '900', referralPrepay: '0', ratio: '0.70' },
        },
      },
      'long-term-filed': {
        code: null,
        name: '市内（异地安置退休、异地长期居住、常驻异地工作人员在备案地就医）',
        cells: {
          level1: { deductible: '200', referralPrepay: '0', ratio: '0.90' },
          level2: { deductible: '500', referralPrepay: '0', ratio: '0.80' },
          level3: { deductible: '900', referralPrepay: '0', ratio: '0.70' },
        },
      },
      'temporary-filed': {
        code: '101',
        name: '市外·异地转诊人员和异地急诊抢救人员',
        cells: {
          level1: { deductible: '1500', referralPrepay: '0.10', ratio: '0.90' },
          level2: { deductible: '1500', referralPrepay: '0.10', ratio: '0.80' },
          level3: { deductible: '1500', referralPrepay: '0.10', ratio: '0.70' },
        },
      },
      unfiled: {
        code: '903',
        name: '市外·非急诊且未转诊的其他临时外出就医人员',
        cells: {
          level1: { deductible: '1500', referralPrepay: '0.20', ratio: '0.90' },
          level2: { deductible: '1500', referralPrepay: '0.20', ratio: '0.80' },
          level3: { deductible: '1500', referralPrepay: '0.20', ratio: '0.70' },
        },
      },
    },
  },
});

/** 乙类: "个人先行自付10%，再按甲类比例支付" (the 乙类 column, every place). */
export const classBPrepay = param<string>('乙类先行自付比例', 'ratio', {
  '2025-01-01': {
    source: at('inpatientTable'),
    value: '0.10',
  },
});

/**
 * "城乡特困人员、孤儿、最低生活保障对象、丧失劳动能力的残疾人、严重精神障碍患者和计划生育特殊困难家庭重经核定的特困家庭夫妻
 * 及其伤残子女，过渡期内住院不设起付标准，2026年起执行城乡居民住院起付标准" (表 备注 1). "重经核定" is a typo of 中经核定.
 * "丧失劳动能力的残疾人" is read as the 重度（二级及以上）group the rest of 002 names: it is the only such identity.
 */
export const deductibleWaiver = param<CategoryId[]>('过渡期内住院不设起付标准的人员', 'table', {
  '2025-01-01': {
    source: at('transitionalWaiver'),
    note: '“丧失劳动能力的残疾人”按 002 其余各表的“丧失劳动能力的重度(二级及以上)残疾人”读取。',
    value: ['extreme-poverty', 'orphan', 'dibao', 'severe-disability', 'severe-mental-illness', 'family-planning-hardship'],
  },
  '2026-01-01': {
    source: at('transitionalWaiver'),
    note: '“丧失劳动能力的残疾人”按 002 其余各表的“丧失劳动能力的重度(二级及以上)残疾人”读取。',
    value: [],
  },
});
