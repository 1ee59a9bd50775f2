import { Text, View } from '@tarojs/components';
import './index.css';

/**
 * Years as a grid of tappable chips, several may be on (ids `<id>-<year>`), with 全选 and 都没有 shortcuts: a
 * long row of option cards would push the answer off the screen.
 */
export function YearChips(props: { id: string; years: number[]; selected: readonly number[]; onChange: (years: number[]) => void }) {
  const { id, years, selected, onChange } = props;
  const toggle = (year: number) =>
    onChange(selected.includes(year) ? selected.filter((y) => y !== year) : [...selected, year].sort((a, b) => a - b));
  return (
    <View id={id} className='year-chips'>
      <View className='year-chips-grid'>
        {years.map((year) => {
          const on = selected.includes(year);
          return (
            <View
              key={year}
              id={`${id}-${year}`}
              className={`year-chip ${on ? 'year-chip--on' : ''}`}
              hoverClass='btn-hover'
              ariaRole='checkbox'
              aria-checked={on ? 'true' : 'false'}
              ariaLabel={`${year} 年${on ? '，参保了' : '，没参保'}`}
              onClick={() => toggle(year)}
            >
              <Text className='year-chip-mark'>{on ? '✓' : ''}</Text>
              <Text>{year} 年</Text>
            </View>
          );
        })}
      </View>
      {years.length > 1 ? (
        <View className='year-chips-shortcuts'>
          <Text id={`${id}-all`} className='year-chips-shortcut' onClick={() => onChange([...years])}>
            每年都参保了
          </Text>
          <Text id={`${id}-none`} className='year-chips-shortcut' onClick={() => onChange([])}>
            一年都没参保
          </Text>
        </View>
      ) : null}
    </View>
  );
}
