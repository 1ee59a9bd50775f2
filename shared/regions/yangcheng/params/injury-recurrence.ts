import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第四条（三）2: "七至十级残疾军人到用人单位后因旧伤复发医疗费用，已经参加工伤保险的，由工伤保险基金支付；未参加工伤保险的，
 * 由用人单位按照工伤保险标准予以解决。无用人单位或者所在单位无力支付的，由县退役军人事务局从优抚对象医疗补助资金中按 80%
 * 给予补助。"
 */
export const injuryRecurrence = param<{ ratio: string; minGrade: number; maxGrade: number }>(
  '七至十级残疾军人旧伤复发医疗补助',
  'table',
  {
    '2026-07-01': {
      source: cite(DOC, '第四条（三）2'),
      note: '本项未写年度限额；3 万元限额属于第（三）项第 1 目，不套用到旧伤复发。',
      value: { ratio: '0.80', minGrade: 7, maxGrade: 10 },
    },
  },
);
