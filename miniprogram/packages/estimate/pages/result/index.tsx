import { Text, View } from '@tarojs/components';
import Taro, { useReady, useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { yuan } from '../../../../../shared/money';
import { estimateCaseSchema } from '../../../../../shared/schemas/estimate';
import type { EstimateResult } from '../../../../../shared/result';
import { citationText } from '../../../../../shared/source';
import { yearMeters, type Meter } from '../../../../../shared/year/meters';
import { ThemedPage } from '../../../../components/themed-page';
import { SCHEME_NAMES, regionName } from '../../../../models/profile';
import { caseOf, checkRecordForm, ordinalOf, personOptions, recordFormFor, type RecordErrors, type RecordForm } from '../../../../models/year';
import { ServiceError, toServiceError } from '../../../../services/errors';
import { estimate, estimateOnServer } from '../../../../services/estimate';
import { readStored, writeStored } from '../../../../services/storage';
import { cachedMembers, findEntry, loadRecord, recordCase, syncRecord } from '../../../../services/year';
import { useElderMode } from '../../../../theme/use-elder-mode';
import { MeterBars } from '../../components/meter-bars';
import { barSegments } from '../../model/bar';
import { CHECK_TEXT, sameAmounts, type ServerCheck } from '../../model/confirm';
import { LAST_CASE_KEY, LAST_YEAR_KEY } from '../../model/storage-keys';
import { parseLastYearMeta, type LastYearMeta } from '../../model/year-fill';
import { shareCardOf, shareTitle } from '../../model/share-card';
import { decodeShareCase, SHARE_PARAM, sharePath } from '../../model/share-path';
import { summaryText } from '../../model/summary';
import { describeVisit, type VisitDescription } from '../../model/visit';
import { ExplainSteps } from './components/explain-steps';
import { PayerBar } from './components/payer-bar';
import { RecordSheet } from './components/record-sheet';
import { ShareButton } from './components/share-card';
import { drawChatImage } from './components/share-card/weapp';
import './index.css';

type Outcome = { input: Record<string, unknown>; result: EstimateResult; visit: VisitDescription } | { error: string } | null;

/**
 * Recomputes the last estimated case on the device: the same answer after a reload, a restart or offline. Opened
 * from a 转发 card (`?c=`), it is the case in the link instead, checked by the rules like a typed one.
 */
function loadOutcome(sharedParam: string | undefined): Outcome {
  if (sharedParam !== undefined) {
    const shared = decodeShareCase(sharedParam);
    if (!shared) return { error: '这个分享的链接不完整，打不开这次估算。请让家人重新转发一次。' };
    return outcomeOf(shared);
  }
  const input = readStored(LAST_CASE_KEY, (raw) => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : null));
  if (!input) return null;
  return outcomeOf(input);
}

function outcomeOf(input: Record<string, unknown>): Outcome {
  try {
    const result = estimate(input);
    // estimate() has just accepted the case, so the schema reads it too; it gives the visit its types.
    const visit = describeVisit(estimateCaseSchema.parse(input).visit, result.region);
    return { input, result, visit };
  } catch (error) {
    return { error: error instanceof ServiceError ? error.message : '估算没有完成，请回到上一页检查填写的内容' };
  }
}

function backToForm() {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1) Taro.navigateBack();
  else Taro.redirectTo({ url: '/packages/estimate/pages/form/index' });
}

/** The caps and deductibles after this visit; none when the region has no year rules yet (nothing to show then). */
function metersOf(result: EstimateResult, input: Record<string, unknown>): Meter[] {
  try {
    return yearMeters(result, input);
  } catch {
    return [];
  }
}

const NEUTRAL_META: LastYearMeta = { who: 'self', ytd: 'none', counted: 0, editing: '', recordedId: '' };

export default function EstimateResultPage() {
  const router = useRouter();
  const sharedParam = router.params[SHARE_PARAM];
  const shared = sharedParam !== undefined;
  const outcome = useMemo(() => loadOutcome(sharedParam), [sharedParam]);
  const [server, setServer] = useState<{ check: ServerCheck; result?: EstimateResult }>({ check: 'checking' });
  const [elder] = useElderMode();
  // A shared result is someone else's: nothing of her own year goes with it.
  const [meta, setMeta] = useState<LastYearMeta>(() => (shared ? NEUTRAL_META : readStored(LAST_YEAR_KEY, parseLastYearMeta)));
  const shown = outcome && !('error' in outcome) ? outcome : null;
  const shownResult = shown ? (server.result ?? shown.result) : null;
  const card = useMemo(
    () => (shown && shownResult ? shareCardOf(shownResult, { regionName: regionName(shownResult.region), visit: shown.visit }) : null),
    [shown, shownResult],
  );
  const titleOfShare = shown && shownResult ? shareTitle(shownResult, { regionName: regionName(shownResult.region), visit: shown.visit }) : '';
  // weapp 转发: the title states the answer, the path reopens this same case, the picture is the card (drawn once
  // the page is ready; WeChat waits up to 3 s for the promise, then uses the rest).
  const chatImage = useRef<Promise<string> | null>(null);
  const ready = useRef(false);
  const drawChat = () => {
    if (process.env.TARO_ENV === 'weapp' && ready.current && card) chatImage.current = drawChatImage(card);
  };
  useReady(() => {
    ready.current = true;
    drawChat();
  });
  // The server's answer can replace the device's: the picture follows the figures shown.
  useEffect(drawChat, [card]);
  useShareAppMessage(() => {
    if (!shown) return { title: '医保明白纸：看病能报多少，先算一算', path: '/pages/index/index' };
    const base = { title: titleOfShare, path: sharePath(shown.input) };
    const image = chatImage.current;
    return image ? { ...base, promise: image.then((imageUrl) => ({ ...base, imageUrl })).catch(() => base) } : base;
  });
  const [sheet, setSheet] = useState<{ form: RecordForm; errors: RecordErrors; banner: string; editing: string } | null>(null);

  useEffect(() => {
    if (!outcome || 'error' in outcome) return undefined;
    let live = true;
    estimateOnServer(outcome.input)
      .then((result) => {
        if (live) setServer(sameAmounts(outcome.result, result) ? { check: 'same' } : { check: 'replaced', result });
      })
      .catch(() => {
        if (live) setServer({ check: 'offline' });
      });
    return () => {
      live = false;
    };
  }, [outcome]);

  if (!outcome || 'error' in outcome) {
    return (
      <ThemedPage id='estimate-result' className='estimate-result'>
        <View className='card'>
          <Text className='card-title'>{outcome ? '这次没有算出结果' : '还没有估算记录'}</Text>
          <Text id='result-empty' className='muted'>
            {outcome ? outcome.error : '填写看病的类型和费用，马上算出医保报多少、自己付多少。'}
          </Text>
        </View>
        <View id='result-edit' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={backToForm}>
          {outcome ? '回去修改' : '开始估算'}
        </View>
      </ThemedPage>
    );
  }

  const { visit } = outcome;
  const result = server.result ?? outcome.result;
  const context = { regionName: regionName(result.region), visit };
  const segments = barSegments(result);
  const copy = () => {
    Taro.setClipboardData({ data: summaryText(result, context) }).catch((e: unknown) => {
      // The clipboard is a privacy API: a refused 隐私保护指引 gets its own message, not a bare "try again".
      const failure = toServiceError(e);
      if (failure.code.startsWith('PRIVACY_')) Taro.showModal({ title: '没能复制', content: failure.message, showCancel: false });
      else Taro.showToast({ title: '复制没有成功，请再试一次', icon: 'none' });
    });
  };
  const meters = metersOf(result, outcome.input);
  const year = Number(result.date.slice(0, 4));
  const who = personOptions(cachedMembers()).find((p) => p.id === meta.who);
  const facts = [...(who && who.id !== 'self' ? [who.name] : []), ...visit.details, context.regionName, SCHEME_NAMES[result.scheme], `结算日期 ${result.date}`];
  const allowances = result.allowances ?? [];
  const recorded = meta.recordedId ? findEntry(meta.who, year, meta.recordedId) : undefined;
  const ordinal = recorded ? ordinalOf(loadRecord(meta.who, year).entries, recorded.id) : 0;
  const editingEntry = !recorded && meta.editing ? findEntry(meta.who, year, meta.editing) : undefined;
  const openYear = () => Taro.navigateTo({ url: `/packages/estimate/pages/year/index?person=${meta.who}&year=${year}` });

  const openSheet = () => {
    const entry = recorded ?? editingEntry;
    setSheet({ form: recordFormFor(result, outcome.input.date as string, entry), errors: {}, banner: '', editing: entry?.id ?? '' });
  };
  const saveSheet = () => {
    if (!sheet) return;
    const checked = checkRecordForm(sheet.form, result.date);
    if (!checked.ok) {
      setSheet({ ...sheet, errors: checked.errors, banner: '' });
      return;
    }
    try {
      // The case as estimated (without its year-to-date figures: the chain gives those), on the 结算日期 she gave.
      const c = { ...caseOf(outcome.input), date: checked.date };
      const { entry } = recordCase(meta.who, c, checked.details, sheet.editing || undefined);
      const next = { ...meta, recordedId: entry.id, editing: '' };
      writeStored(LAST_YEAR_KEY, next);
      setMeta(next);
      setSheet(null);
      // Saved on the phone already; the store gets it when the network answers (and the overview tries again).
      syncRecord(meta.who, year).catch(() => undefined);
    } catch (error) {
      setSheet({ ...sheet, errors: {}, banner: error instanceof ServiceError ? error.message : '没能记入本年，请再试一次' });
    }
  };

  return (
    <ThemedPage id='estimate-result' className='estimate-result'>
      <View className='card'>
        <Text id='result-title' className='card-title'>
          {visit.title}费用估算
        </Text>
        <Text id='result-facts' className='muted result-facts'>
          {facts.join(' · ')}
        </Text>
        <View className='key-figure'>
          <Text className='key-figure-label'>个人负担</Text>
          <Text id='key-personal-pay' className='key-figure-value'>
            {yuan(result.personalPay)}
          </Text>
        </View>
        <View className='key-row'>
          <View className='key-cell'>
            <Text className='key-cell-label'>医疗总费用</Text>
            <Text id='key-total-cost' className='key-cell-value'>
              {yuan(result.totalCost)}
            </Text>
          </View>
          <View className='key-cell'>
            <Text className='key-cell-label'>各项报销合计</Text>
            <Text id='key-fund-total' className='key-cell-value'>
              {yuan(result.fundTotal)}
            </Text>
          </View>
        </View>
        <PayerBar segments={segments} />
        <View className='pay-split'>
          <Text className='muted'>
            个人负担 = 目录外自费 <Text id='key-out-of-scope'>{yuan(result.outOfScope)}</Text> + 政策范围内自付{' '}
            <Text id='key-self-pay-in-scope'>{yuan(result.selfPayInScope)}</Text>
          </Text>
        </View>
        <Text id='result-check' className={`muted result-check result-check--${server.check}`}>
          {CHECK_TEXT[server.check]}
        </Text>
        {meta.ytd !== 'none' ? (
          <Text id='result-ytd' className='muted result-check'>
            {meta.ytd === 'record'
              ? `本年度累计：按这一年的记录自动算（已计入 ${meta.counted} 次）。`
              : '本年度累计：按您自己填写的数算，没有用这一年的记录。'}
          </Text>
        ) : null}
      </View>

      {shared ? (
        <View id='result-shared' className='card'>
          <Text className='card-title'>家人转发给您的估算</Text>
          <Text className='muted'>这是按家人填写的情况在您手机上重新算出的结果，没有记入您自己的年度记录。</Text>
          <View
            id='result-shared-own'
            className='btn btn-secondary'
            hoverClass='btn-hover'
            ariaRole='button'
            onClick={() => Taro.redirectTo({ url: '/packages/estimate/pages/form/index' })}
          >
            我也算一算
          </View>
        </View>
      ) : null}

      {shared ? null : <View id='result-year' className='card'>
        {recorded ? (
          <View className='result-recorded'>
            <Text id='result-recorded-text' className='card-title'>
              已记入本年（第 {ordinal} 次）
            </Text>
            {who && who.id !== 'self' ? <Text className='muted'>记在 {who.name} 的 {year} 年记录里。</Text> : null}
            <Text className='muted'>{recorded.settled ? '按结算单记的。' : '按估算记的；拿到结算单后可以改成实际的数。'}</Text>
            <View className='btn-row'>
              <View id='result-recorded-view' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={openYear}>
                查看
              </View>
              <View id='result-recorded-edit' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={openSheet}>
                修改
              </View>
            </View>
          </View>
        ) : (
          <View>
            <Text className='muted'>
              {editingEntry ? '这是修改后的估算：保存后，这一年后面几次的报销也会跟着重算。' : '记下这次，下次估算会自动接着算今年的起付线和限额。'}
            </Text>
            <View id='result-record' className='btn btn-primary result-record' hoverClass='btn-hover' ariaRole='button' onClick={openSheet}>
              {editingEntry ? '保存对这一次的修改' : '记入本年'}
            </View>
          </View>
        )}
      </View>}

      {meters.length > 0 ? (
        <View id='result-meters' className='card'>
          <Text className='card-title'>{elder ? '今年还能报多少' : '本年度额度进度'}</Text>
          <Text className='muted'>算上这次以后，这一年的起付线和最高限额用到了哪里。</Text>
          <MeterBars id='meter' meters={meters} elder={elder} nextWord={result.visitType === 'inpatient' ? '下次住院' : '下次'} />
        </View>
      ) : null}

      {shared ? null : <View id='result-compare' className='card'>
        <Text className='card-title'>换个医院或地方看，会差多少？</Text>
        <Text className='muted'>同样的费用，在乡镇卫生院、一级、二级、三级医院，市内、备案或未备案，自己各付多少；还有费用越多自己付多少的曲线。</Text>
        <View
          id='result-compare-open'
          className='btn btn-secondary'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => Taro.navigateTo({ url: '/packages/estimate/pages/compare/index' })}
        >
          比一比
        </View>
      </View>}

      {allowances.length > 0 ? (
        <View id='result-allowances' className='card'>
          <Text className='card-title'>另外可以领取</Text>
          {allowances.map((a, index) => (
            <View key={a.name} id={`allowance-${index}`} className='allowance'>
              <View className='allowance-head'>
                <Text className='allowance-name'>{a.name}</Text>
                <Text className='allowance-amount key-cell-value'>{yuan(a.amount)}</Text>
              </View>
              <Text className='allowance-formula'>{a.formula}</Text>
              <Text className='muted allowance-source'>依据：{citationText(a.source)}</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className='card'>
        <Text className='card-title'>怎么算的</Text>
        <ExplainSteps steps={result.steps} />
      </View>

      {result.notes.length > 0 ? (
        <View id='result-notes' className='card'>
          <Text className='card-title'>请留意</Text>
          {result.notes.map((note) => (
            <Text key={note} className='result-note'>
              · {note}
            </Text>
          ))}
        </View>
      ) : null}

      <Text className='muted result-disclaimer'>以上为估算，实际以医院和医保经办机构结算为准。</Text>

      <View className='btn-row'>
        {shared ? null : (
          <View id='result-edit' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={backToForm}>
            修改填写
          </View>
        )}
        <View id='result-copy' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={copy}>
          复制结果
        </View>
      </View>
      {card ? <ShareButton card={card} title={titleOfShare} elder={elder} /> : null}
      <View
        id='result-home'
        className='btn btn-secondary result-home'
        hoverClass='btn-hover'
        ariaRole='button'
        onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}
      >
        回到首页
      </View>
      {sheet ? (
        <RecordSheet
          form={sheet.form}
          errors={sheet.errors}
          banner={sheet.banner}
          editing={Boolean(sheet.editing)}
          onChange={(form) => setSheet({ ...sheet, form })}
          onSave={saveSheet}
          onCancel={() => setSheet(null)}
        />
      ) : null}
    </ThemedPage>
  );
}
