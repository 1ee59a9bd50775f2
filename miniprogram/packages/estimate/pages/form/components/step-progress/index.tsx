import { Text, View } from '@tarojs/components';
import './index.css';

/**
 * "第 2 步，共 5 步" with one bar per step: done, current, to do. On the first step the count is not shown: it depends
 * on the kind of care being chosen there (住院 6 steps, 生育 5…), and a count that changes under her finger reads as an
 * error (issue 15).
 */
export function StepProgress(props: { titles: string[]; current: number }) {
  const { titles, current } = props;
  if (current === 0) {
    return (
      <View id='step-progress' className='step-progress'>
        <Text id='step-progress-text' className='step-progress-text'>
          第 1 步：{titles[0]}
        </Text>
      </View>
    );
  }
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
