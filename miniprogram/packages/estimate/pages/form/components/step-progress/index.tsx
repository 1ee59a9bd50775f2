import { Text, View } from '@tarojs/components';
import './index.css';

/** "第 2 步，共 5 步" with one bar per step: done, current, to do. */
export function StepProgress(props: { titles: string[]; current: number }) {
  const { titles, current } = props;
  return (
    <View id='step-progress' className='step-progress'>
      <Text id='step-progress-text' className='step-progress-text'>
        第 {current + 1} 步，共 {titles.length} 步：{titles[current]}
      </Text>
      <View className='step-progress-bars'>
        {titles.map((title, index) => (
          <View
            key={title}
            className={`step-progress-bar ${index < current ? 'step-progress-bar--done' : ''} ${index === current ? 'step-progress-bar--current' : ''}`}
          />
        ))}
      </View>
    </View>
  );
}
