import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { compareOptions, type Comparison } from '../../../../../shared/compare/options';
import { payCurve, type PayCurve } from '../../../../../shared/compare/curve';
import { RuleError } from '../../../../../shared/errors';
import { yuan } from '../../../../../shared/money';
import type { Payer } from '../../../../../shared/explain';
import { PAYMENT_KEYS } from '../../../../../shared/result';
import { ThemedPage } from '../../../../components/themed-page';
import { regionName } from '../../../../models/profile';
import { readStored } from '../../../../services/storage';
import { BAR_NAMES } from '../../model/labels';
import { LAST_CASE_KEY } from '../../model/storage-keys';
import { OptionBars } from './components/option-bars';
import { OptionReasons } from './components/option-reasons';
import { PayChart } from './components/pay-chart';
import './index.css';

type Loaded = { input: Record<string, unknown>; comparison: Comparison } | { error: string } | null;

function failure(error: unknown): string {
  return error instanceof RuleError ? error.message : '比较没有完成，请回到估算页检查填写的内容';
}

/** The case the result page shows, read from the device the same way; null when nothing was estimated yet. */
function load(): Loaded {
  const input = readStored(LAST_CASE_KEY, (raw) => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : null));
  if (!input) return null;
  try {
    return { input, comparison: compareOptions(input) };
  } catch (error) {
    return { error: failure(error) };
  }
}

type CurveState = { curve: PayCurve } | { error: string } | 'working';

function toForm() {
  Taro.redirectTo({ url: '/packages/estimate/pages/form/index' });
}

function back() {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack();
  else Taro.redirectTo({ url: '/packages/estimate/pages/result/index' });
}

/** The payers any option's bar draws, in the chain's order, for the one colour key above the bars. */
function keyPayers(comparison: Comparison): Payer[] {
  const used = new Set<Payer>();
  for (const o of comparison.options) {
    for (const k of PAYMENT_KEYS) if (o.result.payments[k] !== '0.00') used.add(k);
    if (o.result.personalPay !== '0.00') used.add('patient');
  }
  return [...PAYMENT_KEYS, 'patient' as const].filter((p) => used.has(p));
}

export default function ComparePage() {
  const loaded = useMemo(load, []);
  const [curve, setCurve] = useState<CurveState>('working');

  useEffect(() => {
    if (!loaded || 'error' in loaded) return undefined;
    // A few hundred estimates: after the bars are on screen, not before.
    const timer = setTimeout(() => {
      try {
        setCurve({ curve: payCurve(loaded.input) });
      } catch (error) {
        setCurve({ error: failure(error) });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [loaded]);

  if (!loaded || 'error' in loaded) {
    return (
      <ThemedPage id='estimate-compare' className='estimate-compare'>
        <View className='card'>
          <Text className='card-title'>{loaded ? '这次没法比较' : '还没有估算记录'}</Text>
          <Text id='compare-empty' className='muted'>
            {loaded ? loaded.error : '先估算一次看病的费用，再来比较换个医院、换个地方各要自己付多少。'}
          </Text>
        </View>
        <View id='compare-start' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={toForm}>
          {loaded ? '回去修改' : '开始估算'}
        </View>
      </ThemedPage>
    );
  }

  const { comparison, input } = loaded;
  // compareOptions always carries her own case (the rules accepted it): the first option is only a guard.
  const mine = comparison.options.find((o) => o.current) ?? comparison.options[0];
  return (
    <ThemedPage id='estimate-compare' className='estimate-compare'>
      <View className='card'>
        <Text id='compare-title' className='card-title'>
          同一笔费用，换个地方看病
        </Text>
        <Text id='compare-facts' className='muted compare-facts'>
          {regionName(String(input.region))} · 医疗总费用 {yuan(mine.result.totalCost)}，其中政策范围内 {yuan(mine.result.inScopeCost)}
          {comparison.varies.length > 0 ? ` · 现在的选择：${mine.label}，个人负担 ${yuan(mine.result.personalPay)}` : ''}
        </Text>
        {comparison.note ? (
          <Text id='compare-note' className='compare-note'>
            {comparison.note}
          </Text>
        ) : null}
        <View className='compare-key'>
          {keyPayers(comparison).map((p) => (
            <View key={p} className='compare-key-item'>
              <View className={`compare-key-dot payer-${p}`} />
              <Text className='muted'>{BAR_NAMES[p]}</Text>
            </View>
          ))}
        </View>
        <OptionBars options={comparison.options} />
      </View>

      <View className='card'>
        <Text className='card-title'>为什么不一样</Text>
        <OptionReasons options={comparison.options} refused={comparison.refused} />
      </View>

      <View id='compare-curve' className='card'>
        <Text className='card-title'>费用越多，自己付多少</Text>
        <Text className='muted compare-curve-intro'>
          按这次的情况（同样的医院、就医地和今年已报销的情况，政策范围内费用占比不变），医疗总费用从小到大时个人负担的变化；竖线是各项报销开始、分段和封顶的地方。
        </Text>
        {curve === 'working' ? (
          <Text id='curve-working' className='muted'>
            正在计算…
          </Text>
        ) : 'error' in curve ? (
          <Text id='curve-error' className='muted'>
            {curve.error}
          </Text>
        ) : (
          <PayChart curve={curve.curve} />
        )}
      </View>

      <Text className='muted compare-disclaimer'>以上为估算，实际以医院和医保经办机构结算为准。</Text>
      <View id='compare-back' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={back}>
        回到估算结果
      </View>
    </ThemedPage>
  );
}
