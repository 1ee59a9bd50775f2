import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第十三条: "其中一级至四级残疾退役军人给予全额补助，五级至六级残疾退役军人补助比例不低于 80%，七级至十级残疾退役军人补助
 * 比例不低于 60%。各地根据以上补助标准，结合本地实际，研究制定具体补助办法。" Brackets by grade; each ratio is the
 * minimum a 市/县 may raise (全额 is 1.00, which cannot be raised).
 */
export const inpatientRatio = param<{ fromGrade: number; toGrade: number; minRatio: string }[]>(
  '残疾退役军人住院医疗补助比例（最低）',
  'table',
  {
    '2023-12-29': {
      source: cite(DOC, '第十三条'),
      value: [
        { fromGrade: 1, toGrade: 4, minRatio: '1.00' },
        { fromGrade: 5, toGrade: 6, minRatio: '0.80' },
        { fromGrade: 7, toGrade: 10, minRatio: '0.60' },
      ],
    },
  },
);
