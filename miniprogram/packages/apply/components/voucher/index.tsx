import { Text, View } from '@tarojs/components';
import type { VoucherCard } from '../../model/voucher';
import './index.css';

/**
 * 备案凭证 (issue 15): once a 备案 is accepted, what she has in hand — the filing's facts, what it lets her do where she
 * is treated, and what to have with her — each line with the document it comes from.
 */
export function Voucher({ card, onSave, saving, note }: { card: VoucherCard; onSave?: () => void; saving?: boolean; note?: { text: string; error: boolean } | null }) {
  return (
    <View id='detail-voucher' className='card voucher'>
      <Text className='card-title voucher-title'>异地就医备案凭证</Text>
      {card.facts.map((f) => (
        <View key={f.label} className='apply-summary-row'>
          <Text className='apply-summary-label'>{f.label}</Text>
          <Text className='apply-summary-value'>{f.value}</Text>
        </View>
      ))}
      <Text className='voucher-subtitle'>备案后可以</Text>
      {card.allows.map((l, i) => (
        <View key={l.text} id={`voucher-allows-${i}`} className='voucher-line'>
          <Text className='apply-line'>{l.text}</Text>
          <Text className='apply-note'>依据：{l.source}</Text>
        </View>
      ))}
      <Text className='voucher-subtitle'>就医时</Text>
      {card.bring.map((l, i) => (
        <View key={l.text} id={`voucher-bring-${i}`} className='voucher-line'>
          <Text className='apply-line'>{l.text}</Text>
          <Text className='apply-note'>依据：{l.source}</Text>
        </View>
      ))}
      {onSave ? (
        <View id='voucher-save' className='btn btn-secondary voucher-save' hoverClass='btn-hover' ariaRole='button' ariaLabel='保存备案凭证（PDF）' onClick={onSave}>
          {saving ? '正在准备 PDF…' : '保存备案凭证（PDF）'}
        </View>
      ) : null}
      {note ? (
        <Text id='voucher-save-note' className={note.error ? 'error-text' : 'apply-note'}>
          {note.text}
        </Text>
      ) : null}
    </View>
  );
}
