import { Input, Text, View } from '@tarojs/components';
import './index.css';

/**
 * A large box for one line of text: a name, an ID number (the 身份证 keyboard on weapp), a phone, an amount. The value
 * stays the string typed; the shared schemas judge it. The Input carries `id`, so tests and labels find the box.
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
  return (
    <View className='text-box'>
      <Input
        id={id}
        className='text-box-input'
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
      />
      {unit ? <Text className='text-box-unit'>{unit}</Text> : null}
    </View>
  );
}
