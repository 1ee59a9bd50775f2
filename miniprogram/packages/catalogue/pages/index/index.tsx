import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { application } from '../../../../../shared/catalogue';
import { SearchBox } from '../../../../components/search-box';
import { ThemedPage } from '../../../../components/themed-page';
import { CATALOGUE_REGION } from '../../../../models/catalogue';
import { regionName } from '../../../../models/profile';
import { loadProfile } from '../../../../services/profile';
import { KIND_NAMES, catalogueRows, countOf, type KindFilter } from '../../model/rows';
import '../../catalogue.css';

const FILTERS: { value: KindFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'chronic', label: KIND_NAMES.chronic },
  { value: 'special', label: KIND_NAMES.special },
];

/** "我的病能不能办慢特病？": the region's 门诊慢特病 catalogue, searchable by name or code (004 第四章). */
export default function CataloguePage() {
  const [profile] = useState(loadProfile);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const rows = catalogueRows(query, kind);
  const open = (code: string) => Taro.navigateTo({ url: `/packages/catalogue/pages/detail/index?code=${encodeURIComponent(code)}` });

  return (
    <ThemedPage id='catalogue' className='catalogue'>
      <View className='card'>
        <Text className='catalogue-title'>我的病能不能办慢特病？</Text>
        <Text className='catalogue-intro'>
          {regionName(CATALOGUE_REGION)}门诊慢性病 {countOf('chronic')} 种、门诊特殊疾病 {countOf('special')} 种。经认定后，门诊看这个病的费用可以按慢特病报销。
        </Text>
        <Text className='muted'>{application.sameForBothSchemes.value}</Text>
        {profile.region !== CATALOGUE_REGION ? (
          <Text id='catalogue-other-region' className='catalogue-line catalogue-warn'>
            这是{regionName(CATALOGUE_REGION)}的目录；你的参保地是{regionName(profile.region)}，病种和认定以当地医保部门为准。
          </Text>
        ) : null}
      </View>

      <SearchBox id='catalogue-search' value={query} placeholder='输入病名或编码，例如 高血压' onChange={setQuery} />
      <View className='kind-filter' ariaRole='tablist'>
        {FILTERS.map((f) => (
          <View
            key={f.value}
            id={`kind-${f.value}`}
            className={`kind-filter-item ${kind === f.value ? 'kind-filter-item--on' : ''}`}
            ariaRole='tab'
            ariaLabel={`${f.label}${kind === f.value ? '，已选' : ''}`}
            onClick={() => setKind(f.value)}
          >
            {f.label}
          </View>
        ))}
      </View>

      <Text id='catalogue-count' className='muted catalogue-count'>
        {query.trim() ? `找到 ${rows.length} 个病种` : `共 ${rows.length} 个病种，点开看认定标准和报销限额`}
      </Text>

      {rows.length === 0 ? (
        <View id='catalogue-empty' className='card'>
          <Text className='card-title'>没有找到“{query.trim()}”</Text>
          <Text className='catalogue-line'>试试只输入病名的一部分（例如“肾”“肝”），或者输入病种编码。</Text>
          <Text className='catalogue-line'>
            不在目录里的病不能按慢特病报销，但门诊费用仍可以按普通门诊统筹报销，住院按住院报销；降压、降糖药可以看看“两病”待遇。
          </Text>
        </View>
      ) : (
        rows.map((row) => (
          <View
            key={row.code}
            id={`row-${row.code}`}
            className='card disease-row'
            hoverClass='btn-hover'
            ariaRole='button'
            onClick={() => open(row.code)}
          >
            <View className='disease-row-head'>
              <Text className='disease-row-name'>{row.name}</Text>
              <Text className={`kind-badge kind-badge--${row.kind}`}>{KIND_NAMES[row.kind]}</Text>
            </View>
            <Text className='muted'>编码 {row.code}</Text>
            {row.subtypes.length > 0 ? (
              <Text className='catalogue-line'>
                {row.matchedSubtype ? '找到亚类：' : '含亚类：'}
                {row.subtypes.join('、')}
              </Text>
            ) : null}
            {row.limits ? <Text className='catalogue-line'>年度限额：{row.limits}</Text> : null}
            <Text className='disease-row-more'>看认定标准、去哪里申请 ›</Text>
          </View>
        ))
      )}
    </ThemedPage>
  );
}
