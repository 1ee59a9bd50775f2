import Taro from '@tarojs/taro';
import type { MessagePage, MessagesRequest, MessageView, SubscribeAnswer, UnreadCount } from '../../shared/contract/messages';
import { REMIND_DAYS } from '../../shared/onething/claims';
import { callFunction } from './api';

/**
 * 消息: what staff decided on the applications this account can see (the `messages` function). The in-app list is
 * the same everywhere (weapp, H5, the local product); on weapp the person may also accept WeChat 服务通知.
 */
export type { MessagePage, MessageView };

const messages = <T>(request: MessagesRequest) => callFunction<T>('messages', request);

export const listMessages = (cursor?: string) => messages<MessagePage>({ action: 'list', ...(cursor ? { cursor } : {}) });
export const unreadMessages = () => messages<UnreadCount>({ action: 'unread' });
export const markMessageRead = (id: string) => messages<UnreadCount>({ action: 'markRead', id });
export const markAllMessagesRead = () => messages<UnreadCount>({ action: 'markRead', all: true });

/**
 * The three one-time templates (退回, 受理, 不予受理) chosen in the 公众平台, from Taro's .env files: the same ids the
 * functions read as WECHAT_TEMPLATE_RETURNED / _ACCEPTED / _REJECTED. Each is written out in full so Taro can
 * replace it at build time.
 */
export const TEMPLATE_IDS: string[] = [
  process.env.TARO_APP_TEMPLATE_RETURNED,
  process.env.TARO_APP_TEMPLATE_ACCEPTED,
  process.env.TARO_APP_TEMPLATE_REJECTED,
].filter((id): id is string => typeof id === 'string' && id.length > 0);

/** Only the weapp can ask, and only with templates configured; H5 has the in-app list alone. */
const ON_WEAPP = process.env.TARO_ENV === 'weapp';
export const canAskToNotify = () => ON_WEAPP && TEMPLATE_IDS.length > 0;

/** wx.requestSubscribeMessage's errCode, in plain words. */
const SUBSCRIBE_ERRORS: Record<number, string> = {
  10002: '网络不稳定，没能打开订阅，请稍后再试',
  10003: '网络不稳定，没能完成订阅，请稍后再试',
  10005: '现在无法打开订阅窗口，请稍后再试',
  20004: '您关闭了本小程序的订阅消息：可在右上角“…”→“设置”→“订阅消息”中打开',
};

export type AskOutcome = { accepted: boolean; message: string };

/**
 * The claim-deadline reminder's one-time template (server/notifications/deadlines.ts), the id the functions read as
 * WECHAT_TEMPLATE_DEADLINE. Asked for on its own: it is about her year record, not about an application.
 */
export const DEADLINE_TEMPLATE_ID: string | undefined = process.env.TARO_APP_TEMPLATE_DEADLINE || undefined;
export const canAskForDeadline = () => ON_WEAPP && DEADLINE_TEMPLATE_ID !== undefined;

/** What each ask is for, and what she is told after it. */
interface Ask {
  templates: string[];
  fallback: string;
  failed: string;
  accepted: string;
  declined: string;
}
const DECISIONS: Ask = {
  templates: TEMPLATE_IDS,
  fallback: '有进展时，会在“我的消息”里告诉您。',
  failed: '没能打开订阅。有进展时，仍会在“我的消息”里告诉您。',
  accepted: '好的，经办机构退回、受理或不予受理时，会通过微信服务通知告诉您。',
  declined: '您没有订阅。有进展时，仍会在“我的消息”里告诉您。',
};

/**
 * Asks for the subscription. Must run inside a tap handler (WeChat opens the panel only on a tap); one call asks
 * for all three templates (at most 3 per call). The answer is reported to the server, which counts one send per
 * "accept"; the in-app 消息 arrive whatever the person chose.
 */
export function askToNotify(): Promise<AskOutcome> {
  return ask(canAskToNotify(), DECISIONS);
}

/** "截止前提醒我": one WeChat 服务通知 before a claim's last day (the in-app 消息 comes either way). */
export function askForDeadlineReminder(): Promise<AskOutcome> {
  return ask(canAskForDeadline(), {
    templates: DEADLINE_TEMPLATE_ID ? [DEADLINE_TEMPLATE_ID] : [],
    fallback: `截止前 ${REMIND_DAYS} 天内，会在“我的消息”和首页提醒您。`,
    failed: `没能打开订阅。截止前 ${REMIND_DAYS} 天内，仍会在“我的消息”和首页提醒您。`,
    accepted: '好的，截止前会通过微信服务通知提醒您一次。',
    declined: '您没有订阅。截止前仍会在“我的消息”和首页提醒您。',
  });
}

async function ask(possible: boolean, what: Ask): Promise<AskOutcome> {
  if (!possible) return { accepted: false, message: what.fallback };
  let answer: Record<string, unknown>;
  try {
    answer = (await Taro.requestSubscribeMessage({ tmplIds: what.templates.slice(0, 3) } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
  } catch (e) {
    const code = Number((e as { errCode?: unknown }).errCode);
    return { accepted: false, message: SUBSCRIBE_ERRORS[code] ?? what.failed };
  }
  const results: Record<string, string> = {};
  for (const id of what.templates) if (typeof answer[id] === 'string') results[id] = answer[id] as string;
  const accepted = Object.values(results).includes('accept');
  try {
    await messages<SubscribeAnswer>({ action: 'subscribe', results });
  } catch {
    return { accepted: false, message: '订阅没有保存成功，请稍后再点一次。' };
  }
  return { accepted, message: accepted ? what.accepted : what.declined };
}
