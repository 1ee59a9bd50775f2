import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../../../shared/money';
import { FACILITY_SHORT, PLACE_SHORT, type CompareOption } from '../../../../../../../shared/compare/options';
import { PLACES, type Place } from '../../../../../../../shared/schemas/estimate';
import { barSegments } from '../../../../model/bar';
import { PayerBar } from '../../../result/components/payer-bar';
import './index.css';

/** "level2|local" → "option-level2-local": an id a selector can name. */
export function optionId(key: string): string {
  return `option-${key.replace('|', '-')}`;
}

function OptionBar({ option, showPlace }: { option: CompareOption; showPlace: boolean }) {
  const label = showPlace ? option.label : FACILITY_SHORT[option.facilityLevel];
  const flags = [option.current ? '现在的选择' : '', option.cheapest ? '最省' : ''].filter(Boolean);
  return (
    <View
      id={optionId(option.key)}
      className={`compare-option${option.current ? ' compare-option--current' : ''}`}
      ariaLabel={`${option.label}：个人负担 ${yuan(option.result.personalPay)}${flags.length ? `，${flags.join('，')}` : ''}`}
    >
      <View className='compare-option-head'>
        <Text className='compare-option-label'>{label}</Text>
        {flags.map((f) => (
          <Text key={f} className={`compare-flag${f === '最省' ? ' compare-flag--cheapest' : ''}`}>
            {f}
          </Text>
        ))}
        <Text className='compare-option-pay option-pay'>{yuan(option.result.personalPay)}</Text>
      </View>
      <PayerBar segments={barSegments(option.result)} />
    </View>
  );
}

/**
 * The picture: one payer bar per option, place by place, her own choice framed, what she would pay beside each.
 * The bars' legends are folded away here (one key above serves them all); the words below give every amount.
 */
export function OptionBars({ options }: { options: CompareOption[] }) {
  const places = PLACES.filter((p) => options.some((o) => o.place === p));
  if (places.length === 0) {
    return (
      <View id='compare-bars' className='compare-bars'>
        {options.map((o) => (
          <OptionBar key={o.key} option={o} showPlace />
        ))}
      </View>
    );
  }
  return (
    <View id='compare-bars' className='compare-bars'>
      {places.map((place: Place) => (
        <View key={place} id={`compare-place-${place}`} className='compare-place'>
          <Text className='compare-place-title'>{PLACE_SHORT[place]}</Text>
          {options
            .filter((o) => o.place === place)
            .map((o) => (
              <OptionBar key={o.key} option={o} showPlace={false} />
            ))}
        </View>
      ))}
    </View>
  );
}
