import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { yuan } from '../../../../../shared/money';
import { estimateCaseSchema } from '../../../../../shared/schemas/estimate';
import type { EstimateResult } from '../../../../../shared/result';
import { citationText } from '../../../../../shared/source';
import { ThemedPage } from '../../../../components/themed-page';
import { SCHEME_NAMES, regionName } from '../../../../models/profile';
import { ServiceError, toServiceError } from '../../../../services/errors';
import { estimate, estimateOnServer } from '../../../../services/estimate';
import { readStored } from '../../../../services/storage';
import { barSegments } from '../../model/bar';
import { CHECK_TEXT, sameAmounts, type ServerCheck } from '../../model/confirm';
import { LAST_CASE_KEY } from '../../model/storage-keys';
import { summaryText } from '../../model/summary';
import { describeVisit, type VisitDescription } from '../../model/visit';
import { ExplainSteps } from './components/explain-steps';
import { PayerBar } from './components/payer-bar';
import './index.css';

type Outcome = { input: Record<string, unknown>; result: EstimateResult; visit: VisitDescription } | { error: string } | null;

/** Recomputes the last estimated case on the device: the same answer after a reload, a restart or offline. */
function loadOutcome(): Outcome {
  const input = readStored(LAST_CASE_KEY, (raw) => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : null));
  if (!input) return null;
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

export default function EstimateResultPage() {
  const outcome = useMemo(loadOutcome, []);
  const [server, setServer] = useState<{ check: ServerCheck; result?: EstimateResult }>({ check: 'checking' });

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
  const facts = [...visit.details, context.regionName, SCHEME_NAMES[result.scheme], `结算日期 ${result.date}`];
  const allowances = result.allowances ?? [];

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
      </View>

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
        <View id='result-edit' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={backToForm}>
          修改填写
        </View>
        <View id='result-copy' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={copy}>
          复制结果
        </View>
      </View>
      <View
        id='result-home'
        className='btn btn-secondary result-home'
        hoverClass='btn-hover'
        ariaRole='button'
        onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}
      >
        回到首页
      </View>
    </ThemedPage>
  );
}
