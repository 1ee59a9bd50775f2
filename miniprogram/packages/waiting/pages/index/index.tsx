import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { todayInChina } from '../../../../../shared/dates';
import { EMPLOYEE_KINDS, SPECIAL_GROUP_NAMES, SPECIAL_GROUPS, type EmployeeKind, type SpecialGroup } from '../../../../../shared/schemas/waiting';
import { cn } from '../../../../../shared/waiting/trace';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import { ThemedPage } from '../../../../components/themed-page';
import { SCHEME_NAMES, type Scheme } from '../../../../models/profile';
import { loadProfile } from '../../../../services/profile';
import { readStored, removeStored, writeStored } from '../../../../services/storage';
import { keepCoveredAdvice, needsKeepCovered, repairAdvice } from '../../model/advice';
import { answer, regionNotice, type FieldErrors } from '../../model/answer';
import { calendarStrip, waitingText } from '../../model/calendar';
import { applyChange, countedYears, coverageYearRange, emptyDraft, joinDate, parseDraft, serializeDraft, splitDate, type WaitingDraft } from '../../model/draft';
import { clearedErrors, paymentQuestion, visibleFields } from '../../model/fields';
import { DRAFT_KEY } from '../../model/storage-keys';
import { CalendarStrip } from './components/calendar-strip';
import { CapCard } from './components/cap-card';
import { DateInput } from './components/date-input';
import { NumberBox } from './components/number-box';
import { RepairCard } from './components/repair-card';
import { WaitingSteps } from './components/waiting-steps';
import { YearChips } from './components/year-chips';
import { YearStepper } from './components/year-stepper';
import './index.css';

const SCHEMES: Scheme[] = ['resident', 'employee'];

const EMPLOYEE_CHOICES: Record<EmployeeKind, { label: string; explain: string }> = {
  first: { label: '第一次参加职工医保', explain: '以前没在本市参加过职工医保。' },
  transfer: { label: '从外地转到本市参保', explain: '职工医保跨统筹地区转移接续。' },
  switch: { label: '换了险种', explain: '从城乡居民医保转为职工医保，或者反过来。' },
  arrears: { label: '欠费后补缴', explain: '单位或自己断缴了几个月，现在补上。' },
};

type GroupChoice = SpecialGroup | 'none';
const GROUP_CHOICES: { value: GroupChoice; label: string }[] = [
  { value: 'none', label: '都不是' },
  ...SPECIAL_GROUPS.map((g) => ({ value: g, label: SPECIAL_GROUP_NAMES[g] })),
];

function loadDraft(): WaitingDraft {
  const today = todayInChina();
  const profile = loadProfile();
  return readStored(DRAFT_KEY, (raw) => (raw === undefined ? emptyDraft(today, profile) : parseDraft(raw, today, profile)));
}

function scrollTo(selector: string) {
  try {
    Taro.pageScrollTo({ selector, duration: 200 });
  } catch {
    // Scrolling is a courtesy; the answer is on the page either way.
  }
}

export default function WaitingPage() {
  const profile = useMemo(loadProfile, []);
  const today = useMemo(todayInChina, []);
  const [draft, setDraft] = useState<WaitingDraft>(loadDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState('');

  // The answer is recomputed on the device from the saved answers: the same after a reload, and offline.
  const outcome = useMemo(() => (draft.answered ? answer(draft, profile.region, profile.categories) : null), [draft, profile]);
  const shown = outcome?.ok ? outcome : null;

  const save = (next: WaitingDraft) => {
    setDraft(next);
    writeStored(DRAFT_KEY, serializeDraft(next));
  };

  const change = (patch: Partial<WaitingDraft>) => {
    setErrors((current) => clearedErrors(current, patch));
    setBanner('');
    save(applyChange(draft, patch));
  };

  const submit = () => {
    const result = answer(draft, profile.region, profile.categories);
    if (!result.ok) {
      setErrors(result.errors);
      setBanner(result.banner ?? '');
      save({ ...draft, answered: false });
      return;
    }
    setErrors({});
    setBanner('');
    save({ ...draft, answered: true });
    setTimeout(() => scrollTo('#waiting-answer'), 50);
  };

  const repair = (years: number) => {
    setBanner('');
    save({ ...draft, repairYears: years, answered: true });
    setTimeout(() => scrollTo('#waiting-answer'), 50);
  };

  const restart = () => {
    removeStored(DRAFT_KEY);
    setErrors({});
    setBanner('');
    save(emptyDraft(today, profile));
  };

  const visible = visibleFields(draft);
  const unplaced = Object.entries(errors).filter(([field]) => !visible.includes(field));
  const range = coverageYearRange(today);
  const years = countedYears(draft.coverageYear);
  const payment = paymentQuestion(draft);
  const lastYear = draft.coverageYear - 1;
  const notice = regionNotice(profile.region);

  return (
    <ThemedPage id='waiting' className='waiting'>
      <View className='card'>
        <Text className='card-title'>什么时候能报销</Text>
        <Text id='waiting-intro' className='muted'>
          新参保、断保后再参保、没按时缴费的，要等一段时间医保才报销。回答下面几个问题，算出从哪天起能报销、为什么、怎样少等几个月。
        </Text>
      </View>

      {notice ? (
        <Text id='region-notice' className='banner-error'>
          {notice}。可以在首页把参保地改为已收录的地区。
        </Text>
      ) : null}

      <View id='waiting-form' className='card'>
        <Field id='field-scheme' label='参加的是哪种医保？' error={errors.scheme}>
          <ChoiceGroup
            id='scheme'
            options={SCHEMES.map((s) => ({ value: s, label: SCHEME_NAMES[s] }))}
            selected={draft.scheme ? [draft.scheme] : []}
            onChange={([scheme]) => change({ scheme })}
          />
        </Field>

        {draft.scheme === 'resident' ? (
          <View>
            <Field
              id='field-coverage-year'
              label='这次缴的是哪一年的保费？'
              help='每年 10 月 20 日起缴的是下一年的保费。'
              error={errors.coverageYear}
            >
              <YearStepper
                id='coverage-year'
                value={draft.coverageYear}
                min={range.min}
                max={range.max}
                onChange={(coverageYear) => change({ coverageYear })}
              />
            </Field>
            <Field id='field-payment-date' label={payment.label} help={payment.help} error={errors.paymentDate}>
              <DateInput id='paid' value={draft.paid} today={splitDate(today)} onChange={(paid) => change({ paid })} />
            </Field>
            <Field
              id='field-insured-years'
              label={years.length > 0 ? `${years[0]} 年以来，${draft.coverageYear} 年以前，哪些年参加了医保？` : '以前参加医保的年份'}
              help={
                years.length > 0
                  ? '职工医保、城乡居民医保都算，点选参加了的年份；没参加的不选。2025 年以前的不影响等待期。'
                  : '从 2025 年起才计算断保，这一年不用填。'
              }
              error={errors.insuredYears}
            >
              {years.length > 0 ? (
                <YearChips id='insured' years={years} selected={draft.insuredYears} onChange={(insuredYears) => change({ insuredYears })} />
              ) : null}
            </Field>
            <Field id='field-newborn' label='是给刚出生的孩子参保吗？'>
              <ChoiceGroup
                id='newborn'
                options={[
                  { value: 'no', label: '不是' },
                  { value: 'yes', label: '是，给新生儿参保' },
                ]}
                selected={[draft.newborn ? 'yes' : 'no']}
                onChange={([v]) => change({ newborn: v === 'yes' })}
              />
            </Field>
            {draft.newborn ? (
              <Field id='field-birth-date' label='孩子哪天出生？' help='出生 90 天内缴费，从出生那天起就能报销。' error={errors.birthDate}>
                <DateInput id='birth' value={draft.birth} onChange={(birth) => change({ birth })} />
              </Field>
            ) : null}
            <Field id='field-special-group' label='是不是以下人员？' help='不是就选“都不是”。' error={errors.specialGroup}>
              <ChoiceGroup<GroupChoice>
                id='special-group'
                options={GROUP_CHOICES}
                selected={[draft.specialGroup || 'none']}
                onChange={([g]) => change({ specialGroup: g === 'none' ? '' : g })}
              />
            </Field>
            {draft.insuredYears.includes(lastYear) ? (
              <Field id='field-zero-claim' label={`${lastYear} 年用医保报销过吗？`} help='一次都没报销过的，今年大病保险限额提高 4000 元。'>
                <ChoiceGroup
                  id='zero-claim'
                  options={[
                    { value: 'claimed', label: '报销过（或记不清）' },
                    { value: 'none', label: '一次都没报销过' },
                  ]}
                  selected={[draft.zeroClaimLastYear ? 'none' : 'claimed']}
                  onChange={([v]) => change({ zeroClaimLastYear: v === 'none' })}
                />
              </Field>
            ) : null}
          </View>
        ) : null}

        {draft.scheme === 'employee' ? (
          <View>
            <Field id='field-employee-kind' label='是哪种情况？' error={errors['employee.kind']}>
              <ChoiceGroup<EmployeeKind>
                id='employee-kind'
                options={EMPLOYEE_KINDS.map((k) => ({ value: k, ...EMPLOYEE_CHOICES[k] }))}
                selected={draft.employeeKind ? [draft.employeeKind] : []}
                onChange={([employeeKind]) => change({ employeeKind })}
              />
            </Field>
            <Field id='field-payment-date' label={payment.label} help={payment.help} error={errors.paymentDate}>
              <DateInput id='paid' value={draft.paid} today={splitDate(today)} onChange={(paid) => change({ paid })} />
            </Field>
            {draft.employeeKind === 'switch' ? (
              <Field id='field-continuous-years' label='换险种之前已经连续参保几年？' error={errors['employee.continuousYears']}>
                <NumberBox id='continuous-years' unit='年' placeholder='例如 3' value={draft.continuousYears} onChange={(continuousYears) => change({ continuousYears })} />
              </Field>
            ) : null}
            {draft.employeeKind === 'transfer' || draft.employeeKind === 'switch' ? (
              <Field id='field-gap-months' label='中间断了几个月没缴费？' help='没断就填 0。' error={errors['employee.gapMonths']}>
                <NumberBox id='gap-months' unit='个月' placeholder='例如 2' value={draft.gapMonths} onChange={(gapMonths) => change({ gapMonths })} />
              </Field>
            ) : null}
            {draft.employeeKind === 'arrears' ? (
              <Field id='field-arrears-months' label='连续欠费几个月？' error={errors['employee.arrearsMonths']}>
                <NumberBox id='arrears-months' unit='个月' placeholder='例如 8' value={draft.arrearsMonths} onChange={(arrearsMonths) => change({ arrearsMonths })} />
              </Field>
            ) : null}
          </View>
        ) : null}
      </View>

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

      <View id='waiting-submit' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={submit}>
        {shown ? '重新算一算' : '算一算'}
      </View>

      {shown ? (
        <View>
          <View id='waiting-answer' className='card waiting-answer'>
            <Text className='muted'>医保从这天起开始报销</Text>
            <Text id='waiting-start' className='waiting-start'>
              {cn(shown.result.benefitStart)}
            </Text>
            <Text id='waiting-months' className='waiting-months'>
              {waitingText(shown.result)}
            </Text>
            <CalendarStrip months={calendarStrip(shown.result, joinDate(draft.paid))} />
            <Text className='muted waiting-rule'>等待期里看病的医药费用，医保不报销。</Text>
          </View>

          <View className='card'>
            <Text className='card-title'>为什么是这一天</Text>
            <WaitingSteps id='waiting-steps' steps={shown.result.steps} />
          </View>

          {shown.result.notes.length > 0 ? (
            <View id='waiting-notes' className='card'>
              <Text className='card-title'>请留意</Text>
              {shown.result.notes.map((note) => (
                <Text key={note} className='waiting-note'>
                  · {note}
                </Text>
              ))}
            </View>
          ) : null}

          <RepairCard
            advice={repairAdvice(shown.result)}
            keepCovered={needsKeepCovered(shown.result) ? keepCoveredAdvice(draft.coverageYear) : null}
            onApply={repair}
            onUndo={() => repair(0)}
          />

          {shown.cap ? <CapCard outcome={shown.cap} coverageYear={draft.coverageYear} /> : null}

          <Text className='muted waiting-disclaimer'>以上按《巴中市医保政策宣传手册》计算，实际以医保经办机构核定为准。</Text>
        </View>
      ) : null}

      <View className='waiting-foot'>
        <Text className='muted'>填写的内容只保存在这台手机上。</Text>
        <Text id='waiting-restart' className='waiting-restart' onClick={restart}>
          清空重填
        </Text>
      </View>
      <View
        id='waiting-home'
        className='btn btn-secondary'
        hoverClass='btn-hover'
        ariaRole='button'
        onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}
      >
        回到首页
      </View>
    </ThemedPage>
  );
}
