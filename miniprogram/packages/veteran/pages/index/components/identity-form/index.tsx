import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Field } from '../../../../../../components/field';
import { toServiceError } from '../../../../../../services/errors';
import { TextBox } from '../../../../../../components/text-box';
import { placeIdentityError } from '../../../../../../models/identity';
import { declareSelf } from '../../../../../../services/applications';
import { loadMe, saveMe } from '../../../../../../services/me-store';
import { identityErrors, type IdentityErrors } from '../../../../model/identity';

/**
 * 本人实名: the user's own name and ID number, declared as "this is me" (family.declareSelf). The ledger opens once that
 * is verified; until then the page links to 本人信息与核验. The typed number stays on this phone (the filing task's "me").
 */
export function IdentityForm({ intro, onSaved }: { intro: string; onSaved: () => void }) {
  const [form, setForm] = useState(() => {
    const me = loadMe();
    return { name: me.name, idNumber: me.idNumber };
  });
  const [errors, setErrors] = useState<IdentityErrors>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const found = identityErrors(form);
    if (found.name || found.idNumber) return setErrors(found);
    setSaving(true);
    try {
      const req = { name: form.name.trim(), idNumber: form.idNumber.trim().toUpperCase() };
      await declareSelf(req);
      saveMe({ ...loadMe(), ...req });
      setErrors({});
      onSaved();
    } catch (e) {
      const { name, idNumber, banner } = placeIdentityError(toServiceError(e), 'declare');
      setErrors({ ...(name ? { name } : {}), ...(idNumber ? { idNumber } : {}), ...(banner ? { banner } : {}) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <View id='vet-identity' className='card'>
      <Text className='card-title'>本人实名</Text>
      <Text className='vet-line'>{intro}</Text>
      <Field id='field-vet-me-name' label='您的姓名' error={errors.name}>
        <TextBox id='vet-me-name' value={form.name} maxlength={30} onChange={(name) => setForm({ ...form, name })} />
      </Field>
      <Field id='field-vet-me-id' label='您的身份证号' help='18 位，最后一位可能是 X。' error={errors.idNumber}>
        <TextBox id='vet-me-id' kind='idcard' value={form.idNumber} maxlength={18} onChange={(idNumber) => setForm({ ...form, idNumber })} />
      </Field>
      {errors.banner ? (
        <Text id='vet-identity-error' className='banner-error'>
          {errors.banner}
        </Text>
      ) : null}
      <View id='vet-me-save' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => (saving ? undefined : void save())}>
        {saving ? '正在查询…' : '查询我的优抚补助'}
      </View>
      <Text className='vet-note'>为了保护您的信息，填写以后还要核验一次（带身份证到服务站或医保经办窗口，或输入服务站给的核验码），才能看到补助台账。身份证号加密保存，页面上只显示前 6 位和后 4 位；这台手机上留一份，下次不用再填。</Text>
    </View>
  );
}
