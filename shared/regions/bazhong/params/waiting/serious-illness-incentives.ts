import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 大病保险限额激励 (第三章 九问): "对连续参加居民医保满4年的参保人员，之后每连续参保1年，提高大病保险最高支付限额
 * 4000元；对参加居民医保当年基金零报销人员，次年提高大病保险最高支付限额4000元……累计提高总额不超过大病保险原封顶线
 * 的20%". Counted "从2025年起".
 */
export const seriousIllnessIncentives = param<{
  countFrom: number;
  continuityAfterYears: number;
  continuityPerYear: string;
  zeroClaimBonus: string;
  maxIncreaseShare: string;
}>('大病保险连续参保和基金零报销激励', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第三章 九问'),
    value: {
      countFrom: 2025,
      continuityAfterYears: 4,
      continuityPerYear: '4000',
      zeroClaimBonus: '4000',
      maxIncreaseShare: '0.20',
    },
  },
});

/**
 * 断保约束 (第三章 十问（一）): "从2025年起，断保人员再参保的，每断保1年，降低大病保险最高支付限额4000元，累计降低
 * 额度不超过大病保险原封顶线的20%".
 */
export const seriousIllnessBreakPenalty = param<{ countFrom: number; perYear: string; maxDecreaseShare: string }>(
  '大病保险断保降低限额',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第三章 十问（一）'),
      value: { countFrom: 2025, perYear: '4000', maxDecreaseShare: '0.20' },
    },
  },
);
