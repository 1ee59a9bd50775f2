import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { chineseDate } from '../../../../../shared/onething/checklist';
import { REMIND_DAYS } from '../../../../../shared/onething/claims';
import type { Reminder } from './reminders';
import './index.css';

/**
 * 快到期的报销: the claims of her recorded stays due within REMIND_DAYS (a product choice: the documents set no
 * reminder). Nothing is shown when nothing is due soon.
 */
export function DeadlineCard({ reminders }: { reminders: Reminder[] }) {
  if (reminders.length === 0) return null;
  return (
    <View id='home-deadlines' className='card deadline-card' ariaRole='alert'>
      <Text className='card-title'>快到报销截止日了</Text>
      {reminders.map((r) => (
        <View key={r.key} id={`home-deadline-${r.claim.rule.id}`} className='deadline-row'>
          <Text className='deadline-what'>
            {chineseDate(r.date)}
            {r.label ? ` ${r.label}` : ''}：{r.claim.rule.title}
          </Text>
          <Text className='deadline-due'>
            最晚 {chineseDate(r.claim.due)}（{r.claim.daysLeft === 0 ? '就是今天' : `还有 ${r.claim.daysLeft} 天`}）
          </Text>
        </View>
      ))}
      <Text className='muted'>出院时没有直接结算的，才需要去报。截止日期照政策文件；提前 {REMIND_DAYS} 天提醒是本程序的安排。</Text>
      <View
        id='home-deadlines-open'
        className='btn btn-secondary deadline-open'
        hoverClass='btn-hover'
        ariaRole='button'
        onClick={() => Taro.navigateTo({ url: `/packages/estimate/pages/year/index?year=${reminders[0].date.slice(0, 4)}` })}
      >
        去“我这一年”看看 ›
      </View>
    </View>
  );
}
