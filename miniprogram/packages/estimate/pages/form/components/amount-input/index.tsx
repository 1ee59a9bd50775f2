import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { inputName, useFieldLabel } from '../../../../../../components/field/label';
import './index.css';

/**
 * A large box for a figure the person types: an amount (decimal keyboard, 元), a whole number (`integer`) or a code
 * (`text`). The value stays the string typed; the schema judges it. A tap anywhere on the box, the unit included,
 * focuses the input (as TextBox does).
 */
export function AmountInput(props: {
  id: string;
  value: string;
  placeholder?: string;
  unit?: string;
  integer?: boolean;
  text?: boolean;
  maxlength?: number;
  onChange: (value: string) => void;
}) {
  const { id, value, placeholder, unit = '元', integer, text, maxlength = 15, onChange } = props;
  const [focused, setFocused] = useState(false);
  const label = useFieldLabel();
  return (
    <View className='amount-input' onClick={() => setFocused(true)}>
      <Input
        id={id}
        className='amount-input-box'
        type={text ? 'text' : integer ? 'number' : 'digit'}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        {...inputName(label)}
        focus={focused}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onInput={(e) => onChange(e.detail.value)}
      />
      {unit ? <Text className='amount-input-unit'>{unit}</Text> : null}
    </View>
  );
}
