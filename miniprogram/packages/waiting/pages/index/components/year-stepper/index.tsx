import { Text, View } from '@tarojs/components';
import './index.css';

/** A year with big − and + buttons (ids `<id>-minus`, `<id>-plus`, `<id>-value`): tapping, no typing. */
export function YearStepper(props: { id: string; value: number; min: number; max: number; onChange: (year: number) => void }) {
  const { id, value, min, max, onChange } = props;
  const button = (which: 'minus' | 'plus', label: string, to: number, enabled: boolean) => (
    <View
      id={`${id}-${which}`}
      className={`year-stepper-btn ${enabled ? '' : 'year-stepper-btn--off'}`}
      hoverClass={enabled ? 'btn-hover' : 'none'}
      ariaRole='button'
      ariaLabel={which === 'minus' ? `减一年，改为 ${to} 年` : `加一年，改为 ${to} 年`}
      onClick={enabled ? () => onChange(to) : undefined}
    >
      {label}
    </View>
  );
  return (
    <View id={id} className='year-stepper'>
      {button('minus', '−', value - 1, value > min)}
      <Text id={`${id}-value`} className='year-stepper-value'>
        {value} 年度
      </Text>
      {button('plus', '+', value + 1, value < max)}
    </View>
  );
}
