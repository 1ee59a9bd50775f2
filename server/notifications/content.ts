import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { applicationTypeLabel } from '../../shared/applications/registry';
import { maskIdNumbersInText } from '../../shared/idcard';
import type { ApplicationRecord, MessageEvent } from '../store/types';

dayjs.extend(utc);

/**
 * What a 消息 says, in the app and in WeChat's 服务通知. Plain Chinese; every text that staff typed passes the ID
 * masking again (the decision reason is masked when stored, this is the second lock), so no message ever carries an
 * unmasked ID number.
 */

/** The events of a staff decision (a deadline's message is written in deadlines.ts). */
export type DecisionEvent = Exclude<MessageEvent, 'deadline'>;

const RESULT: Record<DecisionEvent, string> = { returned: '已退回', accepted: '已受理', rejected: '不予受理' };

/** The decision's event, from the application's new status. */
export function eventOf(status: ApplicationRecord['status']): DecisionEvent | null {
  if (status === 'returned') return 'returned';
  if (status === 'accepted') return 'accepted';
  if (status === 'rejected') return 'rejected';
  return null;
}

export function messageText(record: ApplicationRecord, event: DecisionEvent): { title: string; body: string } {
  const what = applicationTypeLabel(record.type);
  const name = record.content.principal?.name;
  // The business number is what she reads out when she calls the office (older records have none).
  const about = [name, record.number ? `业务编号 ${record.number}` : undefined].filter(Boolean).join('，');
  const subject = about ? `${what}（${about}）` : what;
  // The reason goes inside a sentence that ends it: its own closing 。 (as a template's reason has) is not doubled.
  const reason = record.decisionReason ? maskIdNumbersInText(record.decisionReason).trim().replace(/[。.；;，,]+$/, '') : '';
  if (event === 'returned') {
    return {
      title: `${what}被退回，请修改后重新提交`,
      body: `${subject}被经办机构退回。需要修改的地方：${reason || '请打开申请查看'}。改好后在“我的申请”里重新提交。`,
    };
  }
  if (event === 'accepted') {
    return { title: `${what}已受理`, body: `${subject}已由经办机构受理。` };
  }
  return {
    title: `${what}不予受理`,
    body: `${subject}经办机构不予受理。原因：${reason || '请打开申请查看'}。如有疑问，请咨询参保地经办机构。`,
  };
}

/** WeChat caps each template field by kind: thing.DATA 20 characters, phrase.DATA 5 (订阅消息参数值内容限制). */
export function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Beijing time as the template's time.DATA wants it: "2025年6月1日 15:01". */
export function beijingTime(iso: string): string {
  return dayjs.utc(iso).utcOffset(8 * 60).format('YYYY年M月D日 HH:mm');
}

/**
 * The template's fields. Each of the three templates chosen in the 公众平台 (订阅消息 → 我的模板) must have these
 * keywords: thing1 申请事项, phrase2 办理结果, thing3 说明 (the reason, for a return: what to fix), time4 办理时间.
 * A template with other keys answers 47003; change the keys here, in one place.
 */
export function templateData(record: ApplicationRecord, event: DecisionEvent, at: string): Record<string, { value: string }> {
  const reason = record.decisionReason ? maskIdNumbersInText(record.decisionReason) : '';
  const note = event === 'accepted' ? '请在小程序中查看详情' : reason ? `${event === 'returned' ? '请修改：' : ''}${reason}` : '请在小程序中查看详情';
  return {
    thing1: { value: cut(applicationTypeLabel(record.type), 20) },
    phrase2: { value: cut(RESULT[event], 5) },
    thing3: { value: cut(note, 20) },
    time4: { value: beijingTime(at) },
  };
}
