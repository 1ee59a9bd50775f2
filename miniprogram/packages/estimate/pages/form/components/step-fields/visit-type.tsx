import { View } from '@tarojs/components';
import type { VisitType } from '../../../../../../../shared/schemas/estimate';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { REGION_CHOICES } from '../../../../../../models/profile';
import { withRegion } from '../../../../model/draft';
import { VISIT_TYPE_CHOICES } from '../../../../model/labels';
import { visitTypesOf } from '../../../../model/regions';
import type { StepProps } from './types';

/** Step 1: where the person is insured (from the profile) and what kind of care the bill is for; it decides the rest. */
export function VisitTypeStep({ draft, errors, change }: StepProps) {
  const types = visitTypesOf(draft.region);
  return (
    <View>
      {REGION_CHOICES.length > 1 ? (
        <Field id='field-region' label='参保地' help='在哪里交的医保，就按哪里的政策算。' error={errors.region}>
          <ChoiceGroup
            id='region'
            options={REGION_CHOICES.map((r) => ({ value: r.id, label: r.name }))}
            selected={[draft.region]}
            onChange={([region]) => {
              const moved = withRegion(draft, region, visitTypesOf(region));
              change({ region: moved.region, scheme: moved.scheme, visitType: moved.visitType });
            }}
          />
        </Field>
      ) : null}
      <Field
        id='field-visit-type'
        label='这次是哪种看病花费？'
        help='不同类型报销办法不同，选好后只问这一类需要的内容。'
        error={errors['visit.type']}
      >
        <ChoiceGroup<VisitType>
          id='visit-type'
          options={types.map((t) => ({ value: t, label: VISIT_TYPE_CHOICES[t].title, explain: VISIT_TYPE_CHOICES[t].explain }))}
          selected={[draft.visitType]}
          onChange={([visitType]) => change({ visitType })}
        />
      </Field>
    </View>
  );
}
