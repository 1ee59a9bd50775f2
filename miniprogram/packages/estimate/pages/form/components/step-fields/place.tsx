import { View } from '@tarojs/components';
import { PLACES, type Place } from '../../../../../../../shared/schemas/estimate';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { PLACE_CHOICES } from '../../../../model/labels';
import { YES_NO, type StepProps } from './types';

/** Step 3: where the stay happens, as a 备案 situation; for a temporary filing, referral or emergency and province. */
export function PlaceStep({ draft, errors, change }: StepProps) {
  return (
    <View>
      <Field id='field-place' label='在哪里住院' help='在市外住院时，报销多少和有没有备案有关。' error={errors['visit.place']}>
        <ChoiceGroup<Place>
          id='place'
          options={PLACES.map((p) => ({ value: p, label: PLACE_CHOICES[p].title, explain: PLACE_CHOICES[p].explain }))}
          selected={draft.place ? [draft.place] : []}
          onChange={([place]) => change({ place })}
        />
      </Field>
      {draft.place === 'temporary-filed' ? (
        <View>
          <Field
            id='field-referral'
            label='这次是转诊还是急诊？（选填）'
            help='有救助身份的，规范转诊并在省内就医才能享受倾斜救助。'
            error={errors['visit.referral']}
          >
            <ChoiceGroup
              id='referral'
              options={[
                { value: 'referral' as const, label: '规范转诊' },
                { value: 'emergency' as const, label: '急诊抢救' },
              ]}
              selected={draft.referral ? [draft.referral] : []}
              onChange={([referral]) => change({ referral })}
            />
          </Field>
          <Field id='field-in-province' label='医院在本省内吗？（选填）' error={errors['visit.inProvince']}>
            <ChoiceGroup
              id='in-province'
              options={YES_NO}
              selected={draft.inProvince ? [draft.inProvince] : []}
              onChange={([inProvince]) => change({ inProvince })}
            />
          </Field>
        </View>
      ) : null}
    </View>
  );
}
