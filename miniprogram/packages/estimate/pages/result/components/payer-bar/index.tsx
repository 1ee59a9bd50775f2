import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../../../shared/money';
import type { BarSegment } from '../../../../model/bar';
import './index.css';

/** One horizontal bar split by payer, then a legend with each payer's amount and share. */
export function PayerBar({ segments }: { segments: BarSegment[] }) {
  return (
    <View id='payer-bar' className='payer-bar'>
      <View className='payer-bar-track'>
        {segments.map((s) => (
          <View key={s.payer} id={`bar-${s.payer}`} className={`payer-bar-seg payer-${s.payer}`} style={{ width: `${s.percent}%` }} />
        ))}
      </View>
      <View className='payer-legend'>
        {segments.map((s) => (
          <View key={s.payer} id={`legend-${s.payer}`} className='payer-legend-item'>
            <View className={`payer-legend-dot payer-${s.payer}`} />
            <Text className='payer-legend-name'>{s.name}</Text>
            <Text className='payer-legend-amount legend-amount'>{yuan(s.amount)}</Text>
            <Text className='payer-legend-percent'>{s.percent}%</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
