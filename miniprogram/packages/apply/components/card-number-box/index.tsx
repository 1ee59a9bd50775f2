import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import { inputName, useFieldLabel, useFieldLeave } from '../../../../components/field/label';
import { accountShown, accountTyped } from '../../model/payee';
import '../../../../components/text-box/index.css';

/**
 * The 银行卡号 box: the numeric keyboard, the digits shown in groups of four as she types ("6222 0212 3456 7894") and
 * kept as digits, and — like TextBox — the whole box takes a tap and leaving it runs the Field's check. On H5 the
 * native input is a text input with the numeric keypad (`inputmode`): a number input would drop the spaces' value.
 */
export function CardNumberBox(props: { id: string; digits: string; placeholder?: string; onChange: (digits: string) => void }) {
  const { id, digits, placeholder, onChange } = props;
  const [focused, setFocused] = useState(false);
  const label = useFieldLabel();
  const leave = useFieldLeave();
  const named = inputName(label);
  const native = process.env.TARO_ENV === 'h5' ? { ...named.nativeProps, type: 'text', inputmode: 'numeric', autocomplete: 'off' } : named.nativeProps;
  return (
    <View className='text-box' onClick={() => setFocused(true)}>
      <Input
        id={id}
        className='text-box-input'
        type='number'
        value={accountShown(digits)}
        placeholder={placeholder}
        // 19 digits and the spaces between their groups.
        maxlength={23}
        {...named}
        {...(native ? { nativeProps: native } : {})}
        focus={focused}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          leave?.();
        }}
        onInput={(e) => onChange(accountTyped(e.detail.value))}
      />
    </View>
  );
}
