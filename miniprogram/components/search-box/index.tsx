import { Input, View } from '@tarojs/components';
import './index.css';

/** A large text box for finding something by name or code, with a clear button once something is typed. */
export function SearchBox(props: { id: string; value: string; placeholder: string; onChange: (value: string) => void }) {
  const { id, value, placeholder, onChange } = props;
  return (
    <View className='search-box'>
      <Input
        id={id}
        className='search-box-input'
        type='text'
        confirmType='search'
        value={value}
        placeholder={placeholder}
        maxlength={30}
        ariaLabel={placeholder}
        nativeProps={{ 'aria-label': placeholder }}
        onInput={(e) => onChange(e.detail.value)}
      />
      {value ? (
        <View id={`${id}-clear`} className='search-box-clear' ariaRole='button' ariaLabel='清空' onClick={() => onChange('')}>
          清空
        </View>
      ) : null}
    </View>
  );
}
