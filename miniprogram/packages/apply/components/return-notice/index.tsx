import { Text, View } from '@tarojs/components';
import type { ApplicationSummary } from '../../../../../shared/contract/applications';
import { concernLines } from '../../model/concerns';
import './index.css';

/**
 * A returned application's reason at the top of every page where she fixes it (issue 15), with what staff said it
 * concerns in plain words: the boxes by their labels, the materials by their checklist names. Nothing when the
 * application is not returned (or not loaded yet).
 */
export function ReturnNotice(props: { view: Pick<ApplicationSummary, 'status' | 'type' | 'decisionReason' | 'returnConcerns'> | null | undefined; id?: string }) {
  const { view } = props;
  if (!view || view.status !== 'returned') return null;
  const id = props.id ?? 'return-notice';
  const lines = concernLines(view);
  return (
    <View id={id} className='return-notice' ariaRole='alert'>
      <Text id={`${id}-reason`} className='return-notice-reason'>
        经办机构退回了这份申请：{view.decisionReason ?? '（没有写原因）'}
      </Text>
      {lines.fields.length > 0 ? (
        <Text id={`${id}-fields`} className='return-notice-line'>
          要改的内容：{lines.fields.join('、')}
        </Text>
      ) : null}
      {lines.materials.length > 0 ? (
        <Text id={`${id}-materials`} className='return-notice-line'>
          要重新上传的材料：{lines.materials.join('、')}
        </Text>
      ) : null}
      <Text className='return-notice-hint'>改好后，按步骤重新提交。</Text>
    </View>
  );
}
