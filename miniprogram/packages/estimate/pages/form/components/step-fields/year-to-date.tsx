import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../../../shared/money';
import { Field } from '../../../../../../components/field';
import { relevantYtdKeys } from '../../../../model/draft';
import { YTD_LABELS } from '../../../../model/labels';
import { manualFromFill } from '../../../../model/year-fill';
import { AmountInput } from '../amount-input';
import type { StepProps } from './types';

/**
 * The last step: what this year's earlier visits already used, so deductibles and limits count the whole year. When
 * the person's year record has earlier visits of this kind of bill, the figures come from it and the step says which
 * visits it counted; she can still type her own (不对，我自己填), which then win.
 */
export function YearToDateStep(props: StepProps) {
  const { draft, fill, openYear, change } = props;
  if (fill && !draft.ytdManual) {
    return (
      <View id='ytd-record'>
        <Text id='ytd-record-text' className='ytd-record-text'>
          {fill.text}
        </Text>
        <Text className='muted step-intro'>这次估算会接着这些记录算起付线和年度限额，不用自己填：</Text>
        {fill.shown.length > 0 ? (
          fill.shown.map((s) => (
            <View key={s.key} id={`ytd-record-${s.key}`} className='ytd-record-row'>
              <Text className='ytd-record-label'>{s.label}</Text>
              <Text className='ytd-record-amount'>{yuan(s.amount)}</Text>
            </View>
          ))
        ) : (
          <Text id='ytd-record-none' className='muted'>
            这些记录没有用掉这次要算的起付线和限额。
          </Text>
        )}
        <View className='ytd-record-links'>
          {openYear ? (
            <Text id='ytd-record-overview' className='link-text' onClick={openYear}>
              查看这一年的记录 ›
            </Text>
          ) : null}
          <Text id='ytd-manual' className='link-text' onClick={() => change({ ytdManual: true, yearToDate: manualFromFill(draft, fill) })}>
            不对，我自己填
          </Text>
        </View>
      </View>
    );
  }
  return <ManualYearToDate {...props} />;
}

function ManualYearToDate({ draft, errors, change, fill }: StepProps) {
  return (
    <View>
      {fill ? (
        <View className='ytd-record-links'>
          <Text className='muted step-intro'>按您自己填的数估算（不用这一年的记录）。</Text>
          <Text id='ytd-use-record' className='link-text' onClick={() => change({ ytdManual: false })}>
            改回按记录自动算
          </Text>
        </View>
      ) : (
        <Text className='muted step-intro'>
          今年是第一次，或者不清楚，都可以不填，直接开始估算。填了，起付线和年度限额会按全年算得更准。
        </Text>
      )}
      {relevantYtdKeys(draft).map((key) => (
        <Field key={key} id={`field-ytd-${key}`} label={YTD_LABELS[key].label} help={YTD_LABELS[key].help} error={errors[`yearToDate.${key}`]}>
          <AmountInput
            id={`ytd-${key}`}
            value={draft.yearToDate[key] ?? ''}
            placeholder='没有可不填'
            onChange={(value) => change({ yearToDate: { ...draft.yearToDate, [key]: value } })}
          />
        </Field>
      ))}
    </View>
  );
}
