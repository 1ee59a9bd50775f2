import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { inputName, useFieldLabel, useFieldLeave } from '../field/label';
import './index.css';

/**
 * A large box for one line of text: a name, an ID number (the 身份证 keyboard on weapp), a phone, an amount. The value
 * stays the string typed; the shared schemas judge it. The Input carries `id`, so tests and labels find the box.
 * The whole box takes a tap (issue 15): the box is 64 px tall but the input inside is half that, and a tap on the edge
 * or on the unit ("元") focused nothing; a tap anywhere now focuses the input (`focus`, on weapp and H5 alike).
 */
export function TextBox(props: {
  id: string;
  value: string;
  placeholder?: string;
  kind?: 'text' | 'idcard' | 'phone' | 'amount';
  maxlength?: number;
  unit?: string;
  onChange: (value: string) => void;
}) {
  const { id, value, placeholder, kind = 'text', maxlength = 60, unit, onChange } = props;
  const type = kind === 'idcard' ? 'idcard' : kind === 'phone' ? 'number' : kind === 'amount' ? 'digit' : 'text';
  const [focused, setFocused] = useState(false);
  const label = useFieldLabel();
  const leave = useFieldLeave();
  return (
    <View className='text-box' onClick={() => setFocused(true)}>
      <Input
        id={id}
        className='text-box-input'
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        {...inputName(label)}
        focus={focused}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          leave?.();
        }}
        onInput={(e) => onChange(e.detail.value)}
      />
      {unit ? <Text className='text-box-unit'>{unit}</Text> : null}
    </View>
  );
}
