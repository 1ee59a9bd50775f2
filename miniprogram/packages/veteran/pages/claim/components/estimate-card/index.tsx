import { Text, View } from '@tarojs/components';
import type { EstimateCard as Card } from '../../../../model/claim';

/** The estimate before filing: the amount first, then how it was computed, each step with its article. */
export function EstimateCard({ card }: { card: Card }) {
  return (
    <View id='claim-estimate-card' className={`claim-estimate ${card.refused ? 'claim-estimate--refused' : ''}`}>
      <Text id='claim-estimate-headline' className={`vet-figure ${card.refused ? 'vet-figure--warn' : 'vet-figure--ok'}`}>
        {card.headline}
      </Text>
      {card.lines.map((l) => (
        <Text key={l} className='vet-line claim-estimate-line'>
          {l}
        </Text>
      ))}
      <Text className='vet-subtitle'>怎么算的</Text>
      {card.steps.map((s, i) => (
        <View key={`${i}-${s.text}`} id={`claim-estimate-step-${i}`} className='claim-step'>
          <Text className='vet-line'>{s.text}</Text>
          <Text className='vet-source'>依据：{s.source}</Text>
        </View>
      ))}
      {card.window ? (
        <Text id='claim-estimate-window' className='vet-line claim-estimate-line'>
          办理时间：{card.window}，到所在乡（镇）退役军人服务站。
        </Text>
      ) : null}
      {card.notes.map((n) => (
        <Text key={n} className='vet-note'>
          · {n}
        </Text>
      ))}
      <Text className='vet-note'>这是按已登记的补助测算的金额，以县退役军人事务局审批拨付的为准。</Text>
    </View>
  );
}
