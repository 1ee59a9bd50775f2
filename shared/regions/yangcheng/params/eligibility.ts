import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第二条 who counts: "退出现役的残疾军人(因战、因公、因病一至六级，因战、因公七至十级)" and the four other groups;
 * "前款所列对象除一至六级残疾军人外，在本办法中简称其他优抚对象". So a grade 7–10 disabled veteran disabled by
 * illness (因病) is not an 优抚对象 of this 细则, and grades 7–10 belong to 其他优抚对象.
 */
export const eligibility = param<{
  /** Grades 1..fullSubsidyMaxGrade are the 一至六级 of 第三条; the rest are 其他优抚对象. */
  fullSubsidyMaxGrade: number;
  /** Causes that count for grades above fullSubsidyMaxGrade. */
  lowerGradeCauses: ('war' | 'duty' | 'illness')[];
  conditions: string;
}>('优抚对象范围', 'table', {
  '2026-07-01': {
    source: cite(DOC, '第二条'),
    value: {
      fullSubsidyMaxGrade: 6,
      lowerGradeCauses: ['war', 'duty'],
      conditions: '具有本县城乡居民户籍，按照国家规定享受定期抚恤和生活补助',
    },
  },
});
