import { Text, View } from '@tarojs/components';
import { officeDetails, officeRegionsFor, type OfficeRef } from '../../../../../shared/applications/offices';
import { citationText } from '../../../../../shared/source';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import './index.css';

/**
 * 参保地: where she is insured, which decides the office that handles the filing (shared/applications/offices.ts) —
 * first the province or city whose offices take this type, then one of its offices, as the documents list them
 * (巴中's six 经办中心, 004 第七章 四问; 山西's 省本级 and 11 cities, 003 附件4). Big whole-box choices, like every choice
 * of the flow; what the documents say about who handles it and the form signed there is shown under the choice.
 */
export function OfficeChoice(props: { type: string; value: OfficeRef | null; error?: string; onChange: (next: OfficeRef | null) => void }) {
  const { type, value, error, onChange } = props;
  const regions = officeRegionsFor(type).filter((r) => r.areas !== null);
  const region = regions.find((r) => r.region === value?.region);
  const details = value?.area ? officeDetails(value) : null;
  return (
    <View id='apply-office' className='card'>
      <Field
        id='field-apply-office'
        label='您（或您要代办的家人）在哪里参保？'
        help={regions.length === 1 ? `这项业务只有${regions[0].place}的医保经办机构受理。` : '选参保地，申请会交给那里的医保经办机构办理。'}
        error={value?.area ? undefined : error}
      >
        <ChoiceGroup<string>
          id='apply-office-region'
          options={regions.map((r) => ({ value: r.region, label: r.place }))}
          selected={region ? [region.region] : []}
          onChange={([next]) => onChange(next === value?.region ? value : { region: next, area: null })}
        />
      </Field>
      {region?.areas ? (
        <Field id='field-apply-office-area' label={`${region.place}的哪一个经办机构？`} help={region.areasNote}>
          <ChoiceGroup<string>
            id='apply-office-area'
            options={region.areas.map((a) => ({ value: a.name, label: a.name, explain: a.contact?.address }))}
            selected={value?.area ? [value.area] : []}
            onChange={([area]) => onChange({ region: region.region, area })}
          />
        </Field>
      ) : null}
      {details ? (
        <View id='apply-office-info' className='apply-office-info'>
          <Text className='apply-line'>受理机构：{details.name}</Text>
          {details.contact?.phones.length ? <Text className='apply-line'>电话：{details.contact.phones.join('、')}</Text> : null}
          <Text className='apply-note'>依据：{citationText(details.handling.source)}</Text>
          {details.commitmentNote ? (
            <Text id='apply-office-commitment' className='apply-note'>
              {details.commitmentNote}
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
