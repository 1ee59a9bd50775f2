import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { chineseDate } from '../../../../../../../shared/onething/checklist';
import { openClaims, type OpenClaim } from '../../../../../../../shared/onething/claims';
import { citationText } from '../../../../../../../shared/source';
import type { YearVisit } from '../../../../../../../shared/year/chain';
import { shortDate, type EntryRow } from '../../../../../../models/year';
import { SubscribeButton } from '../../../../../../components/subscribe-button';
import { askForDeadlineReminder, canAskForDeadline } from '../../../../../../services/messages';
import './index.css';

function dueText(c: OpenClaim): string {
  if (c.daysLeft < 0) return `最晚 ${chineseDate(c.due)}（已过）`;
  return `最晚 ${chineseDate(c.due)}（${c.daysLeft === 0 ? '就是今天' : `还有 ${c.daysLeft} 天`}）`;
}

/**
 * 还要报什么 (issue 18 "Deadlines, remembered"): for each stay recorded without a 结算单, the claims its region's
 * document gives a last day for, counted from the stay's date (shared/onething/claims.ts). A stay with a 结算单 was
 * settled and has nothing open; a region whose document gives no deadline shows none.
 */
export function ClaimsCard({ visits, rows, today }: { visits: YearVisit[]; rows: EntryRow[]; today: string }) {
  const open = visits.flatMap((v) => {
    const c = v.entry.case;
    if (!c) return [];
    const claims = openClaims(c, Boolean(v.entry.settled), today);
    const row = rows.find((r) => r.id === v.entry.id);
    return claims.length > 0 && row ? [{ row, claims }] : [];
  });
  if (open.length === 0) return null;
  return (
    <View id='year-claims' className='card'>
      <Text className='card-title'>还要报的，最晚哪天</Text>
      <Text className='muted'>这些记录没有填结算单。出院时已经直接结算的不用再报；没有结算的，按下面的日期去报。</Text>
      {open.map(({ row, claims }) => (
        <View key={row.id} id={`year-claims-${row.ordinal}`} className='year-claims-stay'>
          <Text className='year-claims-title'>
            第 {row.ordinal} 次 · {shortDate(row.date)} {row.title}
          </Text>
          {claims.map((c) => (
            <View key={c.rule.id} id={`year-claims-${row.ordinal}-${c.rule.id}`} className='year-claims-line'>
              <Text className='year-claims-what'>{c.rule.title}</Text>
              <Text id={`year-claims-${row.ordinal}-${c.rule.id}-due`} className={`year-claims-due ${c.daysLeft < 0 ? 'year-claims-due--past' : ''}`}>
                {dueText(c)}
              </Text>
              <Text className='muted'>
                {c.rule.appliesTo}；到{c.rule.where}，带{c.rule.bring.join('、')}。依据：{citationText(c.rule.source)}
              </Text>
            </View>
          ))}
        </View>
      ))}
      <RemindMe />
      <View
        id='year-claims-apply'
        className='btn btn-secondary year-claims-go'
        hoverClass='btn-hover'
        ariaRole='button'
        onClick={() => Taro.navigateTo({ url: '/packages/apply/pages/index/index' })}
      >
        去办手工报销 ›
      </View>
    </View>
  );
}

/**
 * "截止前用微信提醒我" asks for the deadline template's one 服务通知. Without it — H5, or no template configured — the
 * card only says where the reminder will come.
 */
function RemindMe() {
  return (
    <SubscribeButton
      id='year-claims-remind'
      label='截止前用微信提醒我'
      canAsk={canAskForDeadline()}
      ask={askForDeadlineReminder}
      note='截止前会在首页和“我的消息”里提醒您。'
      className='muted'
    />
  );
}
