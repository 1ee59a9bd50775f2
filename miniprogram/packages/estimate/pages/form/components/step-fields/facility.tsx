import { View } from '@tarojs/components';
import { FACILITY_LEVELS } from '../../../../../../../shared/schemas/estimate';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { OUTPATIENT_FACILITIES, asks, type OutpatientFacility } from '../../../../model/draft';
import { OUTPATIENT_FACILITY_NAMES } from '../../../../model/labels';
import { regionForm } from '../../../../model/regions';
import { YES_NO, type StepProps } from './types';

/**
 * The hospital's level (住院, 高值药品), or for 普通门诊 where the visit was: a 定点零售药店 where the region pays
 * there (巴中), a 村卫生室 or 产前检查等 care where the region's limits depend on it (随县).
 */
export function FacilityStep({ draft, errors, change }: StepProps) {
  const outpatient = draft.visitType === 'outpatient';
  const a = asks(draft);
  const places: readonly OutpatientFacility[] = outpatient
    ? OUTPATIENT_FACILITIES.filter((f) => f !== 'pharmacy' || regionForm(draft.region).pharmacy)
    : FACILITY_LEVELS;
  // The level names are the rules' own (FACILITY_NAMES); OUTPATIENT_FACILITY_NAMES repeats them and adds 定点零售药店.
  const options = places.map((f) => ({ value: f, label: OUTPATIENT_FACILITY_NAMES[f] }));
  const help = outpatient
    ? draft.scheme === 'employee'
      ? '职工医保在三级医院和二级及以下医院（含定点药店）报销比例不同。'
      : '选实际看病、拿药的地方；看医院门口的牌子或问收费处。'
    : '医院门口的牌子或住院处可以问到；社区卫生服务中心按乡镇卫生院算。';
  const selected = draft.facilityLevel && options.some((o) => o.value === draft.facilityLevel) ? [draft.facilityLevel] : [];
  return (
    <View>
      <Field
        id='field-facility'
        label={outpatient ? '在哪里看的门诊或买的药' : '医院等级'}
        help={help}
        error={errors['visit.facilityLevel']}
      >
        <ChoiceGroup<OutpatientFacility>
          id='facility'
          options={options}
          selected={selected}
          onChange={([facilityLevel]) => change({ facilityLevel })}
        />
      </Field>
      {a.outpatientSetting ? (
        <View>
          <Field
            id='field-village-clinic'
            label='是在村卫生室（所、站）看的吗？'
            help='村卫生室每天能报的钱比卫生院少；村卫生室算一级及以下医疗机构。'
            error={errors['visit.villageClinic']}
          >
            <ChoiceGroup
              id='village-clinic'
              options={YES_NO}
              selected={[draft.villageClinic ? 'yes' : 'no']}
              onChange={([v]) => change({ villageClinic: v === 'yes' })}
            />
          </Field>
          <Field
            id='field-pregnancy-care'
            label='是产前检查、先兆流产、流产或引产的门诊费用吗？'
            help='这几项不受每天限额和医院等级的限制。'
            error={errors['visit.pregnancyCare']}
          >
            <ChoiceGroup
              id='pregnancy-care'
              options={YES_NO}
              selected={[draft.pregnancyCare ? 'yes' : 'no']}
              onChange={([v]) => change({ pregnancyCare: v === 'yes' })}
            />
          </Field>
        </View>
      ) : null}
    </View>
  );
}
