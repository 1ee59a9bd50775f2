import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { yuan } from '../../../../../shared/money';
import type { EstimateResult } from '../../../../../shared/result';
import { yearPerson, yearNumber } from '../../../../../shared/schemas/year';
import { runYear, type YearVisit } from '../../../../../shared/year/chain';
import { yearMeters, type Meter } from '../../../../../shared/year/meters';
import { offersApplicationAssistance } from '../../../../../shared/year/on-application';
import type { YearPerson, YearRecord } from '../../../../../shared/year/types';
import { ChoiceGroup } from '../../../../components/choice-group';
import { ThemedPage } from '../../../../components/themed-page';
import { coverageYearToday, regionName, SCHEME_NAMES } from '../../../../models/profile';
import { entryRows, personOptions, yearChoices, yearTotals } from '../../../../models/year';
import { loadProfile } from '../../../../services/profile';
import { writeStored } from '../../../../services/storage';
import { cachedMembers, loadRecord, refreshMembers, removeEntry, syncRecord } from '../../../../services/year';
import { useElderMode } from '../../../../theme/use-elder-mode';
import { MeterBars } from '../../components/meter-bars';
import { draftFromCase } from '../../model/from-case';
import { emptyDraft, serializeDraft } from '../../model/draft';
import { DRAFT_KEY } from '../../model/storage-keys';
import { todayInChina } from '../../../../../shared/dates';
import { AssistanceCard } from './components/assistance-card';
import { ClaimsCard } from './components/claims-card';
import { EntryCard } from './components/entry-card';
import './index.css';

type SyncState = 'syncing' | 'done' | 'offline';

const SYNC_TEXT: Record<SyncState, string> = {
  syncing: '正在与云端记录核对…',
  done: '已与云端记录一致，换手机也能看到。',
  offline: '暂时没能连上云端，记录保存在这台手机上，联网后会自动同步。',
};

/** After the last visit of each chain (region and scheme): where the year stands against each cap and deductible. */
function chainMeters(visits: YearVisit[]): { key: string; title: string; meters: Meter[] }[] {
  const last = new Map<string, { visit: YearVisit; result: EstimateResult }>();
  for (const v of visits) {
    const c = v.entry.case;
    if (c && v.result) last.set(`${c.region}|${c.scheme}`, { visit: v, result: v.result });
  }
  return Array.from(last.entries()).flatMap(([key, { visit, result }]) => {
    try {
      return [{ key, title: `${regionName(result.region)} · ${SCHEME_NAMES[result.scheme]}`, meters: yearMeters(result, visit.input) }];
    } catch {
      return [];
    }
  });
}

/**
 * 我这一年: one person's stays and visits of one year, in the order the chain counts them, each with what every payer
 * paid and what she paid; the year's totals; the caps after the last visit; 修改 and 删除. The phone's copy shows at
 * once; signed in, it is merged with the store's (yearSync / yearGet) each time the page shows.
 */
export default function YearOverview() {
  const router = useRouter();
  const thisYear = coverageYearToday();
  const [elder] = useElderMode();
  const [person, setPerson] = useState<YearPerson>(() => (yearPerson.safeParse(router.params.person).success ? (router.params.person as string) : 'self'));
  const [year, setYear] = useState<number>(() => {
    const y = Number(router.params.year);
    return yearNumber.safeParse(y).success ? y : thisYear;
  });
  const [members, setMembers] = useState(cachedMembers);
  const [record, setRecord] = useState<YearRecord>(() => loadRecord(person, year));
  const [sync, setSync] = useState<SyncState>('syncing');
  const [confirming, setConfirming] = useState('');
  const current = useRef({ person, year });

  const reload = (p: YearPerson, y: number) => {
    current.current = { person: p, year: y };
    setRecord(loadRecord(p, y));
    setSync('syncing');
    syncRecord(p, y)
      .then((merged) => {
        if (current.current.person !== p || current.current.year !== y) return;
        setRecord(merged);
        setSync('done');
      })
      .catch(() => {
        if (current.current.person === p && current.current.year === y) setSync('offline');
      });
  };

  useDidShow(() => reload(current.current.person, current.current.year));
  useEffect(() => {
    refreshMembers()
      .then(setMembers)
      .catch(() => undefined);
  }, []);

  const visits = useMemo(() => runYear(record.entries), [record]);
  const rows = entryRows(visits);
  const totals = yearTotals(visits);
  const chains = chainMeters(visits);
  const people = personOptions(members);
  const assistanceRegion = Array.from(new Set(visits.map((v) => v.entry.case?.region ?? ''))).find((r) => r && offersApplicationAssistance(r));

  // 依申请救助 counts the 12 months before the 认定日期, which may reach into the year before: both years' runs, joined.
  const assistanceVisits = (region: string) =>
    [...runYear(loadRecord(person, year - 1).entries), ...visits].filter((v) => v.entry.case?.region === region);

  const choose = (p: YearPerson, y: number) => {
    setPerson(p);
    setYear(y);
    setConfirming('');
    reload(p, y);
  };
  const edit = (id: string) => {
    const entry = record.entries.find((e) => e.id === id);
    if (!entry?.case) return;
    writeStored(DRAFT_KEY, serializeDraft(draftFromCase(entry.case, person, entry.id)));
    Taro.navigateTo({ url: '/packages/estimate/pages/form/index' });
  };
  const remove = (id: string) => {
    setConfirming('');
    removeEntry(person, year, id);
    reload(person, year);
  };
  const startEstimate = () => {
    writeStored(DRAFT_KEY, serializeDraft({ ...emptyDraft(loadProfile()), who: person }));
    Taro.navigateTo({ url: '/packages/estimate/pages/form/index' });
  };

  return (
    <ThemedPage id='year-overview' className='year-overview'>
      <View className='card'>
        <Text className='card-title'>{elder ? '这一年看病花了多少、报了多少' : '我这一年'}</Text>
        {people.length > 1 ? (
          <View id='field-year-person' className='year-switch'>
            <Text className='field-label'>谁的记录</Text>
            <ChoiceGroup id='year-person' options={people.map((p) => ({ value: p.id, label: p.name }))} selected={[person]} onChange={([p]) => choose(p, year)} />
          </View>
        ) : null}
        <View id='field-year-year' className='year-switch'>
          <Text className='field-label'>年度</Text>
          <ChoiceGroup
            id='year-year'
            options={yearChoices(thisYear, year).map((y) => ({ value: String(y), label: `${y} 年` }))}
            selected={[String(year)]}
            onChange={([y]) => choose(person, Number(y))}
          />
        </View>
        <Text id='year-sync' className='muted'>
          {SYNC_TEXT[sync]}
        </Text>
      </View>

      {rows.length === 0 ? (
        <View id='year-empty' className='card'>
          <Text className='card-title'>{year} 年还没有记录</Text>
          <Text className='muted'>
            估算一次看病的费用，在结果页点“记入本年”，就会记在这里。记下以后，下一次估算会自动算上今年已经报销过的，不用自己填。
          </Text>
          <View id='year-go-estimate' className='btn btn-primary year-go' hoverClass='btn-hover' ariaRole='button' onClick={startEstimate}>
            去估算一次
          </View>
        </View>
      ) : (
        <View>
          <View id='year-totals' className='card'>
            <Text className='card-title'>
              {year} 年合计（{totals.count} 次）
            </Text>
            <View className='year-total-line'>
              <Text>医疗总费用</Text>
              <Text id='year-total-cost' className='year-total-amount'>
                {yuan(totals.totalCost)}
              </Text>
            </View>
            {totals.payers.map((p) => (
              <View key={p.payer} id={`year-total-${p.payer}`} className='year-total-line'>
                <Text>{p.name}</Text>
                <Text className='year-total-amount'>{yuan(p.amount)}</Text>
              </View>
            ))}
            <View className='year-total-line year-total-line--self'>
              <Text>自己付</Text>
              <Text id='year-total-personal' className='year-total-amount'>
                {yuan(totals.personalPay)}
              </Text>
            </View>
          </View>

          <View id='year-entries' className='card'>
            <Text className='card-title'>每一次（按结算日期先后）</Text>
            {rows.map((row) => (
              <EntryCard
                key={row.id}
                row={row}
                confirming={confirming === row.id}
                onEdit={() => edit(row.id)}
                onDelete={() => setConfirming(row.id)}
                onConfirm={() => remove(row.id)}
                onCancel={() => setConfirming('')}
              />
            ))}
          </View>

          <ClaimsCard visits={visits} rows={rows} today={todayInChina()} />

          {chains.map((chain) => (
            <View key={chain.key} id='year-meters' className='card'>
              <Text className='card-title'>{elder ? '今年还能报多少' : '最后一次以后的额度'}</Text>
              {chains.length > 1 ? <Text className='muted'>{chain.title}</Text> : null}
              <MeterBars id='year-meter' meters={chain.meters} elder={elder} nextWord='下次看病' />
            </View>
          ))}

          {assistanceRegion ? <AssistanceCard region={assistanceRegion} visits={assistanceVisits(assistanceRegion)} /> : null}

          <View id='year-add' className='btn btn-secondary year-go' hoverClass='btn-hover' ariaRole='button' onClick={startEstimate}>
            再估算一次
          </View>
        </View>
      )}
    </ThemedPage>
  );
}
