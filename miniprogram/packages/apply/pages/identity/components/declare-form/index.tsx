import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Field } from '../../../../../../components/field';
import { toServiceError } from '../../../../../../services/errors';
import { TextBox } from '../../../../../../components/text-box';
import { declareRequest, placeIdentityError, type DeclareForm as Form, type IdentityFormErrors, type IdentityStatus } from '../../../../../../models/identity';
import { declareSelf } from '../../../../../../services/applications';
import { loadMe, saveMe } from '../../../../../../services/me-store';

/**
 * "这个身份证号是我": the account declares who it is (family.declareSelf). It opens nothing by itself; it gives the
 * person a 核验编号 to show at a counter. The typed number stays on this phone (the filing task's "me").
 */
export function DeclareForm({ onDeclared, again }: { onDeclared: (status: IdentityStatus) => void; again?: boolean }) {
  const [form, setForm] = useState<Form>(() => {
    const me = loadMe();
    return { name: me.name, idNumber: me.idNumber };
  });
  const [errors, setErrors] = useState<IdentityFormErrors>({});
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setErrors({});
  };

  const save = async () => {
    const checked = declareRequest(form);
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      const status = await declareSelf(checked.request);
      saveMe({ ...loadMe(), ...checked.request });
      setErrors({});
      onDeclared(status);
    } catch (e) {
      setErrors(placeIdentityError(toServiceError(e), 'declare'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View id='identity-declare-form' className={again ? 'identity-form' : 'identity-form identity-form--first'}>
      <Text className='apply-label'>{again ? '重新填写本人信息' : '填写本人信息'}</Text>
      <Text className='apply-note'>与身份证上的一致。填好后会得到一个核验编号，拿着身份证去核验时用。</Text>
      <Field id='field-identity-name' label='您的姓名' error={errors.name}>
        <TextBox id='identity-name' value={form.name} maxlength={30} onChange={(name) => change({ name })} />
      </Field>
      <Field id='field-identity-id' label='您的身份证号' help='18 位，最后一位可能是 X。' error={errors.idNumber}>
        <TextBox id='identity-id' kind='idcard' value={form.idNumber} maxlength={18} onChange={(idNumber) => change({ idNumber })} />
      </Field>
      {errors.banner ? (
        <Text id='identity-declare-error' className='banner-error'>
          {errors.banner}
        </Text>
      ) : null}
      <View id='identity-declare' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => (saving ? undefined : void save())}>
        {saving ? '正在保存…' : '保存本人信息'}
      </View>
      <Text className='apply-note'>身份证号加密保存，页面上只显示前 6 位和后 4 位。</Text>
    </View>
  );
}
