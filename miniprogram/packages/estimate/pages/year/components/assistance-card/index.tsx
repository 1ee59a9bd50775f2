import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { yuan } from '../../../../../../../shared/money';
import { RuleError } from '../../../../../../../shared/errors';
import { applicationAssistance, type ApplicationAssistance, type RunVisit } from '../../../../../../../shared/year/on-application';
import { DateBoxes } from '../../../../../../components/date-boxes';
import { Field } from '../../../../../../components/field';
import { dateOfParts, type DateParts } from '../../../../../../models/year';
import { ExplainSteps } from '../../../result/components/explain-steps';
import './index.css';

/**
 * 依申请救助 (issue 14; 002): once recognised as a 医疗救助对象, she may apply for help with the self-pay of the stays
 * before — never paid at the hospital's settlement. Asked: the 认定日期; shown: the amount and each step with its source.
 */
export function AssistanceCard(props: { region: string; visits: RunVisit[] }) {
  const { region, visits } = props;
  const [parts, setParts] = useState<DateParts>({ y: '', m: '', d: '' });
  const date = dateOfParts(parts);
  const typed = parts.y !== '' || parts.m !== '' || parts.d !== '';
  let outcome: ApplicationAssistance | { error: string } | null = null;
  if (date) {
    try {
      outcome = applicationAssistance(visits, date, { region });
    } catch (e) {
      outcome = { error: e instanceof RuleError ? e.message : '这次没能算出依申请救助，请检查认定日期' };
    }
  }
  return (
    <View id='year-assistance' className='card'>
      <Text className='card-title'>依申请救助</Text>
      <Text id='year-assistance-tag' className='assist-tag'>
        依申请 · 出院时不直接支付
      </Text>
      <Text className='muted assist-intro'>
        被认定为医疗救助对象后，可以申请对认定前住院自付的部分再补助一次。要自己去申请，医院结算时不会算进去。
      </Text>
      <Field
        id='field-assist-date'
        label='哪天认定为救助对象？'
        help='看认定通知上的日期。'
        error={typed && !date ? '请填写真实的认定日期（年、月、日）' : undefined}
      >
        <DateBoxes id='assist-date' value={parts} onChange={setParts} />
      </Field>
      {outcome && 'error' in outcome ? (
        <Text id='year-assistance-error' className='error-text'>
          {outcome.error}
        </Text>
      ) : null}
      {outcome && !('error' in outcome) ? (
        <View>
          <View className='assist-amount-row'>
            <Text>可以申请的救助</Text>
            <Text id='year-assistance-amount' className='assist-amount'>
              {yuan(outcome.amount)}
            </Text>
          </View>
          <Text className='muted'>
            计入 {outcome.counted.length} 次就医（{outcome.window.from} 至 {outcome.window.to}），自付合计 {yuan(outcome.selfPayTotal)}。
          </Text>
          {outcome.excluded.map((x) => (
            <Text key={x.entryId} className='muted assist-excluded'>
              · {x.date ? `${x.date} ` : ''}没有计入：{x.reason}
            </Text>
          ))}
          <ExplainSteps steps={outcome.steps} />
          {outcome.notes.map((note) => (
            <Text key={note} className='muted assist-note'>
              · {note}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
