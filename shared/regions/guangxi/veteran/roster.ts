import type { RosterPerson, VeteranProgram } from '../../../veteran/program';
import { manifest } from '../manifest';

/** 第二条: the 办法 covers 残疾退役军人 only; a roster row of another category is refused rather than stored unusable. */
export const rosterProblem: VeteranProgram['rosterProblem'] = (p: RosterPerson) => {
  if ((manifest.veteran.categories as readonly string[]).includes(p.category)) return null;
  return { column: 'category', message: '广西的实施办法只适用于残疾退役军人（001 第二条）；其他优抚对象在广西的医疗补助暂未收录' };
};
