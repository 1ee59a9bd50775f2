import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isLongTerm } from '../../../../../shared/applications/remote-filing/kinds';
import { applyTitle, isFiling, isReimbursement } from '../../model/types';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import { ThemedPage } from '../../../../components/themed-page';
import { SCHEME_NAMES } from '../../../../models/profile';
import { toServiceError } from '../../../../services/errors';
import { loadProfile } from '../../../../services/profile';
import { DateBoxes } from '../../../../components/date-boxes';
import { StepBar } from '../../components/step-bar';
import { ReturnNotice } from '../../components/return-notice';
import { flaggedBoxes } from '../../model/concerns';
import { useReturnedView } from '../../services/returned-view';
import { TextBox } from '../../../../components/text-box';
import { PayeeFields } from '../../components/payee-fields';
import { payeeAfterSave } from '../../model/payee';
import { amountInWords, checkForm, clearBoxes, hasErrors, placeServerError, type Box, type FormErrors } from '../../model/content';
import { applyChange, prefillMe, type ApplyDraft, type PersonInput, type Scheme } from '../../model/draft';
import { agentRelationText, meToRemember } from '../../model/people';
import { STEP_URL } from '../../model/routes';
import { declareSelf, getIdentity } from '../../../../services/applications';
import { loadMe, saveMe } from '../../../../services/me-store';
import { useApplyDraft } from '../../services/draft-store';
import { saveToServer } from '../../services/sync';
import '../../apply.css';
import './index.css';

const SCHEMES: Scheme[] = ['resident', 'employee'];

function scrollTo(selector: string) {
  try {
    Taro.pageScrollTo({ selector, duration: 200 });
  } catch {
    // A courtesy: the message is on the page either way.
  }
}

/** A box's help line, with "退回时指出" above it when staff named this box in returning the application. */
type Note = (box: Box, help?: ReactNode) => ReactNode;

function noteFor(flagged: Set<Box>): Note {
  return (box, help) =>
    flagged.has(box) ? (
      <View>
        <Text id={`field-${box}-flag`} className='return-flag'>
          退回时指出
        </Text>
        {help ? <View>{help}</View> : null}
      </View>
    ) : (
      help
    );
}

/** The boxes of one person; an ID number or phone the server already holds shows masked and may be left empty. */
function PersonFields(props: {
  prefix: 'principal' | 'agent';
  who: string;
  person: PersonInput;
  errors: FormErrors;
  note: Note;
  onChange: (patch: Partial<PersonInput>, box: Box) => void;
  onLeave: (box: Box) => () => void;
}) {
  const { prefix, who, person, errors, note, onChange, onLeave } = props;
  const kept = (masked: string) => (masked ? `已填写 ${masked}，不用改就空着` : undefined);
  return (
    <View>
      <Field id={`field-${prefix}-name`} label={`${who}的姓名`} help={note(`${prefix}-name`)} error={errors[`${prefix}-name`]} onLeave={onLeave(`${prefix}-name`)}>
        <TextBox id={`${prefix}-name`} value={person.name} maxlength={30} onChange={(name) => onChange({ name }, `${prefix}-name`)} />
      </Field>
      <Field id={`field-${prefix}-id`} label={`${who}的身份证号`} help={note(`${prefix}-id`, kept(person.idNumberMasked) ?? '18 位，最后一位可能是 X。')} error={errors[`${prefix}-id`]} onLeave={onLeave(`${prefix}-id`)}>
        <TextBox
          id={`${prefix}-id`}
          kind='idcard'
          value={person.idNumber}
          maxlength={18}
          placeholder={person.idNumberMasked || undefined}
          onChange={(idNumber) => onChange({ idNumber }, `${prefix}-id`)}
        />
      </Field>
      <Field id={`field-${prefix}-phone`} label={`${who}的手机号`} help={note(`${prefix}-phone`, kept(person.phoneMasked))} error={errors[`${prefix}-phone`]} onLeave={onLeave(`${prefix}-phone`)}>
        <TextBox
          id={`${prefix}-phone`}
          kind='phone'
          value={person.phone}
          maxlength={11}
          placeholder={person.phoneMasked || undefined}
          onChange={(phone) => onChange({ phone }, `${prefix}-phone`)}
        />
      </Field>
    </View>
  );
}

/** How long after she leaves a box its check shows: longer than a tap, short enough to read as immediate. */
const LEAVE_CHECK_DELAY_MS = 250;

/** Step 3: the application's own boxes, checked as typed with the function's schemas. */
export default function FormPage() {
  const [draft, update] = useApplyDraft();
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  // A returned application: the reason at the top, and the boxes it names marked (not as errors: she did nothing wrong).
  const returned = useReturnedView(draft);
  const flagged = flaggedBoxes(returned);
  const note = noteFor(flagged);

  // The user's own boxes start from what this phone remembers; the scheme from the home page's profile.
  useEffect(() => {
    const profile = loadProfile();
    update((d) => {
      const filled = prefillMe(d, loadMe());
      return filled.scheme === '' && isFiling(filled.type) ? { ...filled, scheme: profile.scheme } : filled;
    });
  }, [update]);

  const change = (patch: Partial<ApplyDraft>, boxes: Box[]) => {
    setErrors((e) => clearBoxes(e, boxes));
    setSaved('');
    update((d) => applyChange(d, patch));
  };

  // Each box is checked as she leaves it, with the same rules as 下一步 (checkForm), showing only that box's message.
  const latest = useRef(draft);
  latest.current = draft;
  // The check waits a moment: a message appearing at once would push 下一步 down between the press and the release,
  // and the tap she aimed at it would land on nothing.
  const leave = (box: Box) => () => {
    setTimeout(() => {
      const message = checkForm(latest.current)[box];
      setErrors((e) => (message ? { ...e, [box]: message } : clearBoxes(e, [box])));
    }, LEAVE_CHECK_DELAY_MS);
  };

  const changePerson = (prefix: 'principal' | 'agent') => (patch: Partial<PersonInput>, box: Box) =>
    change({ [prefix]: { ...draft[prefix], ...patch } } as Partial<ApplyDraft>, [box]);

  const showErrors = (found: FormErrors) => {
    setErrors(found);
    const first = (Object.keys(found) as (Box | 'banner')[]).find((k) => k !== 'banner');
    setTimeout(() => scrollTo(first ? `#field-${first}` : '#form-banner'), 50);
  };

  /**
   * Remembers the user on this phone and, when the account has not said who it is yet, declares it ("this is me"):
   * the first step of 本人信息与核验. Declaring never blocks filing: any refusal (too many tries, the network) is
   * left for that page, and a binding already there is never replaced from this form.
   */
  const rememberMe = async (d: ApplyDraft): Promise<void> => {
    const mine = meToRemember(d);
    if (!mine) return;
    saveMe(mine.me);
    try {
      const status = await getIdentity();
      if (!status.self) await declareSelf(mine.declare);
    } catch {
      // Not needed to file; 本人信息与核验 offers it again.
    }
  };

  const save = async (goOn: boolean) => {
    if (busy) return;
    const found = goOn ? checkForm(draft) : {};
    if (hasErrors(found)) return showErrors(found);
    setBusy(true);
    try {
      if (goOn) await rememberMe(draft);
      const result = await saveToServer(draft);
      const { view, draft: synced } = result;
      // A card number once saved is kept by the server only: the phone keeps its masked form.
      update((d) => ({ ...d, ...payeeAfterSave(view), serverId: synced.serverId, serverMemberId: synced.serverMemberId, step: goOn && d.step === 'form' ? 'materials' : d.step }));
      if (goOn) Taro.navigateTo({ url: STEP_URL.materials });
      else setSaved('已保存。以后在“我的申请”里也能找到这份草稿。');
    } catch (e) {
      showErrors(placeServerError(toServiceError(e)));
    } finally {
      setBusy(false);
    }
  };

  if (draft.type === '') {
    return (
      <ThemedPage id='apply-form' className='apply-form'>
        <View className='card'>
          <Text className='card-title'>还没有选择要办的事</Text>
          <View id='form-restart' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.redirectTo({ url: STEP_URL.choose })}>
            去选择
          </View>
        </View>
      </ThemedPage>
    );
  }

  const family = draft.who === 'family';
  const title = applyTitle(draft.type, draft.kind);
  const words = isReimbursement(draft.type) ? amountInWords(draft.amount) : '';

  return (
    <ThemedPage id='apply-form' className='apply-form'>
      <StepBar id='form-step' step={3} />
      <ReturnNotice id='form-return' view={returned} />
      {draft.status === 'returned' ? (
        <Text id='form-returned' className='apply-note'>
          这份申请被退回了。按退回原因改好后，继续下一步重新提交。
        </Text>
      ) : null}
      <View className='card'>
        <Text id='form-title' className='apply-title'>
          {title}
        </Text>
        <Text className='apply-note'>每填完一项就会检查，有错就在格子下面用红字说明。填的内容会自动保存在手机上。</Text>
      </View>

      {family ? (
        <View id='form-principal' className='card'>
          <Text className='card-title'>参保人（委托人）</Text>
          <Text id='form-principal-summary' className='apply-line'>
            {draft.member?.name}　<Text className='id-number'>{draft.member?.idNumberMasked}</Text>
            {draft.member?.phoneMasked ? `　${draft.member.phoneMasked}` : ''}
          </Text>
          {flagged.has('principal-name') || flagged.has('principal-id') ? (
            <Text id='form-principal-flag' className='return-flag'>
              退回时指出：参保人的姓名或身份证号，请核对。
            </Text>
          ) : null}
          {!draft.member?.phoneMasked ? (
            <Field id='field-principal-phone' label={`${draft.member?.name ?? '参保人'}的手机号`} help={note('principal-phone', draft.principal.phoneMasked ? `已填写 ${draft.principal.phoneMasked}，不用改就空着` : '申请表要填参保人的联系电话。')} error={errors['principal-phone']} onLeave={leave('principal-phone')}>
              <TextBox
                id='principal-phone'
                kind='phone'
                value={draft.principal.phone}
                maxlength={11}
                placeholder={draft.principal.phoneMasked || undefined}
                onChange={(phone) => change({ principal: { ...draft.principal, phone } }, ['principal-phone'])}
              />
            </Field>
          ) : null}
        </View>
      ) : null}

      <View id={family ? 'form-agent' : 'form-self'} className='card'>
        <Text className='card-title'>{family ? '代办人（您本人）' : '参保人（您本人）'}</Text>
        {family ? (
          <Text id='form-agent-relation' className='apply-line'>
            {agentRelationText(draft) || '与参保人的关系：见上一步'}
          </Text>
        ) : null}
        <PersonFields
          prefix={family ? 'agent' : 'principal'}
          who='您'
          person={family ? draft.agent : draft.principal}
          errors={errors}
          note={note}
          onChange={changePerson(family ? 'agent' : 'principal')}
          onLeave={leave}
        />
        <Text className='apply-note'>您的姓名、身份证号和手机号会记在这台手机上，下次不用再填。</Text>
      </View>

      {isFiling(draft.type) ? (
        <View id='form-remote' className='card'>
          <Text className='card-title'>备案信息</Text>
          <Field id='field-scheme' label='参加的是哪种医保？' help={note('scheme')} error={errors.scheme}>
            <ChoiceGroup<Scheme>
              id='scheme'
              options={SCHEMES.map((s) => ({ value: s, label: SCHEME_NAMES[s] }))}
              selected={draft.scheme ? [draft.scheme] : []}
              onChange={([scheme]) => change({ scheme }, ['scheme'])}
            />
          </Field>
          <Field id='field-destination-province' label='到哪个省看病（就医备案地）' help={note('destination-province', '例如：广东省')} error={errors['destination-province']} onLeave={leave('destination-province')}>
            <TextBox id='destination-province' value={draft.province} maxlength={20} onChange={(province) => change({ province }, ['destination-province'])} />
          </Field>
          <Field id='field-destination-city' label='哪个市' help={note('destination-city', '例如：深圳市')} error={errors['destination-city']} onLeave={leave('destination-city')}>
            <TextBox id='destination-city' value={draft.city} maxlength={20} onChange={(city) => change({ city }, ['destination-city'])} />
          </Field>
          {draft.kind && isLongTerm(draft.kind) ? (
            <Field id='field-residence-address' label='在外地住的详细地址' help={note('residence-address', '长期备案要填异地长期居住住址。')} error={errors['residence-address']} onLeave={leave('residence-address')}>
              <TextBox
                id='residence-address'
                value={draft.residenceAddress}
                maxlength={100}
                onChange={(residenceAddress) => change({ residenceAddress }, ['residence-address'])}
              />
            </Field>
          ) : null}
        </View>
      ) : (
        <View id='form-reimburse' className='card'>
          <Text className='card-title'>住院和费用</Text>
          <Field id='field-hospital' label='住院的医院' help={note('hospital', '写医院的全称。')} error={errors.hospital} onLeave={leave('hospital')}>
            <TextBox id='hospital' value={draft.hospital} maxlength={60} onChange={(hospital) => change({ hospital }, ['hospital'])} />
          </Field>
          <Field id='field-admission' label='哪天入院' help={note('admission')} error={errors.admission}>
            <DateBoxes id='admission' value={draft.admission} onChange={(admission) => change({ admission }, ['admission', 'discharge'])} />
          </Field>
          <Field id='field-discharge' label='哪天出院' help={note('discharge', '出院日期不能早于入院日期，也不能晚于今天。')} error={errors.discharge}>
            <DateBoxes id='discharge' value={draft.discharge} onChange={(discharge) => change({ discharge }, ['admission', 'discharge'])} />
          </Field>
          <Field id='field-amount' label='医疗费用金额' help={note('amount', '看结算票据上的总金额，最多到分（两位小数）。')} error={errors.amount} onLeave={leave('amount')}>
            <TextBox id='amount' kind='amount' unit='元' value={draft.amount} maxlength={12} onChange={(amount) => change({ amount }, ['amount'])} />
          </Field>
          <View className='amount-words-box'>
            <Text className='muted'>大写</Text>
            <Text id='amount-words' className='amount-words'>
              {words || '（输入金额后显示）'}
            </Text>
          </View>
        </View>
      )}
      {isReimbursement(draft.type) ? (
        <PayeeFields draft={draft} errors={errors} note={note} onChange={(patch, box) => change(patch, [box])} onLeave={leave} />
      ) : null}

      {errors.banner ? (
        <Text id='form-banner' className='banner-error'>
          {errors.banner}
        </Text>
      ) : null}
      {saved ? (
        <Text id='form-saved' className='apply-ok'>
          {saved}
        </Text>
      ) : null}

      <View className='apply-actions'>
        <View id='form-next' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => void save(true)}>
          {busy ? '正在保存…' : '下一步：上传材料'}
        </View>
        <View id='form-save' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void save(false)}>
          先保存，以后再填
        </View>
      </View>
    </ThemedPage>
  );
}
