import { Text, View } from '@tarojs/components';
import './index.css';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  /** One plain line under the label. */
  explain?: string;
}

/**
 * Big tappable option cards for one choice (`multiple` false) or several. Each card has the id
 * `<id>-<value>`, so tests and screen readers find the same thing a person taps.
 */
export function ChoiceGroup<T extends string>(props: {
  id: string;
  options: ChoiceOption<T>[];
  selected: readonly T[];
  multiple?: boolean;
  onChange: (next: T[]) => void;
}) {
  const { id, options, selected, multiple, onChange } = props;
  const toggle = (value: T) => {
    if (!multiple) {
      onChange([value]);
      return;
    }
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };
  return (
    <View id={id} className='choice-group'>
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={option.value}
            id={`${id}-${option.value}`}
            className={`choice ${on ? 'choice--on' : ''} ${multiple ? 'choice--multi' : ''}`}
            hoverClass='btn-hover'
            ariaRole={multiple ? 'checkbox' : 'radio'}
            aria-checked={on ? 'true' : 'false'}
            ariaLabel={`${option.label}${on ? '，已选' : '，未选'}`}
            onClick={() => toggle(option.value)}
          >
            <View className='choice-mark'>{on ? '✓' : ''}</View>
            <View className='choice-body'>
              <Text className='choice-label'>{option.label}</Text>
              {option.explain ? <Text className='choice-explain'>{option.explain}</Text> : null}
            </View>
          </View>
        );
      })}
    </View>
  );
}
