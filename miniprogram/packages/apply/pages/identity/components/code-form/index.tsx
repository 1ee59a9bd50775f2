import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Field } from '../../../../../../components/field';
import { toServiceError } from '../../../../../../services/errors';
import { TextBox } from '../../../../../../components/text-box';
import { codeRequest, ROSTER_CODE_DIGITS, placeIdentityError, type CodeForm as Form, type IdentityFormErrors, type IdentityStatus } from '../../../../../../models/identity';
import { verifyWithCode } from '../../../../../../services/applications';

/**
 * The 服务站's one-time 核验码 (family.verifyWithCode): name and ID number exactly as on the 优抚对象名册, and the code.
 * For oneself, or with `familyMemberId` for a saved relative. A wrong or used code and too many tries are said beside
 * the code box, in the function's own words.
 */
export function CodeForm(props: {
  prefix: string;
  title: string;
  who: string;
  initial: { name: string; idNumber: string };
  familyMemberId?: string;
  onVerified: (status: IdentityStatus) => void;
  onCancel?: () => void;
}) {
  const { prefix, title, who, initial, familyMemberId, onVerified, onCancel } = props;
  const [form, setForm] = useState<Form>({ ...initial, code: '' });
  const [errors, setErrors] = useState<IdentityFormErrors>({});
  const [busy, setBusy] = useState(false);

  const change = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setErrors({});
  };

  const submit = async () => {
    const checked = codeRequest(form, familyMemberId);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    try {
      const status = await verifyWithCode(checked.request);
      setErrors({});
      onVerified(status);
    } catch (e) {
      setErrors(placeIdentityError(toServiceError(e), 'code'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View id={`${prefix}-form`} className='identity-form'>
      <Text className='apply-label'>{title}</Text>
      <Text className='apply-note'>核验码由乡（镇）退役军人服务站当面发给优抚对象或家属，只能用一次。姓名和身份证号要与优抚对象名册上的一致。</Text>
      <Field id={`field-${prefix}-name`} label={`${who}的姓名`} error={errors.name}>
        <TextBox id={`${prefix}-name`} value={form.name} maxlength={30} onChange={(name) => change({ name })} />
      </Field>
      <Field id={`field-${prefix}-id`} label={`${who}的身份证号`} help='18 位，最后一位可能是 X。' error={errors.idNumber}>
        <TextBox id={`${prefix}-id`} kind='idcard' value={form.idNumber} maxlength={18} onChange={(idNumber) => change({ idNumber })} />
      </Field>
      <Field id={`field-${prefix}-code`} label='服务站给的核验码' help={`${ROSTER_CODE_DIGITS} 位数字，照着纸条上的数字输入。`} error={errors.code}>
        <TextBox id={`${prefix}-code`} kind='phone' value={form.code} maxlength={ROSTER_CODE_DIGITS} onChange={(code) => change({ code })} />
      </Field>
      {errors.banner ? (
        <Text id={`${prefix}-error`} className='banner-error'>
          {errors.banner}
        </Text>
      ) : null}
      <View className='btn-row'>
        {onCancel ? (
          <View id={`${prefix}-cancel`} className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onCancel}>
            取消
          </View>
        ) : null}
        <View id={`${prefix}-submit`} className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => (busy ? undefined : void submit())}>
          {busy ? '正在核验…' : '核验'}
        </View>
      </View>
    </View>
  );
}
