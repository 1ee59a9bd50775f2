import type { YearProgram } from '../../../year/program';
import { meters } from './meters';

/**
 * The region's rules over the year record (004): the meters of a result. 依申请救助 (第六章 五问（三）) is not
 * encoded: it is refused with the reason (applicationAssistanceNotCovered).
 */
export const year: YearProgram = {
  meters,
  applicationAssistanceNotCovered:
    '巴中市的依申请救助（手册第六章 五问（三））“以认定时间为节点，按照认定类别和对应救助标准”追溯救助年度内的个人自付合规医疗费用，暂未收录',
};
