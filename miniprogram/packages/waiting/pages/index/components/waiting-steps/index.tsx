import { Text, View } from '@tarojs/components';
import { citationText } from '../../../../../../../shared/source';
import type { WaitingStep } from '../../../../../../../shared/waiting';
import './index.css';

/** The reason, in order: each rule with its dates and numbers, and where it is written. */
export function WaitingSteps({ id, steps }: { id: string; steps: WaitingStep[] }) {
  return (
    <View id={id} className='waiting-steps'>
      {steps.map((step, index) => (
        <View key={`${step.rule}-${index}`} className='waiting-step'>
          <Text className='waiting-step-rule'>
            {index + 1}. {step.rule}
          </Text>
          <Text className='waiting-step-formula'>{step.formula}</Text>
          <Text className='waiting-step-source'>依据：{citationText(step.source)}</Text>
        </View>
      ))}
    </View>
  );
}
