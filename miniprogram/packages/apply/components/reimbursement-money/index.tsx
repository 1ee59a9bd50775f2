import { Text, View } from '@tarojs/components';
import type { ReimbursementMoney } from '../../model/payee';
import './index.css';

/**
 * 手工报销的钱 (issue 15): the amount claimed (grouped, and in 大写), where the money will be paid (the insured person's
 * own card, masked), and — plainly — that the amount reimbursed is not estimated here, and why, with the source.
 */
export function ReimbursementMoneyCard({ id, money }: { id: string; money: ReimbursementMoney }) {
  return (
    <View id={id} className='card money'>
      <Text className='card-title'>报销的钱</Text>
      <View className='apply-summary-row'>
        <Text className='apply-summary-label'>申请报销的医疗费用</Text>
        <Text id={`${id}-claimed`} className='apply-summary-value money-figure'>
          {money.claimed ?? '未填写'}
        </Text>
      </View>
      {money.claimedWords ? (
        <View className='apply-summary-row'>
          <Text className='apply-summary-label'>大写</Text>
          <Text id={`${id}-claimed-words`} className='apply-summary-value'>
            {money.claimedWords}
          </Text>
        </View>
      ) : null}
      <Text className='money-subtitle'>报销款付到</Text>
      <View className='apply-summary-row'>
        <Text className='apply-summary-label'>收款人</Text>
        <Text id={`${id}-payee`} className='apply-summary-value'>
          {money.payeeName}（参保人本人）
        </Text>
      </View>
      <View className='apply-summary-row'>
        <Text className='apply-summary-label'>开户银行</Text>
        <Text id={`${id}-bank`} className='apply-summary-value'>
          {money.bank ?? '未填写'}
        </Text>
      </View>
      <View className='apply-summary-row'>
        <Text className='apply-summary-label'>银行卡号</Text>
        <View id={`${id}-account`} className='apply-summary-value'>
          {money.accountMasked
            ? money.accountMasked.split(' ').map((g, i, all) => (
                <Text key={i} className='account-group'>
                  {i < all.length - 1 ? `${g} ` : g}
                </Text>
              ))
            : '未填写'}
        </View>
      </View>
      <Text className='money-subtitle'>能报销多少</Text>
      <Text id={`${id}-note`} className='apply-line'>
        {money.note}
      </Text>
      <Text className='apply-note'>依据：{money.source}</Text>
    </View>
  );
}
