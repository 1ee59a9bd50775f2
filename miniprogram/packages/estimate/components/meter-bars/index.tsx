import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../shared/money';
import { citationText } from '../../../../../shared/source';
import type { Meter } from '../../../../../shared/year/meter';
import { meterPercent } from '../../../../models/year';
import './index.css';

/**
 * How far the year has gone against each cap and deductible after a visit (shared/year meters): one bar each, the
 * amounts to the fen, where the next visit starts from, and where the figure is written. 长辈模式 says the same in
 * plainer words (never fewer decimals).
 */
export function MeterBars(props: { id: string; meters: Meter[]; elder: boolean; nextWord: string }) {
  const { id, meters, elder, nextWord } = props;
  return (
    <View id={id} className='meter-bars'>
      {meters.map((m) => {
        const percent = meterPercent(m.used, m.limit);
        const deductible = m.kind === 'deductible';
        const passed = deductible && m.remaining === '0.00';
        return (
          <View key={m.id} id={`${id}-${m.id}`} className='meter'>
            <View className='meter-head'>
              <Text className='meter-label'>{m.label}</Text>
              <Text className='meter-figures'>
                {yuan(m.used)} / {yuan(m.limit)}
              </Text>
            </View>
            <View className='meter-track'>
              <View className={`meter-fill ${deductible ? 'meter-fill--deductible' : ''}`} style={{ width: `${percent}%` }} />
            </View>
            <Text className='meter-remaining'>
              {deductible
                ? passed
                  ? elder
                    ? `今年已经算进 ${yuan(m.used)}，已经过了起付线 ${yuan(m.limit)}，不用再扣`
                    : `已累计 ${yuan(m.used)}，已过起付线`
                  : elder
                    ? `今年已经算进 ${yuan(m.used)}，起付线 ${yuan(m.limit)}，还差 ${yuan(m.remaining)}`
                    : `已累计 ${yuan(m.used)}，还差 ${yuan(m.remaining)} 到起付线`
                : elder
                  ? `今年已经用了 ${yuan(m.used)}，最多 ${yuan(m.limit)}，还能用 ${yuan(m.remaining)}`
                  : `已用 ${yuan(m.used)}，还剩 ${yuan(m.remaining)}`}
            </Text>
            <Text className='meter-next'>
              {nextWord}从这里算起：{yuan(m.used)}
            </Text>
            {m.note ? <Text className='muted meter-note'>{m.note}</Text> : null}
            <Text className='muted meter-source'>依据：{citationText(m.source)}</Text>
          </View>
        );
      })}
    </View>
  );
}
