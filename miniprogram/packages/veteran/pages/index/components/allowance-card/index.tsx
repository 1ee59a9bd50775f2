import { Text, View } from '@tarojs/components';
import type { SubsidyStatusView } from '../../../../../../../shared/contract/veteran';
import { allowanceCard } from '../../../../model/status';

/** 定额门诊补助 of the year: paid on a date, expected in the first quarter, or not for this person — and why. */
export function AllowanceCard({ year, allowance }: { year: number; allowance: SubsidyStatusView['outpatientAllowance'] }) {
  const card = allowanceCard(allowance);
  return (
    <View id='vet-allowance' className='card'>
      <Text className='card-title'>{year} 年定额门诊补助</Text>
      <Text id='vet-allowance-headline' className={`vet-figure vet-figure--${card.tone}`}>
        {card.headline}
      </Text>
      {card.when ? (
        <Text id='vet-allowance-when' className='vet-line'>
          {card.when}
        </Text>
      ) : null}
      <Text id='vet-allowance-text' className='vet-line'>
        {card.text}
      </Text>
      {card.source ? <Text className='vet-source'>依据：{card.source}</Text> : null}
    </View>
  );
}
