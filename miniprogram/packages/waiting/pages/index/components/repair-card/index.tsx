import { Text, View } from '@tarojs/components';
import { citationText, type Source } from '../../../../../../../shared/source';
import type { RepairAdvice } from '../../../../model/advice';
import './index.css';

/**
 * 怎样少等几个月: what paying for missed years costs and gains, with one button that recomputes the answer as if it
 * were paid (and one to go back). Without a repair to offer, the way not to wait next year.
 */
export function RepairCard(props: {
  advice: RepairAdvice;
  keepCovered: { text: string; source: Source } | null;
  onApply: (years: number) => void;
  onUndo: () => void;
}) {
  const { advice, keepCovered, onApply, onUndo } = props;
  if (!advice && !keepCovered) return null;
  return (
    <View id='waiting-shorten' className='card repair-card'>
      <Text className='card-title'>怎样少等几个月</Text>
      {advice ? (
        <View className='repair-offer'>
          {advice.state === 'applied' ? (
            <Text id='repair-state' className='repair-state'>
              已按补缴 {advice.years} 年计算，上面的日期已经缩短。
            </Text>
          ) : (
            <Text className='repair-lead'>断保的年份可以补缴（缴费修复），每补缴 1 年少等 1 个月：</Text>
          )}
          <Text id='repair-cost' className='repair-line repair-cost'>
            {advice.cost}
          </Text>
          <Text id='repair-gain' className='repair-line repair-gain'>
            {advice.gain}
          </Text>
          {advice.lines.map((line) => (
            <Text key={line} className='repair-note muted'>
              · {line}
            </Text>
          ))}
          <Text className='repair-source'>依据：{citationText(advice.source)}</Text>
          {advice.state === 'applied' ? (
            <View id='repair-undo' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onUndo}>
              不补缴，看原来的日期
            </View>
          ) : (
            <View id='repair-apply' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => onApply(advice.years)}>
              补缴 {advice.years} 年，算一算能提前到哪天
            </View>
          )}
        </View>
      ) : null}
      {keepCovered ? (
        <View id='keep-covered' className='repair-keep'>
          <Text className='repair-line'>{keepCovered.text}</Text>
          <Text className='repair-source'>依据：{citationText(keepCovered.source)}</Text>
        </View>
      ) : null}
    </View>
  );
}
