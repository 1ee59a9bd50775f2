import { Text, View } from '@tarojs/components';
import type { SubsidyStatusView } from '../../../../../../../shared/contract/veteran';
import { inpatientCard, paymentRows } from '../../../../model/status';
import './index.css';

/** 住院医疗补助 used against the annual cap, as a bar with the figures under it, and every payment of the year. */
export function InpatientCard({ year, inpatient }: { year: number; inpatient: SubsidyStatusView['inpatient'] }) {
  const card = inpatientCard(inpatient);
  const rows = paymentRows(inpatient.payments);
  return (
    <View id='vet-inpatient' className='card'>
      <Text className='card-title'>{year} 年住院医疗补助</Text>
      <Text id='vet-inpatient-headline' className='vet-figure vet-figure--ok'>
        {card.headline}
      </Text>
      {card.hasCap ? (
        <View className='vet-bar-wrap'>
          <View id='vet-bar' className='vet-bar' ariaRole='progressbar' ariaLabel={`年最高限额${card.barLabel}`}>
            <View id='vet-bar-fill' className='vet-bar-fill' style={{ width: `${card.barPercent}%` }} />
          </View>
          <Text id='vet-bar-label' className='vet-bar-label'>
            {card.barLabel}
          </Text>
        </View>
      ) : null}
      <View className='vet-figures'>
        <View className='vet-row'>
          <Text className='vet-row-label'>已补助</Text>
          <Text id='vet-paid' className='vet-row-value'>
            {card.paid}
          </Text>
        </View>
        {card.remaining ? (
          <View className='vet-row'>
            <Text className='vet-row-label'>还可补助</Text>
            <Text id='vet-remaining' className='vet-row-value vet-remaining'>
              {card.remaining}
            </Text>
          </View>
        ) : null}
        {card.cap ? (
          <View className='vet-row'>
            <Text className='vet-row-label'>年最高限额</Text>
            <Text id='vet-cap' className='vet-row-value'>
              {card.cap}
            </Text>
          </View>
        ) : null}
        {card.ratio ? (
          <View className='vet-row'>
            <Text className='vet-row-label'>补助比例</Text>
            <Text id='vet-ratio' className='vet-row-value'>
              {card.ratio}
            </Text>
          </View>
        ) : null}
      </View>
      {card.pending ? (
        <Text id='vet-pending' className='vet-line vet-pending'>
          {card.pending}
        </Text>
      ) : null}
      <Text id='vet-inpatient-text' className='vet-line'>
        {card.text}
      </Text>
      {card.source ? <Text className='vet-source'>依据：{card.source}</Text> : null}

      <Text className='vet-subtitle'>每一笔住院补助</Text>
      {rows.length === 0 ? (
        <Text id='vet-payments-empty' className='muted'>
          {year} 年还没有登记住院医疗补助。
        </Text>
      ) : (
        <View id='vet-payments'>
          {rows.map((r, i) => (
            <View key={r.key} id={`vet-payment-${i}`} className='vet-payment'>
              <View className='vet-payment-head'>
                <Text className='vet-payment-date'>{r.date}</Text>
                <Text className={`vet-badge ${r.route === '一站式' ? '' : 'vet-badge--ok'}`}>{r.route}</Text>
                <Text className='vet-payment-amount'>{r.amount}</Text>
              </View>
              <Text className='vet-payment-hospital'>{r.hospital}</Text>
              <Text className='vet-note'>{r.routeLabel}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
