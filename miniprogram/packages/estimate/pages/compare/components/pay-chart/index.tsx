import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../../../shared/money';
import type { PayCurve } from '../../../../../../../shared/compare/curve';
import { chartGeometry } from './geometry';
import './index.css';

/**
 * Personal pay against bill size as plain boxes (no canvas: the same on weapp and H5, and each column has its own
 * spoken label): a column per bill size, the markers as numbered vertical lines, her own bill as a dashed line, then
 * one sentence per marker.
 */
export function PayChart({ curve }: { curve: PayCurve }) {
  const g = chartGeometry(curve);
  return (
    <View id='pay-chart' className='pay-chart'>
      <View className='pay-chart-axis-top'>
        <Text className='muted'>个人负担（最高 {yuan(g.highestPay)}）</Text>
      </View>
      <View id='pay-chart-plot' className='pay-chart-plot' ariaRole='img' ariaLabel={g.ariaLabel}>
        <View className='pay-chart-columns'>
          {g.columns.map((c, index) => (
            <View key={c.key} id={`pay-column-${index}`} className='pay-chart-column-slot' ariaRole='img' ariaLabel={c.ariaLabel}>
              <View className='pay-chart-column' style={{ height: `${c.height}%` }} />
            </View>
          ))}
        </View>
        {g.lines.map((line, index) => (
          <View key={line.badge} id={`pay-line-${index}`} className='pay-chart-line' style={{ left: `${line.left}%` }} ariaRole='img' ariaLabel={line.ariaLabel}>
            <Text className={`pay-chart-badge pay-chart-badge--row${line.row}`}>{line.badge}</Text>
          </View>
        ))}
        <View id='pay-line-current' className='pay-chart-line pay-chart-line--current' style={{ left: `${g.current.left}%` }} ariaRole='img' ariaLabel={g.current.ariaLabel} />
      </View>
      <View className='pay-chart-axis'>
        <Text className='muted'>0</Text>
        <Text className='muted'>医疗总费用 →</Text>
        <Text className='muted'>{yuan(g.lastBill)}</Text>
      </View>
      <View className='pay-chart-key'>
        <View className='pay-chart-key-item'>
          <View className='pay-chart-key-swatch payer-patient' />
          <Text className='muted'>个人负担</Text>
        </View>
        <View className='pay-chart-key-item'>
          <View className='pay-chart-key-dash' />
          <Text className='muted'>这次的费用 {yuan(curve.current.totalCost)}</Text>
        </View>
      </View>
      <View id='pay-markers' className='pay-markers'>
        {g.lines.map((line, index) => (
          <View key={line.badge} id={`pay-marker-${index}`} className='pay-marker'>
            <Text className='pay-marker-badge'>{line.badge}</Text>
            <Text className='pay-marker-text'>{line.sentence}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
