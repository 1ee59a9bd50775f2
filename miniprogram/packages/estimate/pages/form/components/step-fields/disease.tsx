import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { SearchBox } from '../../../../../../components/search-box';
import { asks, type SpecialTreatment } from '../../../../model/draft';
import { chronicLimitText, diseaseName, diseaseOptions, type DiseaseOption } from '../../../../model/diseases';
import { AmountInput } from '../amount-input';
import type { StepProps } from './types';

const TREATMENTS: { value: SpecialTreatment | 'none'; label: string }[] = [
  { value: 'none', label: '都不是' },
  { value: 'transplant-antirejection', label: '器官移植抗排异治疗' },
  { value: 'dialysis', label: '慢性肾功能衰竭透析' },
];

/**
 * Regions without a disease catalogue (随县: 002 lists none) ask for the recognised code as written on the
 * recognition result; the rules record it.
 */
function CodeEntry({ draft, errors, change }: StepProps) {
  return (
    <Field
      id='field-disease'
      label={draft.visitType === 'chronic' ? '已认定的门诊慢性病病种编码' : '已认定的门诊特殊疾病病种编码'}
      help='在慢特病认定结果或医保 APP 的“门诊慢特病”信息里，M 加 5 位数字，例如 M03900。'
      error={errors['visit.diseaseCode']}
    >
      <AmountInput
        id='disease-code'
        text
        unit=''
        maxlength={10}
        value={draft.diseaseCode}
        placeholder='例如 M03900'
        onChange={(diseaseCode) => change({ diseaseCode })}
      />
    </Field>
  );
}

/** The options to show: what the search finds, with the chosen ones always on top so they stay visible. */
function withChosen(found: DiseaseOption[], chosen: string[]): DiseaseOption[] {
  const pinned = chosen
    .filter((code) => !found.some((o) => o.code === code))
    .map((code) => ({ code, name: diseaseName(code) ?? code }));
  const first = found.filter((o) => chosen.includes(o.code));
  const rest = found.filter((o) => !chosen.includes(o.code));
  return [...pinned, ...first, ...rest];
}

/**
 * 门诊慢性病 / 门诊特殊疾病: the recognised disease, found by name or code in the catalogue (sub-types one by one);
 * for 慢病 also any other recognised chronic disease, since the highest single limit is the one settled (第四章 三问).
 */
export function DiseaseStep(props: StepProps) {
  const { draft, errors, change } = props;
  const a = asks(draft);
  const treatment = a.specialTreatment ? (
    <Field
      id='field-treatment'
      label='是下面这两种治疗吗？'
      help='器官移植抗排异治疗、慢性肾功能衰竭透析的报销比例更高。'
      error={errors['visit.treatment']}
    >
      <ChoiceGroup
        id='treatment'
        options={TREATMENTS}
        selected={[draft.treatment || 'none']}
        onChange={([v]) => change({ treatment: v === 'none' ? '' : v })}
      />
    </Field>
  ) : null;
  if (!a.diseaseCatalogue) {
    return (
      <View>
        <CodeEntry {...props} />
        {treatment}
      </View>
    );
  }
  return <CatalogueDiseases {...props} />;
}

/** The catalogue region's picker: the disease by name or code, and for 慢病 any other recognised chronic disease. */
function CatalogueDiseases({ draft, errors, change }: StepProps) {
  const chronic = draft.visitType === 'chronic';
  const kind = chronic ? 'chronic' : 'special';
  const [query, setQuery] = useState('');
  const [otherQuery, setOtherQuery] = useState('');
  const [browsing, setBrowsing] = useState(false);
  // Once a disease is chosen (or came from the catalogue), the long list folds away until the person searches.
  const folded = Boolean(draft.diseaseCode) && query.trim() === '' && !browsing;
  const chosen = draft.diseaseCode ? [draft.diseaseCode] : [];
  const options = folded ? withChosen([], chosen) : withChosen(diseaseOptions(kind, query), chosen);
  const explain = (code: string) => (chronic ? `编码 ${code} · ${chronicLimitText(code, draft.scheme)}` : `编码 ${code}`);
  const others = otherQuery.trim() === '' ? [] : diseaseOptions('chronic', otherQuery);
  const otherOptions = withChosen(others, draft.otherDiseaseCodes).filter((o) => o.code !== draft.diseaseCode);

  return (
    <View>
      <Field
        id='field-disease'
        label={chronic ? '已认定的门诊慢性病' : '已认定的门诊特殊疾病'}
        help='只有经认定机构认定过的病种才能这样报销；输入病名或编码查找。'
        error={errors['visit.diseaseCode']}
      >
        <SearchBox id='disease-search' value={query} placeholder={chronic ? '例如 冠心病、M04600' : '例如 恶性肿瘤'} onChange={setQuery} />
        {options.length === 0 ? (
          <Text id='disease-none' className='muted'>
            没有找到“{query}”。试试只输入病名的一部分，或者看看是不是另一类（{chronic ? '门诊特殊疾病' : '门诊慢性病'}）。
          </Text>
        ) : (
          <ChoiceGroup
            id='disease'
            options={options.map((o) => ({ value: o.code, label: o.name, explain: explain(o.code) }))}
            selected={draft.diseaseCode ? [draft.diseaseCode] : []}
            onChange={([diseaseCode]) => change({ diseaseCode, otherDiseaseCodes: draft.otherDiseaseCodes.filter((c) => c !== diseaseCode) })}
          />
        )}
        {folded ? (
          <View id='disease-browse' className='link-row' hoverClass='btn-hover' ariaRole='button' onClick={() => setBrowsing(true)}>
            不是这个病？看全部病种
          </View>
        ) : null}
      </Field>
      {chronic ? (
        <Field
          id='field-other-diseases'
          label='还认定了别的门诊慢性病吗？（选填）'
          help='患两种以上慢性病的，都能报销，但只按限额最高的一种算年度限额。输入病名添加，再点一下可去掉。'
          error={errors['visit.otherDiseaseCodes']}
        >
          <SearchBox id='other-disease-search' value={otherQuery} placeholder='输入病名添加' onChange={setOtherQuery} />
          {otherOptions.length > 0 ? (
            <ChoiceGroup
              id='other-disease'
              multiple
              options={otherOptions.map((o) => ({ value: o.code, label: o.name, explain: explain(o.code) }))}
              selected={draft.otherDiseaseCodes}
              onChange={(otherDiseaseCodes) => change({ otherDiseaseCodes })}
            />
          ) : null}
        </Field>
      ) : null}
    </View>
  );
}
