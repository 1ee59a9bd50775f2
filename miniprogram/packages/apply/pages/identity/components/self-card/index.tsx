import { Text, View } from '@tarojs/components';
import type { SelfCard as Card } from '../../../../../../models/identity';

/** The account's own binding: who, the level in a word, and — while 待核验 — where to go and the 核验编号 to show. */
export function SelfCard({ card }: { card: Card }) {
  if (card.kind === 'none') {
    return (
      <View id='identity-self' className='card'>
        <Text id='identity-title' className='card-title'>
          {card.title}
        </Text>
        <Text className='apply-line'>{card.text}</Text>
      </View>
    );
  }
  if (card.kind === 'verified') {
    return (
      <View id='identity-self' className='card identity-self identity-self--ok'>
        <View className='identity-head'>
          <Text id='identity-title' className='card-title identity-head-title'>
            {card.title}
          </Text>
          <Text id='identity-level' className='status-badge status-badge--ok'>
            {card.badge}
          </Text>
        </View>
        <Text id='identity-person' className='apply-line'>
          {card.person}
        </Text>
        <Text id='identity-how' className='apply-line'>
          {card.how}
        </Text>
        {card.when ? (
          <Text id='identity-when' className='apply-line'>
            {card.when}
          </Text>
        ) : null}
      </View>
    );
  }
  return (
    <View id='identity-self' className='card identity-self identity-self--warn'>
      <View className='identity-head'>
        <Text id='identity-title' className='card-title identity-head-title'>
          {card.title}
        </Text>
        <Text id='identity-level' className='status-badge status-badge--warn'>
          {card.badge}
        </Text>
      </View>
      <Text id='identity-person' className='apply-line'>
        {card.person}
      </Text>
      <Text id='identity-why' className='apply-line identity-why'>
        {card.why}
      </Text>
      <Text className='apply-label'>怎样核验</Text>
      {card.steps.map((s, i) => (
        <Text key={s} id={`identity-step-${i}`} className='apply-line'>
          {i + 1}. {s}
        </Text>
      ))}
      <View id='identity-ref-box' className='identity-ref-box'>
        <Text className='identity-ref-label'>核验编号</Text>
        <Text id='identity-ref' className='identity-ref'>
          {card.refSpoken}
        </Text>
        <Text className='apply-note'>到窗口时把这个页面给工作人员看，或者念给工作人员听。</Text>
      </View>
    </View>
  );
}
