import { Input, Text, View } from '@tarojs/components';
import type { DateParts } from '../../model/draft';
import './index.css';

/** A date as three number boxes (年 月 日), ids `<id>-y`, `<id>-m`, `<id>-d`: nothing to type but digits. */
export function DateBoxes(props: { id: string; value: DateParts; onChange: (value: DateParts) => void }) {
  const { id, value, onChange } = props;
  const box = (part: keyof DateParts, unit: string, width: string, max: number) => (
    <View className='date-boxes-part'>
      <Input
        id={`${id}-${part}`}
        className='date-boxes-input'
        type='number'
        value={value[part]}
        maxlength={max}
        style={{ width }}
        ariaLabel={unit}
        onInput={(e) => onChange({ ...value, [part]: e.detail.value })}
      />
      <Text className='date-boxes-unit'>{unit}</Text>
    </View>
  );
  return (
    <View id={id} className='date-boxes'>
      {box('y', '年', '3.2em', 4)}
      {box('m', '月', '1.8em', 2)}
      {box('d', '日', '1.8em', 2)}
    </View>
  );
}
