import { invalidField, notCovered } from '../../../errors';
import { valueAt } from '../../../params/param';
import { retirementMinimumYears } from '../params/waiting/retirement-minimum';
import type { RetirementMinimum } from '../../../waiting/program';

// This region's rules (004), not generic ones: shared/waiting reaches them through its waiting table.


/**
 * 第二章 十九问: "2025年，参保人员累计缴费年限不得低于20年且在本市缴费年限不低于10年。2026年起，实行渐进式延长最低缴费
 * 年限，到2035年达到全省统一的男性30年、女性25年和省内累计缴费15年". 2026–2034 are refused: the yearly steps are
 * not published and are not interpolated.
 */
export function retirementMinimum(year: number, sex: 'male' | 'female'): RetirementMinimum {
  if (!Number.isInteger(year)) throw invalidField('退休年度', '须为整数年份，例如 2025', ['year']);
  if (sex !== 'male' && sex !== 'female') {
    throw invalidField('性别', '取值不在允许范围内（可选：male、female）', ['sex']);
  }
  let v;
  try {
    v = valueAt(retirementMinimumYears, `${year}-01-01`);
  } catch {
    throw notCovered(`${year} 年的退休最低缴费年限手册未给出（自 2025 年起收录），暂未收录`, 'year');
  }
  if (v.value === null) {
    throw notCovered(
      `${year} 年处于渐进式延长最低缴费年限期间（2026 年起，到 2035 年达到男性 30 年、女性 25 年、省内 15 年），手册暂未公布逐年标准，暂未收录`,
      'year',
    );
  }
  const s = v.value;
  const total = s.totalYears[sex];
  return {
    year,
    sex,
    totalYears: total,
    localYears: s.localYears,
    localScope: s.localScope,
    formula: `${year} 年达到法定退休年龄：累计缴费年限不低于 ${total} 年，且${s.localScope}缴费年限不低于 ${s.localYears} 年`,
    source: v.source,
  };
}
