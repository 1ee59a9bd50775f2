import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { application, institutionsSource, recognitionAreas, type Disease, type Institution } from '../../../../../shared/catalogue';
import { todayInChina } from '../../../../../shared/dates';
import { citationText } from '../../../../../shared/source';
import { crossDiseaseOfCode, oneThingOf } from '../../../../../shared/onething';
import { CATALOGUE_REGION } from '../../../../models/catalogue';
import { ThemedPage } from '../../../../components/themed-page';
import { benefitText, diseaseOf, reviewText, unitsOf, type DetailUnit } from '../../model/detail';
import { KIND_NAMES } from '../../model/rows';
import '../../catalogue.css';

function Cite({ text }: { text: string }) {
  return <Text className='muted catalogue-cite'>依据：{text}</Text>;
}

function institutionName(i: Institution): string {
  return i.only ? `${i.name}（仅${i.only}）` : i.name;
}

/** One disease or sub-type: its limit, how it is recognised, what to bring, the review, and the estimate button. */
function UnitCard({ unit, disease }: { unit: DetailUnit; disease: Disease }) {
  const estimate = () =>
    Taro.navigateTo({
      url: `/packages/estimate/pages/form/index?visitType=${disease.kind}&diseaseCode=${encodeURIComponent(unit.code)}`,
    });
  return (
    <View id={`unit-${unit.code}`} className='card'>
      <Text className='card-title'>
        {unit.name}
        <Text className='muted'>（{unit.code}）</Text>
      </Text>
      {unit.limits ? <Text className='catalogue-line catalogue-limits'>年度限额：{unit.limits}</Text> : null}
      {unit.criteria ? (
        <View>
          <Text className='catalogue-label'>认定依据</Text>
          <Text className='catalogue-line'>{unit.criteria.basis}</Text>
          <Text className='catalogue-label'>认定材料</Text>
          {unit.criteria.materials.map((m, index) => (
            <Text key={m} className='catalogue-line'>
              {index + 1}. {m}
            </Text>
          ))}
          <Text className='catalogue-label'>复审</Text>
          <Text className='catalogue-line'>{reviewText(unit.criteria.review)}</Text>
          <Cite text={citationText(unit.criteria.source)} />
        </View>
      ) : null}
      <View id={`estimate-${unit.code}`} className='btn btn-primary catalogue-estimate' hoverClass='btn-hover' ariaRole='button' onClick={estimate}>
        估算这个病的门诊费用
      </View>
    </View>
  );
}

/**
 * 门诊慢特病费用跨省直接结算 (issue 18): where this disease is one of the ten that settle across provinces, which of
 * the ten it counts as and the order 认定 → 备案 → 直接结算; nothing for a disease outside the ten.
 */
function CrossProvinceCard({ disease }: { disease: Disease }) {
  const hit = crossDiseaseOfCode(CATALOGUE_REGION, disease.code);
  const program = oneThingOf(CATALOGUE_REGION);
  if (!hit || !program) return null;
  const steps = program.crossProvince.steps;
  return (
    <View id='detail-cross' className='card'>
      <Text className='card-title'>到外省看病，可以直接结算</Text>
      <Text id='detail-cross-name' className='catalogue-line'>
        这个病对应已实现跨省直接结算的 10 个病种中的“{hit.disease.name}”。
      </Text>
      {hit.entry.note ? <Text className='catalogue-line'>{hit.entry.note}</Text> : null}
      {hit.mapping.note ? <Text className='catalogue-line'>{hit.mapping.note}</Text> : null}
      <Text className='catalogue-label'>要按顺序办</Text>
      {steps.value.map((step, index) => (
        <Text key={step} id={`detail-cross-step-${index + 1}`} className='catalogue-line'>
          {index + 1}. {step}
        </Text>
      ))}
      <Text className='muted catalogue-line'>{program.crossProvince.mappingNote}</Text>
      <View
        id='detail-cross-onething'
        className='btn btn-secondary catalogue-estimate'
        hoverClass='btn-hover'
        ariaRole='button'
        onClick={() => Taro.navigateTo({ url: '/packages/onething/pages/index/index' })}
      >
        列出我要办的事 ›
      </View>
      <Cite text={[steps.source, ...(program.crossProvince.listed ? [program.crossProvince.listed] : [])].map(citationText).join('；')} />
    </View>
  );
}

export default function DiseaseDetailPage() {
  const router = useRouter();
  const disease = diseaseOf(router.params.code);

  if (!disease) {
    return (
      <ThemedPage id='disease-detail' className='disease-detail'>
        <View className='card'>
          <Text className='card-title'>没有找到这个病种</Text>
          <Text className='catalogue-line'>可能是编码有误。回到目录，输入病名查找。</Text>
        </View>
        <View
          id='detail-back'
          className='btn btn-primary'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => Taro.redirectTo({ url: '/packages/catalogue/pages/index/index' })}
        >
          回到病种目录
        </View>
      </ThemedPage>
    );
  }

  const benefit = benefitText(disease, todayInChina());
  const units = unitsOf(disease);
  const aliases = (disease.aliases ?? []).map((a) => [a.name, a.code].filter(Boolean).join(' ')).filter(Boolean);

  return (
    <ThemedPage id='disease-detail' className='disease-detail'>
      <View className='card'>
        <View className='disease-row-head'>
          <Text id='detail-name' className='catalogue-title'>
            {disease.name}
          </Text>
          <Text className={`kind-badge kind-badge--${disease.kind}`}>{KIND_NAMES[disease.kind]}</Text>
        </View>
        <Text className='muted'>编码 {disease.code}</Text>
        {aliases.length > 0 ? <Text className='muted catalogue-line'>手册另一处写作：{aliases.join('、')}</Text> : null}
        <Text id='detail-benefit' className='catalogue-line detail-benefit'>
          {benefit.text}
        </Text>
        <Cite text={citationText(benefit.source)} />
        {disease.note ? <Text className='muted catalogue-line'>说明：{disease.note}</Text> : null}
        <Cite text={`${citationText(disease.source)}（病种目录）`} />
      </View>

      {units.length > 1 ? <Text className='muted catalogue-count'>这个病分 {units.length} 个亚类，各自认定、各有限额：</Text> : null}
      {units.map((unit) => (
        <UnitCard key={unit.code} unit={unit} disease={disease} />
      ))}

      <View id='detail-where' className='card'>
        <Text className='card-title'>到哪里申请认定</Text>
        <Text className='catalogue-line'>{application.whereToApply.value}</Text>
        {recognitionAreas.map((area) => {
          const places = disease.kind === 'chronic' ? area.chronic : area.special;
          return (
            <View key={area.area} className='area-row'>
              <Text className='area-name'>{area.area}</Text>
              <Text className='catalogue-line'>{places.length > 0 ? places.map(institutionName).join('、') : area.note ?? '手册未列'}</Text>
            </View>
          );
        })}
        <Text className='muted catalogue-line'>{application.publishedList.value}</Text>
        <Cite text={citationText(institutionsSource)} />
      </View>

      <View id='detail-materials' className='card'>
        <Text className='card-title'>申请时带上</Text>
        {application.materials.value.map((m, index) => (
          <Text key={m} className='catalogue-line'>
            {index + 1}. {m}
          </Text>
        ))}
        <Text className='muted catalogue-line'>“相关病历等资料”就是上面各病种“认定材料”列的那些。</Text>
        <Cite text={citationText(application.materials.source)} />
      </View>

      <View id='detail-when' className='card'>
        <Text className='card-title'>认定以后</Text>
        <Text className='catalogue-line'>待遇：{application.benefitStart.value[disease.kind]}。</Text>
        <Text className='catalogue-line'>{application.settlement.value.local}</Text>
        <Text className='catalogue-line'>{application.separatePrescription.value}</Text>
        <Cite text={`${citationText(application.benefitStart.source)}、十三问、十四问`} />
      </View>

      <CrossProvinceCard disease={disease} />

      <View id='detail-exclusions' className='card'>
        <Text className='card-title'>这些费用不予报销</Text>
        {application.exclusions.value.map((m) => (
          <Text key={m} className='catalogue-line'>
            · {m}
          </Text>
        ))}
        <Cite text={citationText(application.exclusions.source)} />
      </View>
    </ThemedPage>
  );
}
