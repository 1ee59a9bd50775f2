import type { RosterPerson, VeteranProgram } from '../../../veteran/program';
import { firstValue } from '../../../params/param';
import { eligibility } from '../params/eligibility';

/**
 * 第二条: "退出现役的残疾军人(因战、因公、因病一至六级，因战、因公七至十级)". A 七至十级 row must say the cause, and
 * 因病 七至十级 is not an 优抚对象 of the 细则: the row is refused rather than stored unusable.
 */
export const rosterProblem: VeteranProgram['rosterProblem'] = (p: RosterPerson) => {
  const rule = firstValue(eligibility).value;
  if (p.category !== 'disabled' || (p.disabilityGrade as number) <= rule.fullSubsidyMaxGrade) return null;
  if (p.cause === null) return { column: 'cause', message: '七至十级残疾军人须填写致残原因（因战、因公、因病）' };
  if (!rule.lowerGradeCauses.includes(p.cause)) {
    return { column: 'cause', message: '因病七至十级残疾军人不属于阳城县实施细则所称优抚对象（000 第二条：因战、因公七至十级）' };
  }
  return null;
};
