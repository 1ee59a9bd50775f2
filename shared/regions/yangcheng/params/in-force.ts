import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第十四条: "本办法自 2026 年 7 月 1 日起施行。……《阳城县优抚对象医疗补助资金使用管理办法(试行)》(阳民字[2016]11 号)
 * 同时废止。" What applied before is not collected.
 */
export const inForce = param<{ replaces: string }>('阳城县优抚对象医疗保障实施细则施行日期', 'text', {
  '2026-07-01': {
    source: cite(DOC, '第十四条'),
    value: { replaces: '《阳城县优抚对象医疗补助资金使用管理办法(试行)》(阳民字[2016]11 号)' },
  },
});
