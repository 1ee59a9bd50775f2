import { Text, View } from '@tarojs/components';
import type { SubsidyStatusView } from '../../../../../../../shared/contract/veteran';
import { claimRows } from '../../../../model/status';

/**
 * The 非一站式 claims of the year with their status: one not yet submitted goes on in the claim form; the others
 * open their page (timeline, materials, withdrawing) in 我的申请.
 */
export function ClaimsCard({ claims, onOpen }: { claims: SubsidyStatusView['claims']; onOpen: (id: string, status: string) => void }) {
  const rows = claimRows(claims);
  return (
    <View id='vet-claims' className='card'>
      <Text className='card-title'>非一站式申请进度</Text>
      {rows.length === 0 ? (
        <Text id='vet-claims-empty' className='muted'>
          还没有提交过县外住院的补助申请。
        </Text>
      ) : null}
      {rows.map((r) => (
        <View key={r.id} id={`vet-claim-${r.id}`} className='vet-claim' hoverClass='btn-hover' ariaRole='button' onClick={() => onOpen(r.id, r.statusCode)}>
          <View className='vet-claim-head'>
            <Text id={`vet-claim-${r.id}-status`} className={`vet-badge vet-badge--${r.tone}`}>
              {r.status}
            </Text>
            <Text className='vet-claim-more'>{r.statusCode === 'draft' ? '接着填 ›' : '查看 ›'}</Text>
          </View>
          <Text className='vet-line'>{r.title}</Text>
          {r.amount ? (
            <Text id={`vet-claim-${r.id}-amount`} className='vet-line vet-claim-amount'>
              {r.amount}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
