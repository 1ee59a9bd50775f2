import { Input, Text, View } from '@tarojs/components';
import type { DateParts } from '../../../../model/draft';
import { inputName, useFieldLabel } from '../../../../../../components/field/label';
import './index.css';

/**
 * A date as three number boxes (年 月 日) with the numeric keyboard, and a 今天 shortcut: nothing to type but digits.
 * Each box has the id `<id>-y`, `<id>-m`, `<id>-d`.
 */
export function DateInput(props: { id: string; value: DateParts; today?: DateParts; onChange: (value: DateParts) => void }) {
  const { id, value, today, onChange } = props;
  const label = useFieldLabel();
  const box = (part: keyof DateParts, unit: string, width: string, max: number) => (
    <View className={`date-input-part date-input-part--${part}`}>
      <Input
        id={`${id}-${part}`}
        className='date-input-box'
        type='number'
        value={value[part]}
        maxlength={max}
        style={{ width }}
        {...inputName(`${label}${unit}`)}
        onInput={(e) => onChange({ ...value, [part]: e.detail.value })}
      />
      <Text className='date-input-unit'>{unit}</Text>
    </View>
  );
  return (
    <View id={id} className='date-input'>
      {box('y', '年', '3.2em', 4)}
      {box('m', '月', '1.8em', 2)}
      {box('d', '日', '1.8em', 2)}
      {today ? (
        <View id={`${id}-today`} className='date-input-today' hoverClass='btn-hover' ariaRole='button' onClick={() => onChange(today)}>
          今天
        </View>
      ) : null}
    </View>
  );
}
