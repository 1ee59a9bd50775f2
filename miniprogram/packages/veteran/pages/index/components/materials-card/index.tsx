import { Text, View } from '@tarojs/components';
import type { SubsidyStatusView } from '../../../../../../../shared/contract/veteran';

/** What to bring: at the hospital's window (一站式, 第五条) and to the township station (非一站式, 第六条). */
export function MaterialsCard({ materials }: { materials: SubsidyStatusView['materials'] }) {
  const list = (id: string, title: string, items: SubsidyStatusView['materials']['oneStop']) =>
    items.length === 0 ? null : (
      <View id={id} className='vet-materials-group'>
        <Text className='vet-subtitle'>{title}</Text>
        {items.map((m) => (
          <View key={m.name} className='vet-material'>
            <Text className='vet-line'>· {m.name}（{m.where}）</Text>
            <Text className='vet-source'>依据：{m.source}</Text>
          </View>
        ))}
      </View>
    );
  return (
    <View id='vet-materials' className='card'>
      <Text className='card-title'>要带的材料</Text>
      {list('vet-materials-one-stop', '县内住院（一站式）：出院结算时交给医院医保窗口', materials.oneStop)}
      {list('vet-materials-non-one-stop', '县外住院（非一站式）：交到乡（镇）退役军人服务站', materials.nonOneStop)}
      {materials.approvalForm ? (
        <View id='vet-materials-form'>
          <Text className='vet-subtitle'>{materials.approvalForm.title}</Text>
          <Text className='vet-line'>{materials.approvalForm.note}</Text>
          <Text className='vet-source'>依据：{materials.approvalForm.source}</Text>
        </View>
      ) : null}
    </View>
  );
}
