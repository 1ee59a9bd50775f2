import { View } from '@tarojs/components';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { TWO_DISEASES, type TwoDisease } from '../../../../model/draft';
import { TWO_DISEASE_CHOICES } from '../../../../model/labels';
import type { StepProps } from './types';

/** “两病” (第四章 十七至二十问): hypertension, diabetes or both; no application needed. */
export function TwoDiseasesStep({ draft, errors, change }: StepProps) {
  return (
    <View>
      <Field
        id='field-two-diseases'
        label='患的是哪一种？（两种都有就都选）'
        help='由家庭医生签约、健康体检等纳入管理后自动享受，不用自己申请；两种都有的年度限额更高。'
        error={errors['visit.diseases']}
      >
        <ChoiceGroup<TwoDisease>
          id='two-diseases'
          multiple
          options={TWO_DISEASES.map((d) => ({ value: d, label: TWO_DISEASE_CHOICES[d].title, explain: TWO_DISEASE_CHOICES[d].explain }))}
          selected={draft.twoDiseases}
          onChange={(twoDiseases) => change({ twoDiseases })}
        />
      </Field>
    </View>
  );
}
