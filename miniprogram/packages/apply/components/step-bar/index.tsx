import { Text, View } from '@tarojs/components';
import './index.css';

const NAMES = ['选择办理事项', '为谁办理', '填写申请', '上传材料', '签署承诺书'];

/** "第 3 步，共 5 步：填写申请", with five marks: where the person is in the filing. */
export function StepBar({ id, step }: { id: string; step: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <View id={id} className='step-bar'>
      <View className='step-bar-marks'>
        {NAMES.map((name, i) => (
          <View key={name} className={`step-bar-mark ${i < step ? 'step-bar-mark--done' : ''}`} />
        ))}
      </View>
      <Text id={`${id}-text`} className='step-bar-text'>
        第 {step} 步，共 {NAMES.length} 步：{NAMES[step - 1]}
      </Text>
    </View>
  );
}
