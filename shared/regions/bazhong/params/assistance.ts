import { param } from '../../../params/param';
import { cite } from '../../../source';
import type { Category } from '../manifest';
import { DOC } from '../documents';


/**
 * 常规救助 by category. The deductible is either a fixed amount or a share of the prior year's per-capita
 * disposable income (shared with 大病保险). "特困人员、" in the table's first row is read as 特困人员、孤儿: the
 * 倾斜救助 table and 第六章 四问 treat the two together.
 */
export interface AssistanceRule {
  deductible: { fixed: string } | { incomeShare: string };
  ratio: string;
  annualLimit: string;
}

export const routineAssistance = param<Record<Category, AssistanceRule>>('医疗救助常规救助标准', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第六章 五问（一）常规救助'),
    value: {
      'extreme-poverty': { deductible: { fixed: '0' }, ratio: '1.00', annualLimit: '30000' },
      orphan: { deductible: { fixed: '0' }, ratio: '1.00', annualLimit: '30000' },
      dibao: { deductible: { fixed: '0' }, ratio: '0.70', annualLimit: '20000' },
      'relapse-monitored': { deductible: { incomeShare: '0.05' }, ratio: '0.65', annualLimit: '20000' },
      'dibao-edge': { deductible: { incomeShare: '0.10' }, ratio: '0.50', annualLimit: '10000' },
      'illness-impoverished': { deductible: { incomeShare: '0.25' }, ratio: '0.50', annualLimit: '10000' },
    },
  },
});

/** 倾斜救助: above the year's 防止返贫监测线, 100% for 特困/孤儿 and 50% for the others, 10,000 a year. */
export const tiltedAssistance = param<{ threshold: string; ratios: Record<Category, string>; annualLimit: string }>(
  '医疗救助倾斜救助标准',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第六章 五问（二）倾斜救助'),
      documentedUntil: '2025-12-31',
      value: {
        threshold: '8500',
        ratios: {
          'extreme-poverty': '1.00',
          orphan: '1.00',
          dibao: '0.50',
          'relapse-monitored': '0.50',
          'dibao-edge': '0.50',
          'illness-impoverished': '0.50',
        },
        annualLimit: '10000',
      },
    },
  },
);
