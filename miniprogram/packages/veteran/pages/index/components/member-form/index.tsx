import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FamilyMemberView } from '../../../../../../../shared/contract/family';
import { CLOSE_RELATIVES_SOURCES } from '../../../../../../../shared/filing/relations';
import { citationText } from '../../../../../../../shared/source';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { toServiceError } from '../../../../../../services/errors';
import { TextBox } from '../../../../../../components/text-box';
import { EMPTY_MEMBER_FORM, memberRequest, RELATION_CHOICES, type MemberErrors, type MemberForm } from '../../../../../../models/people';
import { saveFamilyMember } from '../../../../../../services/applications';

const BOX_OF_FIELD = { name: 'member-name', relation: 'member-relation', idNumber: 'member-id', phone: 'member-phone' } as const;

/**
 * A close relative saved once (family.save, shared with the filing task): their name and ID number must be the
 * roster's for their ledger to open, and the user then checks and files for them as agent.
 */
export function MemberForm({ onSaved, onCancel }: { onSaved: (member: FamilyMemberView) => void; onCancel?: () => void }) {
  const [form, setForm] = useState<MemberForm>(EMPTY_MEMBER_FORM);
  const [errors, setErrors] = useState<MemberErrors>({});
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<MemberForm>) => {
    setForm({ ...form, ...patch });
    setErrors({});
  };

  const save = async () => {
    const checked = memberRequest(form);
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      const saved = await saveFamilyMember(checked.request);
      setForm(EMPTY_MEMBER_FORM);
      onSaved(saved);
    } catch (e) {
      const err = toServiceError(e);
      const box = err.field ? BOX_OF_FIELD[err.field as keyof typeof BOX_OF_FIELD] : undefined;
      setErrors(box ? { [box]: err.reason ?? err.message } : { banner: err.message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <View id='vet-member-form' className='vet-member-form'>
      <Text className='vet-subtitle'>添加一位家人（保存后下次直接选）</Text>
      <Text className='vet-note'>
        只能为近亲属查看和代办：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女（依据：{citationText(CLOSE_RELATIVES_SOURCES[0])}）。姓名和身份证号要与优抚对象名册一致；保存后还要核验一次（输入服务站给的核验码，或带家人的身份证去服务站），才能查看补助台账。
      </Text>
      <Field id='field-vet-member-name' label='家人的姓名' error={errors['member-name']}>
        <TextBox id='vet-member-name' value={form.name} maxlength={30} onChange={(name) => change({ name })} />
      </Field>
      <Field id='field-vet-member-relation' label='他/她是您的' error={errors['member-relation']}>
        <ChoiceGroup id='vet-member-relation' options={RELATION_CHOICES} selected={form.relation ? [form.relation] : []} onChange={([relation]) => change({ relation })} />
      </Field>
      <Field id='field-vet-member-id' label='家人的身份证号' help='18 位，最后一位可能是 X。' error={errors['member-id']}>
        <TextBox id='vet-member-id' kind='idcard' value={form.idNumber} maxlength={18} onChange={(idNumber) => change({ idNumber })} />
      </Field>
      <Field id='field-vet-member-phone' label='家人的手机号（可不填）' help='申请补助时要填优抚对象的联系电话；这里不填，申请时再问。' error={errors['member-phone']}>
        <TextBox id='vet-member-phone' kind='phone' value={form.phone} maxlength={11} onChange={(phone) => change({ phone })} />
      </Field>
      {errors.banner ? <Text className='banner-error'>{errors.banner}</Text> : null}
      <View className='btn-row'>
        {onCancel ? (
          <View id='vet-member-cancel' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onCancel}>
            取消
          </View>
        ) : null}
        <View id='vet-member-save' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => (saving ? undefined : void save())}>
          {saving ? '正在保存…' : '保存这位家人'}
        </View>
      </View>
      <Text className='vet-note'>身份证号加密保存，只显示前 6 位和后 4 位。</Text>
    </View>
  );
}
