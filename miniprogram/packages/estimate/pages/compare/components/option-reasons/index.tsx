import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../../../shared/money';
import type { CompareOption, RefusedOption } from '../../../../../../../shared/compare/options';
import { barSegments } from '../../../../model/bar';
import { optionId } from '../option-bars';
import './index.css';

function differenceText(option: CompareOption): string {
  if (option.current) return '现在的选择';
  if (option.difference === '0.00') return '和现在一样';
  return option.difference.startsWith('+') ? `比现在多付 ${option.difference.slice(1)} 元` : `比现在少付 ${option.difference.slice(1)} 元`;
}

/** The words: per option what she pays, against her choice, why (起付线、比例、备案), and who pays what. */
export function OptionReasons({ options, refused }: { options: CompareOption[]; refused: RefusedOption[] }) {
  return (
    <View id='compare-reasons' className='compare-reasons'>
      {options.map((o) => (
        <View key={o.key} id={`${optionId(o.key)}-reason`} className='compare-reason'>
          <View className='compare-reason-head'>
            <Text className='compare-reason-label'>{o.label}</Text>
            <Text className='compare-reason-pay reason-pay'>{yuan(o.result.personalPay)}</Text>
          </View>
          <Text className={`compare-reason-diff${o.current ? ' compare-reason-diff--current' : ''}`}>{differenceText(o)}</Text>
          <Text className='compare-reason-text reason-text'>{o.reason}</Text>
          <Text className='muted compare-reason-payers'>
            {barSegments(o.result)
              .map((s) => `${s.name} ${yuan(s.amount)}`)
              .join(' · ')}
          </Text>
        </View>
      ))}
      {refused.map((r) => (
        <View key={r.keys.join(',')} className='compare-reason compare-refused'>
          <Text className='compare-reason-label'>{r.label}</Text>
          <Text className='compare-reason-text refused-text'>不适用：{r.message}</Text>
        </View>
      ))}
    </View>
  );
}
