import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { applyTitle, isFiling, isReimbursement } from '../../model/types';
import { todayInChina } from '../../../../../shared/dates';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import { ThemedPage } from '../../../../components/themed-page';
import { Quote } from '../../components/quote';
import { StepBar } from '../../components/step-bar';
import { deemedCard, isKind, kindCard, reimbursementMaterials, SITUATIONS, TYPE_CHOICES, type SituationId } from '../../model/choices';
import { chooseType, emptyDraft, hasProgress, type ApplyType } from '../../model/draft';
import { IDENTITY_URL } from '../../../../models/routes';
import { LIST_URL, STEP_URL } from '../../model/routes';
import { clearDraft, useApplyDraft } from '../../services/draft-store';
import { OfficeChoice } from '../../components/office-choice';
import { defaultOffice, officeError } from '../../model/office';
import '../../apply.css';
import './index.css';

/** Step 1: which application; for 备案, which situation is mine — or that none is needed (视同已备案). */
export default function ChoosePage() {
  const [draft, update] = useApplyDraft();
  const today = useMemo(todayInChina, []);
  const [type, setType] = useState<ApplyType | ''>(draft.type);
  const [situation, setSituation] = useState<SituationId | ''>(draft.kind);
  const [error, setError] = useState('');
  const [office, setOffice] = useState(() => (draft.officeRegion ? { region: draft.officeRegion, area: draft.officeArea || null } : null));
  const [officeProblem, setOfficeProblem] = useState('');
  // The office chosen for another type may not take this one: start again from her profile's region.
  const shownOffice = type ? defaultOffice(type, office) : null;

  const chosen = SITUATIONS.find((s) => s.value === situation);
  const kind = situation && isKind(situation) ? situation : '';
  const canGoOn = isReimbursement(type) || (isFiling(type) && kind !== '');

  const next = () => {
    if (!type) return setError('请先选择要办理的事项');
    if (isFiling(type) && !kind) return setError(chosen?.deemed ? '这种情况不用申请备案，请看上面的说明' : '请先选择哪种情况说的是您');
    const problem = officeError(type, shownOffice);
    if (problem) {
      setOfficeProblem(problem);
      return setError(problem);
    }
    update((d) => ({
      ...chooseType(d, type, kind),
      officeRegion: shownOffice?.region ?? '',
      officeArea: shownOffice?.area ?? '',
      step: d.step === 'choose' || d.type !== type ? 'who' : d.step,
    }));
    Taro.navigateTo({ url: STEP_URL.who });
  };

  const resume = hasProgress(draft) ? draft : null;
  const resumeTitle = resume
    ? `${applyTitle(resume.type as ApplyType, resume.kind)}${
        resume.who === 'family' && resume.member ? `（为${resume.member.name}代办）` : ''
      }`
    : '';

  return (
    <ThemedPage id='apply-choose' className='apply-choose'>
      {resume ? (
        <View id='apply-resume' className='card apply-resume'>
          <Text className='card-title'>上次还没办完</Text>
          <Text id='apply-resume-title' className='apply-line'>
            {resumeTitle}
          </Text>
          <Text className='apply-note'>填过的内容都保存着，接着填就行。</Text>
          <View className='btn-row'>
            <View
              id='apply-resume-go'
              className='btn btn-primary'
              hoverClass='btn-hover'
              ariaRole='button'
              onClick={() => Taro.navigateTo({ url: STEP_URL[resume.step] })}
            >
              接着填
            </View>
            <View
              id='apply-resume-drop'
              className='btn btn-secondary'
              hoverClass='btn-hover'
              ariaRole='button'
              onClick={() => {
                clearDraft();
                update(() => emptyDraft());
                setType('');
                setSituation('');
                setOffice(null);
              }}
            >
              不要了，重新开始
            </View>
          </View>
        </View>
      ) : null}

      <StepBar id='apply-step' step={1} />

      <View className='card'>
        <Field id='field-apply-type' label='您要办哪件事？'>
          <ChoiceGroup<ApplyType>
            id='apply-type'
            options={TYPE_CHOICES}
            selected={type ? [type] : []}
            onChange={([t]) => {
              setType(t);
              setError('');
            }}
          />
        </Field>
      </View>

      {type ? (
        <OfficeChoice
          type={type}
          value={shownOffice}
          error={officeProblem}
          onChange={(chosenOffice) => {
            setOffice(chosenOffice);
            setOfficeProblem('');
            setError('');
          }}
        />
      ) : null}

      {isFiling(type) ? (
        <View className='card'>
          <Field id='field-apply-kind' label='哪种情况说的是您（或您要代办的家人）？' help='选最接近的一种，下面会说明要准备什么。'>
            <ChoiceGroup<SituationId>
              id='apply-kind'
              options={SITUATIONS.map((s) => ({ value: s.value, label: s.label, explain: s.explain }))}
              selected={situation ? [situation] : []}
              onChange={([s]) => {
                setSituation(s);
                setError('');
              }}
            />
          </Field>
        </View>
      ) : null}

      {isFiling(type) && kind ? <KindInfo kind={kind} today={today} /> : null}
      {isFiling(type) && chosen?.deemed ? <DeemedInfo id={chosen.value as 'emergency' | 'unfiled'} /> : null}
      {isReimbursement(type) ? (
        <View id='apply-reimburse-info' className='card'>
          <Text className='card-title'>住院省内异地线上手工报销</Text>
          <Text className='apply-line'>要填：住院的医院、入院和出院日期、医疗费用金额，和收款的银行卡（参保人本人的）。要上传：</Text>
          {reimbursementMaterials().map((m, i) => (
            <Text key={m} className='apply-line'>
              {i + 1}. {m}
            </Text>
          ))}
          <Text className='apply-note'>家人也可以替您办，办的时候要签《委托代理人承诺书》。</Text>
        </View>
      ) : null}

      {error ? (
        <Text id='apply-choose-error' className='banner-error'>
          {error}
        </Text>
      ) : null}

      <View className='apply-actions'>
        {type && (canGoOn || !chosen?.deemed) ? (
          <View id='apply-next' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={next}>
            下一步：为谁办理
          </View>
        ) : null}
        <View
          id='apply-open-list'
          className='btn btn-secondary'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => Taro.navigateTo({ url: LIST_URL })}
        >
          我的申请（查看进度）
        </View>
        <View
          id='apply-open-identity'
          className='btn btn-secondary'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => Taro.navigateTo({ url: IDENTITY_URL })}
        >
          本人信息与核验
        </View>
      </View>
    </ThemedPage>
  );
}

function KindInfo({ kind, today }: { kind: Parameters<typeof kindCard>[0]; today: string }) {
  const card = kindCard(kind, today);
  return (
    <View id='apply-kind-info' className='card'>
      <Text className='card-title'>{card.title}</Text>
      <Text className='apply-line'>
        {card.term}。{card.validity}。
      </Text>
      <Quote text={card.whoApplies.text} source={card.whoApplies.source} />
      {card.reimbursement ? (
        <View>
          <Text className='apply-label'>备案后住院怎么报销</Text>
          <Quote text={card.reimbursement.text} source={card.reimbursement.source} />
        </View>
      ) : null}
      <Text className='apply-label'>要上传的证明</Text>
      {card.materials.length === 0 ? <Text className='apply-line'>文件没有要求这种备案上传证明。</Text> : null}
      {card.materials.map((m, i) => (
        <Text key={m} className='apply-line'>
          {i + 1}. {m}
        </Text>
      ))}
      {card.agentMaterials.map((m) => (
        <Text key={m} className='apply-line'>
          家人代办时还要：{m}
        </Text>
      ))}
      <Quote text={card.proofNote.text} source={card.proofNote.source} />
    </View>
  );
}

function DeemedInfo({ id }: { id: 'emergency' | 'unfiled' }) {
  const card = deemedCard(id);
  return (
    <View id='apply-deemed' className='card apply-deemed'>
      <Text id='apply-deemed-title' className='card-title'>
        {card.title}
      </Text>
      <Text className='apply-line'>这种情况不用在手机上申请备案，按“已经备案”对待。</Text>
      {card.why.map((q) => (
        <Quote key={q.text} text={q.text} source={q.source} />
      ))}
      <Text className='apply-label'>报销上有什么不同</Text>
      {card.reimbursement.map((q) => (
        <Quote key={q.text} className='apply-deemed-rule' text={q.text} source={q.source} />
      ))}
      <Text className='apply-label'>对比：办了备案的</Text>
      {card.compare.map((q) => (
        <Quote key={q.text} text={q.text} source={q.source} />
      ))}
      <Text className='apply-note'>如果打算在外地长住、长期工作，或有转诊证明，请在上面选对应的情况去备案，报销更多。</Text>
    </View>
  );
}
