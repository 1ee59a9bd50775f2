import type { MessageEvent } from '../store/types';
import { isProductionRuntime } from '../identity/sources';
import type { SubscribeSender } from './sender';
import { standInSender } from './stand-in';
import { stableTokenProvider, wechatSubscribeSender } from './wechat';

/**
 * Where decisions are sent besides the in-app list. The template ids come from the 公众平台 (订阅消息 → 我的模板),
 * one per event, in the environment of whatever runs staff decisions (the staff CLI, or a function): the same ids
 * the mini-program asks the user to accept (TARO_APP_TEMPLATE_* in miniprogram/services/messages.ts).
 */
export interface NotificationConfig {
  templates: Partial<Record<MessageEvent, string>>;
  /** null: nothing goes to WeChat, the in-app list still gets every message. */
  sender: SubscribeSender | null;
  miniprogramState: 'developer' | 'trial' | 'formal';
  /** Where a failed send is reported (never thrown: a decision never fails because WeChat did). */
  log: (line: string) => void;
}

export const TEMPLATE_ENV: Record<MessageEvent, string> = {
  returned: 'WECHAT_TEMPLATE_RETURNED',
  accepted: 'WECHAT_TEMPLATE_ACCEPTED',
  rejected: 'WECHAT_TEMPLATE_REJECTED',
  deadline: 'WECHAT_TEMPLATE_DEADLINE',
};

const STATES = ['developer', 'trial', 'formal'] as const;

/**
 * WECHAT_APPID + WECHAT_APPSECRET: the real subscribeMessage.send. Without them, outside production: the stand-in
 * (it records, sends nothing). In production without them: no sender, the in-app list only.
 */
export function notificationConfigFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const templates: Partial<Record<MessageEvent, string>> = {};
  for (const [event, name] of Object.entries(TEMPLATE_ENV) as [MessageEvent, string][]) {
    const id = env[name]?.trim();
    if (id) templates[event] = id;
  }
  const state = STATES.find((s) => s === env.WECHAT_MINIPROGRAM_STATE) ?? 'formal';
  let sender: SubscribeSender | null = null;
  if (env.WECHAT_APPID && env.WECHAT_APPSECRET) {
    sender = wechatSubscribeSender({ token: stableTokenProvider({ appId: env.WECHAT_APPID, appSecret: env.WECHAT_APPSECRET }) });
  } else if (!isProductionRuntime(env)) {
    sender = standInSender();
  }
  return { templates, sender, miniprogramState: state, log: (line) => console.warn(line) };
}
