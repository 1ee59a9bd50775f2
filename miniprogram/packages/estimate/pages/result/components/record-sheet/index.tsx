import { Text, View } from '@tarojs/components';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { DateBoxes } from '../../../../../../components/date-boxes';
import { Field } from '../../../../../../components/field';
import { TextBox } from '../../../../../../components/text-box';
import { PAYER_FIELD_NAMES, type PayerKey, type RecordErrors, type RecordForm } from '../../../../../../models/year';
import { AmountInput } from '../../../form/components/amount-input';
import './index.css';

/**
 * 记入本年: a small sheet over the result. 结算日期 (this year only), what she calls it, and whether she has the
 * 结算单 — then its figures, pre-filled with the estimate's, to correct. The amount boxes are the form's own.
 */
export function RecordSheet(props: {
  form: RecordForm;
  errors: RecordErrors;
  banner: string;
  editing: boolean;
  onChange: (form: RecordForm) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { form, errors, banner, editing, onChange, onSave, onCancel } = props;
  const set = (patch: Partial<RecordForm>) => onChange({ ...form, ...patch });
  const payers = Object.keys(form.payments) as PayerKey[];
  return (
    <View id='record-sheet' className='record-sheet'>
      <View className='record-sheet-panel'>
        <Text className='card-title'>{editing ? '修改这一次的记录' : '记入本年'}</Text>
        <Text className='muted record-sheet-intro'>记下这次看病，下次估算会自动算上今年已经报销过的，不用自己填。</Text>
        {banner ? (
          <Text id='record-banner' className='banner-error'>
            {banner}
          </Text>
        ) : null}
        <Field id='field-record-date' label='结算日期' help='出院结算（或门诊缴费）的那一天；只能是这一年内。' error={errors.date}>
          <DateBoxes id='record-date' value={form.date} onChange={(date) => set({ date })} />
        </Field>
        <Field id='field-record-label' label='哪家医院（选填）' help='自己看得懂就行，例如“县医院 住院”。' error={errors.label}>
          <TextBox id='record-label' value={form.label} maxlength={40} placeholder='例如 县人民医院' onChange={(label) => set({ label })} />
        </Field>
        <Field id='field-record-settled' label='有结算单吗？' help='出院时医院给的结算单上有实际报销的金额，按它记更准。' error={errors.hasSettlement}>
          <ChoiceGroup
            id='record-settled'
            options={[
              { value: 'yes' as const, label: '有，按结算单填' },
              { value: 'no' as const, label: '没有，按估算记' },
            ]}
            selected={form.hasSettlement ? [form.hasSettlement] : []}
            onChange={([hasSettlement]) => set({ hasSettlement })}
          />
        </Field>
        {form.hasSettlement === 'yes' ? (
          <View id='record-settlement'>
            <Text className='muted record-sheet-intro'>已按估算填好，请对照结算单改成上面的数。</Text>
            <Field id='field-record-total-cost' label='医疗总费用' error={errors.totalCost}>
              <AmountInput id='record-total-cost' value={form.totalCost} onChange={(totalCost) => set({ totalCost })} />
            </Field>
            <Field id='field-record-in-scope-cost' label='政策范围内费用' error={errors.inScopeCost}>
              <AmountInput id='record-in-scope-cost' value={form.inScopeCost} onChange={(inScopeCost) => set({ inScopeCost })} />
            </Field>
            {payers.map((k) => (
              <Field key={k} id={`field-record-pay-${k}`} label={`${PAYER_FIELD_NAMES[k]}支付`} error={errors[`payments.${k}`]}>
                <AmountInput
                  id={`record-pay-${k}`}
                  value={form.payments[k] ?? ''}
                  onChange={(v) => set({ payments: { ...form.payments, [k]: v } })}
                />
              </Field>
            ))}
            {errors.payments ? (
              <Text id='record-payments-error' className='error-text'>
                {errors.payments}
              </Text>
            ) : null}
          </View>
        ) : null}
        <View className='btn-row'>
          <View id='record-cancel' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onCancel}>
            取消
          </View>
          <View id='record-save' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={onSave}>
            {editing ? '保存修改' : '记下来'}
          </View>
        </View>
      </View>
    </View>
  );
}
