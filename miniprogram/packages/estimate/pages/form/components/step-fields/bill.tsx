import { Text, View } from '@tarojs/components';
import { Field } from '../../../../../../components/field';
import { asks } from '../../../../model/draft';
import { billHelp, billLabels } from '../../../../model/labels';
import { AmountInput } from '../amount-input';
import type { StepProps } from './types';

/** The two amounts of the bill, with where to find them on this kind of receipt. */
export function BillStep({ draft, errors, change }: StepProps) {
  const labels = billLabels(draft.visitType);
  const help = billHelp(draft.visitType);
  return (
    <View>
      <View id='bill-help' className='bill-help'>
        <Text className='bill-help-title'>{help.title}</Text>
        {help.lines.map((line) => (
          <Text key={line} className='bill-help-line'>
            {line}
          </Text>
        ))}
      </View>
      <Field id='field-total-cost' label={labels.total} error={errors['visit.totalCost']}>
        <AmountInput id='total-cost' value={draft.totalCost} placeholder='例如 4500' onChange={(totalCost) => change({ totalCost })} />
      </Field>
      <Field id='field-in-scope-cost' label={labels.inScope} help={`不会大于${labels.total}。`} error={errors['visit.inScopeCost']}>
        <AmountInput
          id='in-scope-cost'
          value={draft.inScopeCost}
          placeholder='例如 4200'
          onChange={(inScopeCost) => change({ inScopeCost })}
        />
      </Field>
      {asks(draft).classBCost ? (
        <Field
          id='field-class-b-cost'
          label='其中乙类费用（选填）'
          help='结算单上的“乙类”药品、诊疗项目费用；个人要先自付其中 10%。不清楚可以不填，结果会提示。'
          error={errors['visit.classBCost']}
        >
          <AmountInput id='class-b-cost' value={draft.classBCost} placeholder='没有或不清楚可不填' onChange={(classBCost) => change({ classBCost })} />
        </Field>
      ) : null}
    </View>
  );
}
