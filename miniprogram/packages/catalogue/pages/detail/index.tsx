import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { application, institutionsSource, recognitionAreas, type Disease, type Institution } from '../../../../../shared/catalogue';
import { todayInChina } from '../../../../../shared/dates';
import { citationText } from '../../../../../shared/source';
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
