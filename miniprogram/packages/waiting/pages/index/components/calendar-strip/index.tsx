import { Text, View } from '@tarojs/components';
import { STRIP_LEGEND, type StripMonth } from '../../../../model/calendar';
import './index.css';

const KIND_WORDS: Record<StripMonth['kind'], string> = {
  before: '尚未起算',
  waiting: '等待',
  start: '开始报销',
  covered: '可报销',
};

/**
 * The answer as a picture: months in a row, the waiting ones shaded, the first covered one marked with its day. The
 * row wraps after five months (four in 长辈模式) rather than scrolling sideways, so no month is hidden from someone
 * who would not think to swipe. Each cell is `strip-<YYYY-MM>` with the class `strip-cell--<kind>`.
 */
export function CalendarStrip({ months }: { months: StripMonth[] }) {
  return (
    <View className='strip'>
      <View id='calendar-strip' className='strip-row'>
        {months.map((m) => (
          <View
            key={m.key}
            id={`strip-${m.key}`}
            className={`strip-cell strip-cell--${m.kind}`}
            ariaLabel={`${m.year}年${m.month}月，${m.kind === 'start' ? `${m.startDay}日起开始报销` : KIND_WORDS[m.kind]}${m.paid ? '，这个月缴费' : ''}`}
          >
            <Text className='strip-year'>{m.showYear ? `${m.year}年` : '\u00a0'}</Text>
            <Text className='strip-month'>{m.month}月</Text>
            <Text className='strip-word'>{m.kind === 'start' ? `${m.startDay}日起` : KIND_WORDS[m.kind]}</Text>
            <Text className='strip-paid'>{m.paid ? '缴费' : '\u00a0'}</Text>
          </View>
        ))}
      </View>
      <View className='strip-legend'>
        {STRIP_LEGEND.map((l) => (
          <View key={l.kind} className='strip-legend-item'>
            <View className={`strip-swatch strip-cell--${l.kind}`} />
            <Text className='muted'>{l.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
