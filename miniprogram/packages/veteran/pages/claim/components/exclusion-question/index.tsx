import { Text, View } from '@tarojs/components';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import type { Answer, ExclusionQuestion as Question } from '../../../../model/claim';

const ANSWERS: { value: Answer; label: string }[] = [
  { value: 'no', label: '不是' },
  { value: 'yes', label: '是' },
];

/**
 * One of 第十一条's questions in plain words, with the document's own words under it; "是" explains at once why the
 * claim cannot go on, beside the question.
 */
export function ExclusionQuestion(props: { index: number; question: Question; answer: Answer | undefined; error?: string; onAnswer: (a: Answer) => void }) {
  const { index, question, answer, error, onAnswer } = props;
  const id = `claim-ex-${question.id}`;
  return (
    <Field id={`field-claim-exclusion-${question.id}`} label={`${index + 1}. ${question.question}`} error={answer === 'yes' ? undefined : error}>
      <ChoiceGroup id={id} options={ANSWERS} selected={answer ? [answer] : []} onChange={([a]) => onAnswer(a)} />
      <Text className='vet-note'>
        细则原文：“{question.quote}”（{question.source}）
      </Text>
      {answer === 'yes' ? (
        <View id={`${id}-refusal`} className='claim-refusal'>
          <Text className='claim-refusal-title'>这种情况不能申请补助</Text>
          <Text className='vet-line'>{question.refusal}</Text>
          <Text className='vet-source'>依据：{question.source}：“下列情形发生的医疗费用不在医疗补助范围内”</Text>
        </View>
      ) : null}
    </Field>
  );
}
