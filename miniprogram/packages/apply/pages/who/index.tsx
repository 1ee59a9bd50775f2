import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { FamilyMemberView } from '../../../../../shared/contract/family';
import { CLOSE_RELATIVES_SOURCES } from '../../../../../shared/filing/relations';
import { citationText } from '../../../../../shared/source';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { StepBar } from '../../components/step-bar';
import { ReturnNotice } from '../../components/return-notice';
import { useReturnedView } from '../../services/returned-view';
import { TextBox } from '../../../../components/text-box';
import type { Who } from '../../model/draft';
import { memberChoiceExplain } from '../../../../models/identity';
import { EMPTY_MEMBER_FORM, memberRequest, RELATION_CHOICES, type MemberErrors, type MemberForm } from '../../../../models/people';
import { agentRelationText, chooseFamily, chooseMember, chooseSelf } from '../../model/people';
import { STEP_URL } from '../../model/routes';
import { listFamily, saveFamilyMember } from '../../../../services/applications';
import { useApplyDraft } from '../../services/draft-store';
import '../../apply.css';

const WHO_CHOICES: { value: Who; label: string; explain: string }[] = [
  { value: 'self', label: '为我自己办', explain: '参保人就是我本人。' },
  { value: 'family', label: '替家人代办', explain: '给父母、配偶、子女等近亲属办，我是代办人。' },
];

/** Step 2: for myself, or for a close relative (picked from the saved ones, or added once and saved). */
export default function WhoPage() {
  const [draft, update] = useApplyDraft();
  const returned = useReturnedView(draft);
  const [members, setMembers] = useState<FamilyMemberView[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState<MemberForm>(EMPTY_MEMBER_FORM);
  const [formErrors, setFormErrors] = useState<MemberErrors>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');

  const load = async () => {
    setLoadError('');
    try {
      const list = await listFamily();
      setMembers(list);
      if (list.length === 0) setAdding(true);
    } catch (e) {
      setLoadError(toServiceError(e).message);
    }
  };

  useEffect(() => {
    if (draft.who === 'family' && members === null) void load();
  }, [draft.who, members]);

  // One saved family member and nobody chosen yet: that is who she files for (issue 15: she had to tap the only
  // choice). She can still add someone else.
  useEffect(() => {
    if (members?.length === 1) update((d) => (d.who === 'family' && !d.member ? chooseMember(d, members[0]) : d));
  }, [members, update]);

  const changeForm = (patch: Partial<MemberForm>) => {
    setForm({ ...form, ...patch });
    const cleared = { ...formErrors };
    for (const key of Object.keys(patch)) delete cleared[`member-${key === 'idNumber' ? 'id' : key}` as keyof MemberErrors];
    delete cleared.banner;
    setFormErrors(cleared);
  };

  const saveMember = async () => {
    const checked = memberRequest(form);
    if (!checked.ok) return setFormErrors(checked.errors);
    setSaving(true);
    try {
      const saved = await saveFamilyMember(checked.request);
      setMembers([...(members ?? []).filter((m) => m.id !== saved.id), saved]);
      update((d) => chooseMember(d, saved));
      setForm(EMPTY_MEMBER_FORM);
      setAdding(false);
      setError('');
    } catch (e) {
      const err = toServiceError(e);
      const box = err.field ? ({ name: 'member-name', relation: 'member-relation', idNumber: 'member-id', phone: 'member-phone' } as const)[err.field as 'name'] : undefined;
      setFormErrors(box ? { [box]: err.reason ?? err.message } : { banner: err.message });
    } finally {
      setSaving(false);
    }
  };

  const next = () => {
    if (!draft.who) return setError('请选择为谁办理');
    if (draft.who === 'family' && !draft.member) return setError('请选择或添加要代办的家人');
    update((d) => ({ ...d, step: d.step === 'who' || d.step === 'choose' ? 'form' : d.step }));
    Taro.navigateTo({ url: STEP_URL.form });
  };

  const currentFromServer = draft.who === 'family' && draft.member && !draft.memberId;

  return (
    <ThemedPage id='apply-who' className='apply-who'>
      <StepBar id='who-step' step={2} />
      <ReturnNotice id='who-return' view={returned} />
      <View className='card'>
        <Field id='field-who' label='这次为谁办理？'>
          <ChoiceGroup<Who>
            id='who'
            options={WHO_CHOICES}
            selected={draft.who ? [draft.who] : []}
            onChange={([w]) => {
              setError('');
              update((d) => (w === 'self' ? chooseSelf(d) : chooseFamily(d)));
            }}
          />
        </Field>
      </View>

      {draft.who === 'family' ? (
        <View id='who-family' className='card'>
          <Text className='card-title'>为哪位家人办理？</Text>
          <Text className='apply-note'>
            只能替近亲属代办：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女（依据：{citationText(CLOSE_RELATIVES_SOURCES[0])}）。
          </Text>
          {currentFromServer ? (
            <Text id='who-current' className='apply-line'>
              当前参保人：{draft.member!.name}　<Text className='id-number'>{draft.member!.idNumberMasked}</Text>
            </Text>
          ) : null}
          {loadError ? (
            <View>
              <Text className='banner-error'>{loadError}</Text>
              <View id='who-reload' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void load()}>
                再试一次
              </View>
            </View>
          ) : null}
          {members === null && !loadError ? <Text className='muted'>正在读取保存过的家人…</Text> : null}
          {members && members.length > 0 ? (
            <ChoiceGroup
              id='member'
              options={members.map((m) => ({ value: m.id, label: `${m.name}（我的${m.relationLabel}）`, explain: memberChoiceExplain(m) }))}
              selected={draft.memberId ? [draft.memberId] : []}
              onChange={([id]) => {
                const m = members.find((x) => x.id === id);
                if (m) update((d) => chooseMember(d, m));
                setError('');
              }}
            />
          ) : null}
          {members && members.some((m) => m.level !== 'verified') ? (
            <Text id='who-level-note' className='apply-note'>
              “待核验”的家人照样可以替他们办理备案和报销；查看优抚对象的补助台账要先核验，见“本人信息与核验”。
            </Text>
          ) : null}
          {draft.member && agentRelationText(draft) ? (
            <Text id='who-relation' className='apply-line who-relation'>
              {agentRelationText(draft)}，由您作为代办人签署承诺书。
            </Text>
          ) : null}

          {adding ? (
            <View id='member-form' className='member-form'>
              <Text className='apply-label'>添加一位家人（保存后下次直接选）</Text>
              <Field id='field-member-name' label='家人的姓名' error={formErrors['member-name']}>
                <TextBox id='member-name' value={form.name} maxlength={30} onChange={(name) => changeForm({ name })} />
              </Field>
              <Field id='field-member-relation' label='他/她是您的' error={formErrors['member-relation']}>
                <ChoiceGroup
                  id='member-relation'
                  options={RELATION_CHOICES}
                  selected={form.relation ? [form.relation] : []}
                  onChange={([relation]) => changeForm({ relation })}
                />
              </Field>
              <Field id='field-member-id' label='家人的身份证号' help='18 位，最后一位可能是 X。' error={formErrors['member-id']}>
                <TextBox id='member-id' kind='idcard' value={form.idNumber} maxlength={18} onChange={(idNumber) => changeForm({ idNumber })} />
              </Field>
              <Field id='field-member-phone' label='家人的手机号（可不填）' help='申请表要填参保人的联系电话；这里不填，后面会再问。' error={formErrors['member-phone']}>
                <TextBox id='member-phone' kind='phone' value={form.phone} maxlength={11} onChange={(phone) => changeForm({ phone })} />
              </Field>
              {formErrors.banner ? <Text className='banner-error'>{formErrors.banner}</Text> : null}
              <View id='member-save' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => (saving ? undefined : void saveMember())}>
                {saving ? '正在保存…' : '保存这位家人'}
              </View>
              <Text className='apply-note'>身份证号加密保存，只显示前 6 位和后 4 位。</Text>
            </View>
          ) : (
            <View id='member-add' className='apply-link' hoverClass='btn-hover' ariaRole='button' onClick={() => setAdding(true)}>
              ＋ 添加一位家人
            </View>
          )}
        </View>
      ) : null}

      {error ? (
        <Text id='who-error' className='banner-error'>
          {error}
        </Text>
      ) : null}

      <View className='apply-actions'>
        <View id='who-next' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={next}>
          下一步：填写申请
        </View>
      </View>
    </ThemedPage>
  );
}
