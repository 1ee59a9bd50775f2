import { Input, Text, View } from '@tarojs/components';
import { inputName, useFieldLabel } from '../field/label';
import './index.css';

/** The three boxes' text, as typed (a task's draft keeps a date this way: apply/model/draft, veteran/model/claim). */
export interface DateParts {
  y: string;
  m: string;
  d: string;
}

/** A date as three number boxes (年 月 日), ids `<id>-y`, `<id>-m`, `<id>-d`: nothing to type but digits. */
export function DateBoxes(props: { id: string; value: DateParts; onChange: (value: DateParts) => void }) {
  const { id, value, onChange } = props;
  const label = useFieldLabel();
  const box = (part: keyof DateParts, unit: string, width: string, max: number) => (
    <View className='date-boxes-part'>
      <Input
        id={`${id}-${part}`}
        className='date-boxes-input'
        type='number'
        value={value[part]}
        maxlength={max}
        style={{ width }}
        {...inputName(`${label}${unit}`)}
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
