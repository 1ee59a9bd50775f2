import { Text, View } from '@tarojs/components';
import { CONDITION_NAMES, LARGE_EXPENSE_CONDITIONS } from '../../../../../../../shared/schemas/estimate';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { CATEGORY_NAMES, categoriesOf, type CategoryId } from '../../../../../../models/categories';
import { SCHEME_NAMES, regionName, schemesOf } from '../../../../../../models/profile';
import { asks, type Condition } from '../../../../model/draft';
import { AmountInput } from '../amount-input';
import { YES_NO, type StepProps } from './types';

/**
 * Step 2: which scheme, and only what this kind of care reads about the person: 救助身份 where 医疗救助 follows,
 * and for employees 退休, 公务员医疗补助 and what chooses the 职工大额 row.
 */
export function PersonStep({ draft, errors, change }: StepProps) {
  const a = asks(draft);
  const schemes = schemesOf(draft.region);
  return (
    <View>
      <Text id='person-region' className='muted step-intro'>
        参保地：{regionName(draft.region)}（第 1 步可以改）
      </Text>
      <Field
        id='field-scheme'
        label='参保险种'
        help={schemes.length > 1 ? '看医保缴费记录或医保电子凭证上的险种。' : '本地区目前只收录了城乡居民医保。'}
        error={errors.scheme}
      >
        <ChoiceGroup
          id='scheme'
          options={schemes.map((s) => ({ value: s, label: SCHEME_NAMES[s] }))}
          selected={draft.scheme ? [draft.scheme] : []}
          onChange={([scheme]) => change({ scheme })}
        />
      </Field>
      {a.categories ? (
        <Field
          id='field-categories'
          label='救助身份（可多选）'
          help='享受医疗救助的身份；没有就不用选。'
          error={errors['person.categories']}
        >
          <ChoiceGroup<CategoryId>
            id='categories'
            multiple
            options={categoriesOf(draft.region).map((c) => ({ value: c, label: CATEGORY_NAMES[c] }))}
            selected={draft.categories}
            onChange={(categories) => change({ categories })}
          />
        </Field>
      ) : null}
      {a.retired ? (
        <Field id='field-retired' label='是否已退休' help='退休人员报销比例更高。' error={errors['person.retired']}>
          <ChoiceGroup
            id='retired'
            options={YES_NO}
            selected={[draft.retired ? 'yes' : 'no']}
            onChange={([v]) => change({ retired: v === 'yes' })}
          />
        </Field>
      ) : null}
      {a.largeExpense ? (
        <Field id='field-age' label='年龄（选填）' help='周岁；80 岁以上的职工大额医疗费用补助另有标准。' error={errors['person.age']}>
          <AmountInput id='age' integer unit='岁' value={draft.age} placeholder='例如 62' onChange={(age) => change({ age })} />
        </Field>
      ) : null}
      {a.civilServant ? (
        <Field
          id='field-civil-servant'
          label='是否享受公务员医疗补助'
          help='单位参加了公务员医疗补助的才选“是”。'
          error={errors['person.civilServant']}
        >
          <ChoiceGroup
            id='civil-servant'
            options={YES_NO}
            selected={[draft.civilServant ? 'yes' : 'no']}
            onChange={([v]) => change({ civilServant: v === 'yes' })}
          />
        </Field>
      ) : null}
      {a.largeExpense ? (
        <Field
          id='field-conditions'
          label='是否患以下疾病（可多选，没有就不用选）'
          help='患这些病的，职工大额医疗费用补助不扣起付线。'
          error={errors['person.conditions']}
        >
          <ChoiceGroup<Condition>
            id='conditions'
            multiple
            options={LARGE_EXPENSE_CONDITIONS.map((c) => ({ value: c, label: CONDITION_NAMES[c] }))}
            selected={draft.conditions}
            onChange={(conditions) => change({ conditions })}
          />
        </Field>
      ) : null}
    </View>
  );
}
