import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第三十五条: "本办法自印发之日起施行" (印发 2023 年 12 月 29 日); 桂民发〔2007〕59 号 "同时废止". What applied
 * before is not collected.
 */
export const inForce = param<{ replaces: string }>('广西残疾退役军人医疗保障实施办法施行日期', 'text', {
  '2023-12-29': {
    source: cite(DOC, '第三十五条'),
    value: { replaces: '《广西壮族自治区一至六级残疾军人医疗保障实施办法》（桂民发〔2007〕59 号）' },
  },
});
