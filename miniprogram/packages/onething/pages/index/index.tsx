import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { todayInChina } from '../../../../../shared/dates';
import { oneThingOf, oneThingRegions } from '../../../../../shared/onething';
import { checklistFor, chineseDate, type ChecklistItem, type OneThingAnswers } from '../../../../../shared/onething/checklist';
import { citationText } from '../../../../../shared/source';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import { ThemedPage } from '../../../../components/themed-page';
import { loadProfile } from '../../../../services/profile';
import { useElderMode } from '../../../../theme/use-elder-mode';
import { ACTIONS } from '../../model/actions';
import { CHRONIC_CHOICES, STAY_CHOICES, WHERE_CHOICES, YES_NO, firstAnswers, withRegion } from '../../model/answers';
import './index.css';

const SCHEME_LABELS = { resident: '城乡居民医保', employee: '职工医保' } as const;

function Lines({ id, label, lines }: { id: string; label: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <View id={id} className='onething-block'>
      <Text className='onething-label'>{label}</Text>
      {lines.map((line) => (
        <Text key={line} className='onething-line'>
          · {line}
        </Text>
      ))}
    </View>
  );
}

function ItemCard({ item, index, code }: { item: ChecklistItem; index: number; code?: string }) {
  return (
    <View id={`item-${item.id}`} className='card onething-item' ariaRole='listitem' ariaLabel={`第 ${index + 1} 项：${item.title}`}>
      <Text className='muted onething-part'>{item.part}</Text>
      <Text className='card-title onething-title'>{item.title}</Text>
      <Lines id={`item-${item.id}-what`} label='要做什么' lines={item.what} />
      <Lines id={`item-${item.id}-where`} label='到哪里办' lines={item.where} />
      <Lines id={`item-${item.id}-bring`} label='带什么' lines={item.bring} />
      {item.silent ? <Text className='muted onething-line onething-silent'>{item.silent}</Text> : null}
      {item.actions.length > 0 ? (
        <View className='onething-actions'>
          {item.actions.map((action) => (
            <View
              key={action}
              id={`item-${item.id}-${action}`}
              className='btn btn-secondary onething-action'
              hoverClass='btn-hover'
              ariaRole='button'
              ariaLabel={ACTIONS[action].label.replace(' ›', '')}
              onClick={() => Taro.navigateTo({ url: ACTIONS[action].url(code) })}
            >
              {ACTIONS[action].label}
            </View>
          ))}
        </View>
      ) : null}
      <Text className='muted onething-cite'>依据：{item.sources.map(citationText).join('；')}</Text>
    </View>
  );
}

/**
 * 就医费用报销“一件事” (issue 18): a few plain questions, answered with her own checklist across the four items of 003
 * 一、 and 004 第七章 二问 — what to do, where, what to bring, a button into the product's flow — and every deadline her
 * region's document gives. Where the document is silent, the page says so.
 */
export default function OneThingPage() {
  const [elder] = useElderMode();
  const today = useMemo(todayInChina, []);
  const [answers, setAnswers] = useState<OneThingAnswers>(() => firstAnswers(loadProfile()));
  const set = (patch: Partial<OneThingAnswers>) => setAnswers((a) => ({ ...a, ...patch }));
  const regions = oneThingRegions();
  const program = oneThingOf(answers.region);
  const list = checklistFor(answers, today);
  const code = program?.crossProvince.mapping.find((m) => m.disease === answers.chronic)?.entries[0]?.code;

  return (
    <ThemedPage id='onething' className='onething'>
      <View className='card'>
        <Text className='card-title'>{elder ? '看病报销，一次说清楚' : '就医费用报销一件事'}</Text>
        <Text id='onething-intro' className='muted'>
          回答几个问题，告诉您这次看病要办哪几件事、按什么顺序、到哪里办、带什么，以及过了哪天就报不了。
        </Text>
      </View>

      <View className='card'>
        <Field id='onething-region' label='在哪里参保'>
          <ChoiceGroup
            id='onething-region-choice'
            options={regions.map((r) => ({ value: r.id, label: r.name }))}
            selected={[answers.region]}
            onChange={([region]) => setAnswers((a) => withRegion(a, region))}
          />
        </Field>
        <Field id='onething-scheme' label='参保险种'>
          <ChoiceGroup
            id='onething-scheme-choice'
            options={(program?.schemes ?? []).map((s) => ({ value: s, label: SCHEME_LABELS[s] }))}
            selected={[answers.scheme]}
            onChange={([scheme]) => set({ scheme, personalAccount: scheme === 'employee' ? answers.personalAccount : false })}
          />
        </Field>
        {answers.scheme === 'employee' ? (
          <Field id='onething-account' label='您有职工医保个人账户吗？' help='想让家人用您的个人账户，才需要办家庭共济。'>
            <ChoiceGroup
              id='onething-account-choice'
              options={YES_NO}
              selected={[answers.personalAccount ? 'yes' : 'no']}
              onChange={([v]) => set({ personalAccount: v === 'yes' })}
            />
          </Field>
        ) : null}
        <Field id='onething-where' label='这次在哪里看病'>
          <ChoiceGroup id='onething-where-choice' options={WHERE_CHOICES} selected={[answers.where]} onChange={([where]) => set({ where })} />
        </Field>
        {answers.where !== 'home' ? (
          <Field id='onething-stay' label='在那里多久'>
            <ChoiceGroup id='onething-stay-choice' options={STAY_CHOICES} selected={[answers.stay]} onChange={([stay]) => set({ stay })} />
          </Field>
        ) : null}
        <Field id='onething-chronic' label='有没有门诊慢特病' help='下面 10 种已经可以跨省直接结算。'>
          <ChoiceGroup id='onething-chronic-choice' options={CHRONIC_CHOICES} selected={[answers.chronic]} onChange={([chronic]) => set({ chronic })} />
        </Field>
        {answers.chronic !== 'none' ? (
          <Field id='onething-recognised' label='在参保地认定过这个慢特病了吗？'>
            <ChoiceGroup
              id='onething-recognised-choice'
              options={[
                { value: 'yes', label: '已经认定' },
                { value: 'no', label: '还没有' },
              ]}
              selected={[answers.recognised ? 'yes' : 'no']}
              onChange={([v]) => set({ recognised: v === 'yes' })}
            />
          </Field>
        ) : null}
      </View>

      {list ? (
        <View id='onething-list' ariaRole='list' ariaLabel={`${list.regionName}的办事清单，共 ${list.items.length} 项`}>
          <Text className='onething-heading'>您的清单（按顺序办）</Text>
          {list.items.map((item, index) => (
            <ItemCard key={item.id} item={item} index={index} code={code} />
          ))}

          <View id='item-deadlines' className='card'>
            <Text className='card-title'>过了这些日子就报不了</Text>
            {list.deadlines.length === 0 ? (
              <Text id='deadlines-none' className='onething-line'>
                {list.regionName}的政策文件没有写报销的截止时间。请出院后尽早办理，拿不准的打参保地医保经办机构电话问。
              </Text>
            ) : (
              list.deadlines.map(({ rule, exampleDue }) => (
                <View key={rule.id} id={`deadline-${rule.id}`} className='onething-deadline'>
                  <Text className='onething-deadline-title'>{rule.title}</Text>
                  <Text className='onething-line'>文件原话：“{rule.words}”</Text>
                  <Text className='onething-line'>适用：{rule.appliesTo}。</Text>
                  <Text id={`deadline-${rule.id}-example`} className='onething-line onething-due'>
                    {rule.kind === 'maternity-allowance'
                      ? `例如津贴计发天数今天结束，最晚 ${chineseDate(exampleDue)}`
                      : rule.kind === 'veteran-round'
                        ? `例如今天出院，在 ${chineseDate(exampleDue)} 以前的这一轮办理`
                        : `例如今天出院（就医结束），最晚 ${chineseDate(exampleDue)}`}
                  </Text>
                  <Text className='onething-line'>到哪里：{rule.where}</Text>
                  <Text className='onething-line'>带上：{rule.bring.join('、')}</Text>
                  <Text className='muted onething-cite'>依据：{citationText(rule.source)}</Text>
                </View>
              ))
            )}
            <Text className='muted onething-line'>记入“我这一年”的住院，会在那里按每一次写明还要报什么、最晚哪天；快到期时首页会提醒。</Text>
          </View>

          {list.silent.length > 0 ? (
            <View id='onething-silent' className='card'>
              <Text className='card-title'>文件没有写的</Text>
              {list.silent.map((s) => (
                <Text key={s} className='onething-line'>
                  · {s}
                </Text>
              ))}
            </View>
          ) : null}
          {program?.entry ? (
            <View id='onething-entry' className='card'>
              <Text className='card-title'>也可以在政务平台一起办</Text>
              <Text className='onething-line'>{program.entry.value}</Text>
              <Text className='muted onething-cite'>依据：{citationText(program.entry.source)}</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </ThemedPage>
  );
}
