import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../../../shared/money';
import { shortDate, type EntryRow } from '../../../../../../models/year';
import './index.css';

/**
 * One stay or visit of the year: when, what, where; what each payer paid and what she paid, as the chain counts it
 * (按结算单 when she gave its figures, else 估算); 修改 and 删除 (asked once more before it goes).
 */
export function EntryCard(props: {
  row: EntryRow;
  confirming: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { row, confirming, onEdit, onDelete, onConfirm, onCancel } = props;
  const n = row.ordinal;
  return (
    <View id={`year-entry-${n}`} className='year-entry'>
      <View className='year-entry-head'>
        <Text className='year-entry-title'>
          第 {n} 次 · {shortDate(row.date)} {row.title}
          {row.level ? ` · ${row.level}` : ''}
        </Text>
        <Text id={`year-entry-${n}-basis`} className={`year-entry-basis ${row.basis === '按结算单' ? 'year-entry-basis--settled' : ''}`}>
          {row.basis}
        </Text>
      </View>
      {row.label ? <Text className='muted'>{row.label}</Text> : null}
      <View className='year-entry-line'>
        <Text>医疗总费用</Text>
        <Text id={`year-entry-${n}-total`} className='year-entry-amount'>
          {yuan(row.totalCost)}
        </Text>
      </View>
      {row.error ? (
        <Text id={`year-entry-${n}-error`} className='error-text'>
          这次没有算进本年：{row.error}
        </Text>
      ) : (
        <View>
          {row.payers.map((p) => (
            <View key={p.payer} id={`year-entry-${n}-${p.payer}`} className='year-entry-line'>
              <Text>{p.name}</Text>
              <Text className='year-entry-amount'>{yuan(p.amount)}</Text>
            </View>
          ))}
          <View className='year-entry-line year-entry-line--self'>
            <Text>自己付</Text>
            <Text id={`year-entry-${n}-personal`} className='year-entry-amount'>
              {yuan(row.personalPay)}
            </Text>
          </View>
        </View>
      )}
      {confirming ? (
        <View id={`year-entry-${n}-confirm`} className='year-entry-confirm'>
          <Text>确定删除这一次吗？删除后，后面几次会按没有这一次重算。</Text>
          <View className='btn-row'>
            <View id={`year-delete-cancel-${n}`} className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onCancel}>
              不删了
            </View>
            <View id={`year-delete-confirm-${n}`} className='btn btn-danger' hoverClass='btn-hover' ariaRole='button' onClick={onConfirm}>
              确定删除
            </View>
          </View>
        </View>
      ) : (
        <View className='btn-row'>
          <View id={`year-edit-${n}`} className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onEdit}>
            修改
          </View>
          <View id={`year-delete-${n}`} className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onDelete}>
            删除
          </View>
        </View>
      )}
    </View>
  );
}
