import { param } from '../../../params/param';
import { cite } from '../../../source';
import type { FacilityLevel, Place } from '../../../schemas/estimate';
import { DOC } from '../documents';

/**
 * Inpatient 起付标准 and 报销比例 by scheme, place and facility level: the cells of the handbook's tables,
 * copied as printed (第一章 三十 states the rule the tables follow: 临时备案 −5 points, 非急诊且未转诊 −10 points;
 * a test checks every cell against it).
 */
export type Cell = { deductible: string; ratio: string };
export type InpatientTable = Record<Place, Record<FacilityLevel, Cell>>;


export const residentInpatient = param<InpatientTable>('城乡居民住院起付标准和报销比例', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第三章 十一问（一）市内住院、（二）市外住院'),
    note:
      '市外住院表“临时备案人员在备案地住院”三级一栏的起付线印作“000”；同栏其余各级均为 1000 元，' +
      '第一章 三十问也说临时备案“执行市外起付标准”，故按 1000 元读。',
    value: {
      local: {
        township: { deductible: '100', ratio: '0.90' },
        level1: { deductible: '300', ratio: '0.80' },
        level2: { deductible: '400', ratio: '0.70' },
        level3: { deductible: '700', ratio: '0.60' },
      },
      'long-term-filed': {
        township: { deductible: '100', ratio: '0.90' },
        level1: { deductible: '300', ratio: '0.80' },
        level2: { deductible: '400', ratio: '0.70' },
        level3: { deductible: '700', ratio: '0.60' },
      },
      'temporary-filed': {
        township: { deductible: '1000', ratio: '0.85' },
        level1: { deductible: '1000', ratio: '0.75' },
        level2: { deductible: '1000', ratio: '0.65' },
        level3: { deductible: '1000', ratio: '0.55' },
      },
      unfiled: {
        township: { deductible: '1000', ratio: '0.80' },
        level1: { deductible: '1000', ratio: '0.70' },
        level2: { deductible: '1000', ratio: '0.60' },
        level3: { deductible: '1000', ratio: '0.50' },
      },
    },
  },
});

export const employeeInpatient = param<InpatientTable>('职工住院起付标准和报销比例', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 二十七问（一）市内住院报销、（二）市外住院报销标准'),
    value: {
      local: {
        township: { deductible: '100', ratio: '0.90' },
        level1: { deductible: '300', ratio: '0.85' },
        level2: { deductible: '400', ratio: '0.82' },
        level3: { deductible: '700', ratio: '0.80' },
      },
      'long-term-filed': {
        township: { deductible: '100', ratio: '0.90' },
        level1: { deductible: '300', ratio: '0.85' },
        level2: { deductible: '400', ratio: '0.82' },
        level3: { deductible: '700', ratio: '0.80' },
      },
      'temporary-filed': {
        township: { deductible: '1000', ratio: '0.85' },
        level1: { deductible: '1000', ratio: '0.80' },
        level2: { deductible: '1000', ratio: '0.77' },
        level3: { deductible: '1000', ratio: '0.75' },
      },
      unfiled: {
        township: { deductible: '1000', ratio: '0.80' },
        level1: { deductible: '1000', ratio: '0.75' },
        level2: { deductible: '1000', ratio: '0.72' },
        level3: { deductible: '1000', ratio: '0.70' },
      },
    },
  },
});

/** 第一章 三十问: the rule the 市外 tables follow, kept to check the tables against. */
export const remoteRatioReduction = param<Record<Place, string>>('异地就医报销比例降低幅度', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第一章 三十问 异地就医备案人员医保待遇报销规定'),
    value: { local: '0', 'long-term-filed': '0', 'temporary-filed': '0.05', unfiled: '0.10' },
  },
});
