import { Text, View } from '@tarojs/components';
import type { SubsidyStatusView } from '../../../../../../../shared/contract/veteran';

/** 000 第六条: 县外住院 claims are taken in July and December; the next one, and whether it is open now. */
export function WindowCard({ window }: { window: NonNullable<SubsidyStatusView['nextWindow']> }) {
  return (
    <View id='vet-window' className='card'>
      <Text className='card-title'>县外住院什么时候申请</Text>
      <Text id='vet-window-label' className='vet-figure vet-figure--pending'>
        {window.openNow ? `${window.label}（本月正在办理）` : `下一次：${window.label}`}
      </Text>
      <Text id='vet-window-text' className='vet-line'>
        {window.text}
      </Text>
      <Text className='vet-source'>依据：{window.source}</Text>
    </View>
  );
}
