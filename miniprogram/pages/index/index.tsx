import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ChoiceGroup } from '../../components/choice-group';
import { Field } from '../../components/field';
import { ThemedPage } from '../../components/themed-page';
import { CATEGORY_NAMES, categoriesOf, type CategoryId } from '../../models/categories';
import { HELP_URL } from '../../models/routes';
import { REGION_CHOICES, SCHEME_NAMES, asksHistory, coverageYearToday, schemesOf, withRegion, type Profile } from '../../models/profile';
import { loadProfile, saveProfile } from '../../services/profile';
import { unreadMessages } from '../../services/messages';
import { elderModeChosen, useElderMode } from '../../theme/use-elder-mode';
import { todayInChina } from '../../../shared/dates';
import { readStored } from '../../services/storage';
import { DeadlineCard } from './components/deadline-card';
import { dueSoon, type Reminder } from './components/deadline-card/reminders';
import { HistoryCard } from './components/history-card';
import { TaskCard } from './components/task-card';
import './index.css';

export default function Home() {
  const [profile, setProfile] = useState<Profile>(loadProfile);
  const [elder, setElder] = useElderMode();
  // 我的消息's unread count, read again each time the home page shows; a failed read shows no badge.
  const [unread, setUnread] = useState(0);
  // Claims of her recorded stays due soon, read again each time the home page shows (a stay recorded meanwhile counts).
  const [reminders, setReminders] = useState<Reminder[]>([]);
  useDidShow(() => {
    setReminders(dueSoon((key) => readStored(key, (raw) => raw), coverageYearToday(), todayInChina()));
    unreadMessages()
      .then((r) => setUnread(r.unread))
      .catch(() => setUnread(0));
  });

  const update = (patch: Partial<Profile>) => {
    const next = { ...profile, ...patch };
    if (!next.history) delete next.history;
    setProfile(next);
    saveProfile(next);
  };
  const year = coverageYearToday();

  return (
    <ThemedPage id='home' className='home'>
      <View className='home-head'>
        <Text className='home-title'>医保明白纸</Text>
        <Text id='home-intro' className='home-intro'>
          看病花多少、医保报多少、自己付多少，每一笔都写明怎么算、依据哪条政策。
        </Text>
      </View>

      <View className='card'>
        <TaskCard
          id='task-messages'
          title={unread > 0 ? `我的消息（${unread > 99 ? '99+' : unread} 条未读）` : '我的消息'}
          what='经办机构退回、受理或不予受理申请时，在这里告诉您；退回的会写明要改什么。'
          open
          action={unread > 0 ? '去查看 ›' : '去看看 ›'}
          onOpen={() => Taro.navigateTo({ url: '/packages/messages/pages/index/index' })}
        />
      </View>

      <DeadlineCard reminders={reminders} />

      <View
        id='elder-toggle'
        className={`card elder-toggle ${elder ? 'elder-toggle--on' : ''}`}
        hoverClass='btn-hover'
        ariaRole='switch'
        aria-checked={elder ? 'true' : 'false'}
        ariaLabel={`长辈模式${elder ? '，已开启' : '，已关闭'}`}
        onClick={() => setElder(!elder)}
      >
        <View className='elder-toggle-text'>
          <Text className='card-title'>长辈模式</Text>
          <Text className='muted'>
            {elder && !elderModeChosen() ? '已按微信的字体大小自动开启。' : '字更大、按钮更大，看得清、点得准。'}
          </Text>
        </View>
        <View className='elder-switch'>
          <View className='elder-switch-knob' />
        </View>
        <Text id='elder-state' className='elder-state'>
          {elder ? '已开启' : '已关闭'}
        </Text>
      </View>

      <View className='card'>
        <Text className='card-title'>我要办的事</Text>
        <TaskCard
          id='task-onething'
          title='看病报销一件事'
          what='要去外地看病、有慢特病、想让家人用个人账户？回答几个问题，列出要办的事、先后顺序、到哪里办、带什么和截止日期。'
          open
          action='去看看 ›'
          onOpen={() => Taro.navigateTo({ url: '/packages/onething/pages/index/index' })}
        />
        <TaskCard
          id='task-estimate'
          title='费用估算'
          what='住院、门诊、慢特病、生育花了多少，医保、大病保险、医疗救助各报多少，自己最后付多少。'
          open
          action='去估算 ›'
          onOpen={() => Taro.navigateTo({ url: '/packages/estimate/pages/form/index' })}
        />
        <TaskCard
          id='task-year'
          title='我这一年'
          what='今年记下的每次住院、看病：各项报了多少、自己付了多少，起付线和最高限额还剩多少。'
          open
          action='去看看 ›'
          onOpen={() => Taro.navigateTo({ url: '/packages/estimate/pages/year/index' })}
        />
        <TaskCard
          id='task-catalogue'
          title='我的病能不能办慢特病？'
          what='查门诊慢性病、特殊疾病目录：认定标准、报销限额、到哪里申请，再估算门诊费用。'
          open
          action='去查询 ›'
          onOpen={() => Taro.navigateTo({ url: '/packages/catalogue/pages/index/index' })}
        />
        <TaskCard
          id='task-filing'
          title='异地就医备案与手工报销'
          what='在手机上办异地就医备案和住院费用手工报销，可以替家人代办，随时看进度。'
          open
          action='去办理 ›'
          onOpen={() => Taro.navigateTo({ url: '/packages/apply/pages/index/index' })}
        />
        <TaskCard
          id='task-waiting'
          title='待遇等待期'
          what='新参保或断保后，算清要等多久才能报销，以及大病保险限额的奖惩。'
          open
          action='去算一算 ›'
          onOpen={() => Taro.navigateTo({ url: '/packages/waiting/pages/index/index' })}
        />
        <TaskCard
          id='task-veteran'
          title='优抚补助'
          what='优抚对象本年度的门诊、住院医疗补助还剩多少，什么时候可以申请；县外住院在这里申请，可以替家人代办。'
          open
          action='去查看 ›'
          onOpen={() => Taro.navigateTo({ url: '/packages/veteran/pages/index/index' })}
        />
        <TaskCard
          id='task-help'
          title='帮助与电话'
          what='医保经办中心的地址、办理时间和咨询电话，照政策文件抄录，点号码就能拨打。'
          open
          action='去查看 ›'
          onOpen={() => Taro.navigateTo({ url: HELP_URL })}
        />
      </View>

      <View className='card'>
        <Text className='card-title'>我的参保信息</Text>
        <Field id='profile-region' label='参保地' help={`目前收录了${REGION_CHOICES.map((r) => r.name).join('、')}，其他地区陆续收录。`}>
          <ChoiceGroup
            id='profile-region-choice'
            options={REGION_CHOICES.map((r) => ({ value: r.id, label: r.name }))}
            selected={[profile.region]}
            onChange={([region]) => update(withRegion(profile, region))}
          />
        </Field>
        <Field
          id='profile-scheme'
          label='参保险种'
          help={schemesOf(profile.region).length > 1 ? '看医保缴费记录或医保电子凭证上的险种。' : '本地区目前只收录了城乡居民医保。'}
        >
          <ChoiceGroup
            id='profile-scheme-choice'
            options={schemesOf(profile.region).map((s) => ({ value: s, label: SCHEME_NAMES[s] }))}
            selected={[profile.scheme]}
            onChange={([scheme]) => update({ scheme })}
          />
        </Field>
        <Field id='profile-categories' label='救助身份（可多选）' help='享受医疗救助的身份；没有就不用选。'>
          <ChoiceGroup<CategoryId>
            id='profile-categories-choice'
            multiple
            options={categoriesOf(profile.region).map((c) => ({ value: c, label: CATEGORY_NAMES[c] }))}
            selected={profile.categories}
            onChange={(categories) => update({ categories })}
          />
        </Field>
        {asksHistory(profile) ? <HistoryCard year={year} history={profile.history} onChange={(history) => update({ history })} /> : null}
        <Text className='muted'>以上信息只保存在这台手机上，估算时自动带入。</Text>
      </View>
    </ThemedPage>
  );
}
