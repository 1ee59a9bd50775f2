import { Text, View } from '@tarojs/components';
import { Field } from '../../../../../../components/field';
import { relevantYtdKeys } from '../../../../model/draft';
import { YTD_LABELS } from '../../../../model/labels';
import { AmountInput } from '../amount-input';
import type { StepProps } from './types';

/** The last step (optional): what this year's earlier visits already used, so deductibles and limits count the whole year. */
export function YearToDateStep({ draft, errors, change }: StepProps) {
  return (
    <View>
      <Text className='muted step-intro'>
        今年是第一次，或者不清楚，都可以不填，直接开始估算。填了，起付线和年度限额会按全年算得更准。
      </Text>
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
