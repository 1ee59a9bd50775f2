import { Text, View } from '@tarojs/components';
import { yuan } from '../../../../../../../shared/money';
import { citationText } from '../../../../../../../shared/source';
import type { Step } from '../../../../../../../shared/explain';
import './index.css';

/** The words after the picture: each payer in order, the formula with the actual numbers, and where it is written. */
export function ExplainSteps({ steps }: { steps: Step[] }) {
  return (
    <View id='explain-steps' className='explain-steps'>
      {steps.map((step, index) => (
        <View key={`${step.payer}-${index}`} className='explain-step'>
          <View className='explain-step-head'>
            <Text className='explain-step-name'>
              {index + 1}. {step.payerName}
            </Text>
            <Text className='explain-step-amount'>{yuan(step.amount)}</Text>
          </View>
          <Text className='explain-step-formula'>{step.formula}</Text>
          <Text className='explain-step-source'>依据：{citationText(step.source)}</Text>
        </View>
      ))}
    </View>
  );
}
