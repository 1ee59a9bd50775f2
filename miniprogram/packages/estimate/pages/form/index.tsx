import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { todayInChina } from '../../../../../shared/dates';
import { ChoiceGroup } from '../../../../components/choice-group';
import { ThemedPage } from '../../../../components/themed-page';
import { entryLine, personOptions, yearChoices } from '../../../../models/year';
import { ServiceError } from '../../../../services/errors';
import { estimate } from '../../../../services/estimate';
import { loadProfile } from '../../../../services/profile';
import { readStored, removeStored, writeStored } from '../../../../services/storage';
import { cachedMembers, loadRecord, recordHolding, refreshMembers } from '../../../../services/year';
import { diseaseKind } from '../../model/diseases';
import { draftForDisease, emptyDraft, parseDraft, serializeDraft, stepIds, draftToCase, type EstimateDraft, type StepId } from '../../model/draft';
import { DRAFT_KEY, LAST_CASE_KEY, LAST_YEAR_KEY } from '../../model/storage-keys';
import { estimateDateFor, withYearToDate, yearFillFor, type LastYearMeta } from '../../model/year-fill';
import { firstInvalidStep, messageForField, shownFields, stepOfField, stepsFor, validateStep, type FieldErrors } from '../../model/steps';
import { BackGuard } from './components/back-guard';
import { StepProgress } from './components/step-progress';
import { BillStep } from './components/step-fields/bill';
import { DiseaseStep } from './components/step-fields/disease';
import { FacilityStep } from './components/step-fields/facility';
import { MaternityStep } from './components/step-fields/maternity';
import { PersonStep } from './components/step-fields/person';
import { PlaceStep } from './components/step-fields/place';
import { TwoDiseasesStep } from './components/step-fields/two-diseases';
import type { StepProps } from './components/step-fields/types';
import { VisitTypeStep } from './components/step-fields/visit-type';
import { YearToDateStep } from './components/step-fields/year-to-date';
import { useStepHistory } from './step-history';
import './index.css';

const STEP_VIEWS: Record<StepId, (props: StepProps) => JSX.Element> = {
  'visit-type': VisitTypeStep,
  person: PersonStep,
  facility: FacilityStep,
  place: PlaceStep,
  disease: DiseaseStep,
  'two-diseases': TwoDiseasesStep,
  maternity: MaternityStep,
  bill: BillStep,
  'year-to-date': YearToDateStep,
};

function savedDraft(): EstimateDraft {
  const profile = loadProfile();
  return readStored(DRAFT_KEY, (raw) => (raw === undefined ? emptyDraft(profile) : parseDraft(raw, profile)));
}

/**
 * The draft to start from. Opened from the catalogue (`?visitType=chronic&diseaseCode=M04600`), it is a new estimate
 * for that disease, starting at the person's step — unless the saved draft is already that estimate (a reload, or
 * coming back to it), which then goes on where it was.
 */
function initialDraft(params: Record<string, string | undefined>): EstimateDraft {
  const saved = savedDraft();
  const type = params.visitType;
  const code = params.diseaseCode ? decodeURIComponent(params.diseaseCode) : '';
  if ((type === 'chronic' || type === 'special') && diseaseKind(code) === type) {
    if (saved.visitType === type && saved.diseaseCode === code) return saved;
    const fresh = draftForDisease(loadProfile(), type, code);
    return { ...fresh, step: stepIds(fresh).indexOf('person') };
  }
  return saved;
}

export default function EstimateForm() {
  const router = useRouter();
  const [draft, setDraft] = useState<EstimateDraft>(() => {
    const first = initialDraft(router.params);
    writeStored(DRAFT_KEY, serializeDraft(first));
    return first;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState('');
  // Whose bill: asked only when family members are saved (the list last seen is kept on the phone; offline = 本人).
  const [members, setMembers] = useState(cachedMembers);
  useEffect(() => {
    refreshMembers()
      .then(setMembers)
      .catch(() => undefined);
  }, []);
  const steps = stepsFor(draft);
  const step = Math.min(draft.step, steps.length - 1);
  const spec = steps[step];
  const last = step === steps.length - 1;
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  // The person's year record: the bill being changed keeps its date (and its year); the others count toward this one.
  // Read again each time the page shows: 记入本年 on the result page may have added to it meanwhile.
  const draftNow = useRef(draft);
  draftNow.current = draft;
  const readEntries = () => {
    const d = draftNow.current;
    return (d.editing ? recordHolding(d.who, d.editing, yearChoices(year, year)) : undefined)?.entries ?? loadRecord(d.who, year).entries;
  };
  const [entries, setEntries] = useState(readEntries);
  useDidShow(() => setEntries(readEntries()));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- readEntries reads the draft through its ref
  useEffect(() => setEntries(readEntries()), [draft.who, draft.editing, year]);
  const edited = draft.editing ? entries.find((e) => e.id === draft.editing && !e.deletedAt && e.case) : undefined;
  const date = estimateDateFor(draft, entries, today);
  // Only a kind of care that reads year-to-date figures asks them (its last step): the record fills exactly that step.
  const fill = useMemo(() => (spec.id === 'year-to-date' ? yearFillFor(draft, entries, date) : null), [draft, entries, date, spec.id]);

  const save = (next: EstimateDraft) => {
    setDraft(next);
    writeStored(DRAFT_KEY, serializeDraft(next));
  };

  const change = (patch: Partial<EstimateDraft>) => {
    const touched = new Set(Object.keys(patch).flatMap((k) => [k, `person.${k}`, `visit.${k}`]));
    if (patch.yearToDate) Object.keys(patch.yearToDate).forEach((k) => touched.add(`yearToDate.${k}`));
    if (patch.maternityEvent !== undefined) touched.add('visit.event');
    if (patch.twoDiseases) touched.add('visit.diseases');
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !touched.has(field))));
    setBanner('');
    save({ ...draft, ...patch });
  };

  /** Shows a step (the history's or the weapp guard's move, or a direct one): the draft read through its ref. */
  const showStep = (next: number, nextErrors: FieldErrors = {}) => {
    setErrors(nextErrors);
    setBanner('');
    save({ ...draftNow.current, step: next });
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };
  const stepHistory = useStepHistory(
    step,
    (to) => ({ step: Math.min(to, stepsFor(draftNow.current).length - 1), errors: {} }),
    showStep,
  );

  const goTo = (next: number, nextErrors: FieldErrors = {}) => {
    if (next < step && stepHistory.back(next, nextErrors)) return;
    if (next > step) stepHistory.forward(next);
    showStep(next, nextErrors);
  };

  // weapp: the guard stands only while this page is shown, and is taken down before another page opens over it.
  const [visible, setVisible] = useState(true);
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  const open = (url: string) => {
    if (process.env.TARO_ENV !== 'weapp') {
      Taro.navigateTo({ url });
      return;
    }
    setVisible(false);
    setTimeout(() => Taro.navigateTo({ url }).catch(() => setVisible(true)), 80);
  };

  const submit = () => {
    const invalid = firstInvalidStep(draft, date);
    if (invalid) {
      goTo(invalid.step, invalid.errors);
      return;
    }
    // The profile's 参保 history moves a 巴中 resident's 大病保险 cap; it is read now, so a change on the home page counts.
    // It is the profile person's: a family member's bill is estimated without it (the base cap, with its note).
    const history = draft.who === 'self' ? loadProfile().history : undefined;
    const { input, ytd, counted } = withYearToDate(draftToCase(draft, date, history), draft, fill);
    try {
      estimate(input);
    } catch (error) {
      const e = error instanceof ServiceError ? error : new ServiceError('INTERNAL', '估算没有完成，请检查填写的内容后再试');
      const at = stepOfField(e.field, draft);
      if (e.field && at >= 0) {
        goTo(at, { [e.field]: messageForField(e) });
      } else {
        setBanner(e.message);
      }
      return;
    }
    writeStored(LAST_CASE_KEY, input);
    const meta: LastYearMeta = { who: draft.who, ytd, counted, editing: edited ? edited.id : '', recordedId: '' };
    writeStored(LAST_YEAR_KEY, meta);
    open('/packages/estimate/pages/result/index');
  };

  const next = () => {
    const stepErrors = validateStep(step, draft, date);
    if (Object.keys(stepErrors).length > 0) {
      setErrors(stepErrors);
      return;
    }
    if (last) submit();
    else goTo(step + 1);
  };

  const restart = () => {
    removeStored(DRAFT_KEY);
    setErrors({});
    setBanner('');
    // 清空重填 clears the bill; whose bill it is stays chosen; the form goes back to step 1 (and its history entry).
    const fresh = { ...emptyDraft(loadProfile()), who: draft.who, step };
    draftNow.current = fresh;
    save(fresh);
    if (step > 0) goTo(0);
  };

  const openYear = () => open(`/packages/estimate/pages/year/index?person=${draft.who}&year=${date.slice(0, 4)}`);
  const people = personOptions(members);
  const whoKnown = people.some((p) => p.id === draft.who);

  const StepView = STEP_VIEWS[spec.id];
  const shown = shownFields(spec.id, draft);
  const unplaced = Object.entries(errors).filter(([field]) => !shown.includes(field));

  return (
    <ThemedPage id='estimate-form' className='estimate-form'>
      <BackGuard active={step > 0 && visible} onBack={() => showStep(step - 1)} />
      <StepProgress titles={steps.map((s) => s.title)} current={step} />
      {banner ? (
        <Text id='form-banner' className='banner-error'>
          {banner}
        </Text>
      ) : null}
      {unplaced.map(([field, message]) => (
        <Text key={field} className='banner-error'>
          {message}
        </Text>
      ))}
      {edited?.case ? (
        <View id='form-editing' className='form-editing'>
          <Text>正在修改这一年记录里的一次：{entryLine(edited.case)}</Text>
          <Text id='form-editing-stop' className='link-text' onClick={() => change({ editing: '' })}>
            不改这一次了，当作新的一笔
          </Text>
        </View>
      ) : null}
      <View id={`step-${spec.id}`} className='card'>
        {spec.id === 'visit-type' && members.length > 0 ? (
          <View id='field-who' className='form-who'>
            <Text className='field-label'>这次是谁看病？</Text>
            <ChoiceGroup
              id='who'
              options={people.map((p) => ({ value: p.id, label: p.name }))}
              selected={[whoKnown ? draft.who : 'self']}
              // The profile's 救助身份 are hers: a family member's bill starts without them (asked again on the next step).
              onChange={([who]) => change({ who, editing: '', ytdManual: false, categories: who === 'self' ? loadProfile().categories : [] })}
            />
          </View>
        ) : null}
        <StepView draft={draft} errors={errors} change={change} fill={fill} openYear={openYear} />
      </View>
      <View className='btn-row'>
        {step > 0 ? (
          <View id='step-back' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => goTo(step - 1)}>
            上一步
          </View>
        ) : null}
        <View id='step-next' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={next}>
          {last ? '开始估算' : '下一步'}
        </View>
      </View>
      <View className='form-foot'>
        <Text className='muted'>填写的内容自动保存在本机，随时可以接着填。</Text>
        <Text id='form-restart' className='form-restart' onClick={restart}>
          清空重填
        </Text>
      </View>
    </ThemedPage>
  );
}
