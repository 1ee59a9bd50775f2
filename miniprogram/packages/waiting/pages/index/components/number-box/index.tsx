import { Input, Text, View } from '@tarojs/components';
import { inputName, useFieldLabel } from '../../../../../../components/field/label';
import './index.css';

/** A whole-number box with the numeric keyboard and its unit (年, 个月); the value stays the string typed. */
export function NumberBox(props: { id: string; value: string; unit: string; placeholder?: string; onChange: (value: string) => void }) {
  const { id, value, unit, placeholder, onChange } = props;
  const label = useFieldLabel();
  return (
    <View className='number-box'>
      <Input
        id={id}
        className='number-box-input'
        type='number'
        value={value}
        placeholder={placeholder}
        maxlength={4}
        {...inputName(`${label}（${unit}）`)}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className='number-box-unit'>{unit}</Text>
    </View>
  );
}
