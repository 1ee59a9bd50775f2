import { createHash } from 'crypto';
import type { AppContext, Identity } from '../applications/context';
import { nowIso } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import { RuleError } from '../../shared/errors';
import { isVerified, verifiedFor } from '../identity/bindings';
import type { Store, StoreTx } from '../store/store';
import type { ApplicationRecord, MessageEvent, MessageRecord, MessageSubscription } from '../store/types';
import { eventOf, messageText, templateData, type DecisionEvent } from './content';
import { notificationConfigFromEnv, type NotificationConfig } from './config';
import type { MessageView } from '../../shared/contract/messages';

/**
 * Telling people when staff act (issue 12). Every account that can see the application — the filer, and the
 * person it was filed for once their account is verified (applications/access.ts) — gets a 消息 in the app, written
 * in the decision's own transaction; after the commit, those who accepted the event's WeChat template also get a
 * 服务通知 (subscribeMessage.send). A failed send is logged and never fails the decision.
 */

/** A context may carry its own configuration (tests); otherwise it comes from the environment, once. */
export type NotifyingContext = AppContext & { notifications?: NotificationConfig };
let fromEnv: NotificationConfig | undefined;
export function notificationsOf(ctx: AppContext): NotificationConfig {
  return (ctx as NotifyingContext).notifications ?? (fromEnv ??= notificationConfigFromEnv());
}

export const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
export const subscriptionId = (openid: string, event: MessageEvent) => digest('subscription', openid, event);

/** The list page of the messages subpackage: the 服务通知 card opens the message it tells about. */
export const MESSAGE_PAGE = 'packages/messages/pages/index/index';

/**
 * One staff decision's messages, in three steps around the decision's transaction: `prepare` (before: the verified
 * principal's accounts need a query, which CloudBase transactions cannot run), `record` (inside: keyed writes
 * only), `deliver` (after the commit).
 */
export class DecisionNotice {
  private told: MessageRecord[] = [];
  private event: DecisionEvent | null = null;
  private constructor(private readonly readers: string[]) {}

  /** The accounts verified as the application's principal (re-checked inside the transaction). */
  static async prepare(store: Store, applicationId: string): Promise<DecisionNotice> {
    const r = await store.getApplication(applicationId);
    if (!r || r.principalIdHash === null) return new DecisionNotice([]);
    const bindings = await store.bindingsFor(r.principalIdHash);
    return new DecisionNotice(bindings.filter((b) => b.role === 'self' && isVerified(b)).map((b) => b.openid));
  }

  async record(tx: StoreTx, record: ApplicationRecord, at: string): Promise<void> {
    this.told = [];
    const event = eventOf(record.status);
    this.event = event;
    if (!event) return;
    const recipients = [record.filerOpenid];
    for (const openid of this.readers) {
      if (recipients.includes(openid) || record.principalIdHash === null) continue;
      if (await verifiedFor(tx, openid, record.principalIdHash, ['self'])) recipients.push(openid);
    }
    const { title, body } = messageText(record, event);
    for (const openid of recipients) {
      const message: MessageRecord = {
        id: digest('message', record.id, at, event, openid),
        openid,
        applicationId: record.id,
        event,
        title,
        body,
        createdAt: at,
        read: false,
        readAt: null,
      };
      await tx.insertMessage(message);
      this.told.push(message);
    }
  }

  /** After the commit. Never throws. */
  async deliver(ctx: AppContext, record: ApplicationRecord): Promise<void> {
    const config = notificationsOf(ctx);
    const event = this.event;
    if (!event) return;
    for (const message of this.told) {
      try {
        await sendOne(ctx, config, message, templateData(record, event, message.createdAt), `申请 ${record.id}`);
      } catch (error) {
        config.log(`[notifications] 服务通知未发出（申请 ${record.id}）：${(error as Error).message}`);
      }
    }
  }
}

/**
 * Uses one of the account's credits for the message's event template, sends `data`, and settles the credit by
 * WeChat's answer. `about` names what the message is about in the log (never the person).
 */
export async function sendOne(
  ctx: AppContext,
  config: NotificationConfig,
  message: MessageRecord,
  data: Record<string, { value: string }>,
  about: string,
): Promise<void> {
  const templateId = config.templates[message.event];
  if (!config.sender || !templateId) return;
  const id = subscriptionId(message.openid, message.event);
  const settle = (change: (s: MessageSubscription) => number) =>
    ctx.store.transaction(async (tx) => {
      const s = await tx.getMessageSubscription(id);
      if (!s) return null;
      await tx.putMessageSubscription({ ...s, credits: change(s), updatedAt: nowIso(ctx) });
      return s;
    });
  const taken = await ctx.store.transaction(async (tx) => {
    const s = await tx.getMessageSubscription(id);
    // A credit for another template (the configured one changed) was not given for this one.
    if (!s || s.credits < 1 || s.templateId !== templateId) return false;
    await tx.putMessageSubscription({ ...s, credits: s.credits - 1, updatedAt: nowIso(ctx) });
    return true;
  });
  if (!taken) return;
  let outcome;
  try {
    outcome = await config.sender.send({
      touser: message.openid,
      template_id: templateId,
      page: `${MESSAGE_PAGE}?id=${message.id}`,
      data,
      miniprogram_state: config.miniprogramState,
      lang: 'zh_CN',
    });
  } catch (error) {
    outcome = { ok: false as const, refused: false as const, errcode: null, errmsg: (error as Error).message };
  }
  if (outcome.ok) return;
  if (outcome.refused) {
    // 43101: the user refused or cancelled; what the store counted is void.
    await settle(() => 0);
    return;
  }
  // Not sent for another reason (network, a template mismatch): the credit was not used, so it is given back.
  await settle((s) => s.credits + 1);
  config.log(`[notifications] subscribeMessage.send 失败（${about}）：errcode ${String(outcome.errcode)} ${outcome.errmsg}`);
}

/** A message as the account sees it: the wire type (shared/contract/messages.ts). */
export type { MessageView };

const view = (m: MessageRecord): MessageView => ({
  id: m.id,
  applicationId: m.applicationId,
  ...(m.yearRecord ? { yearRecord: m.yearRecord } : {}),
  event: m.event,
  title: m.title,
  body: m.body,
  createdAt: m.createdAt,
  read: m.read,
});

/** Bad input: the shared INVALID_INPUT shape, in Chinese. */
const invalid = (message: string, field?: string) => new RuleError('INVALID_INPUT', message, field);

function payloadOf(input: unknown, allowed: string[]): Record<string, unknown> {
  if (input === undefined) return {};
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw invalid('请求格式不正确');
  for (const key of Object.keys(input)) if (!allowed.includes(key)) throw invalid(`不认识的字段：${key}`, key);
  return input as Record<string, unknown>;
}


/** 消息, newest first, a page at a time with the total, plus the unread count for the badge. */
export async function listMessages(ctx: AppContext, who: Identity, input: unknown) {
  const p = payloadOf(input, ['cursor', 'limit', 'unread']);
  if (p.cursor !== undefined && typeof p.cursor !== 'string') throw invalid('翻页位置无效，请从第一页重新查看', 'cursor');
  if (p.limit !== undefined && typeof p.limit !== 'number') throw invalid('每页条数：须为 1 到 100 之间的整数', 'limit');
  if (p.unread !== undefined && typeof p.unread !== 'boolean') throw invalid('只看未读：须为是或否', 'unread');
  const page = await ctx.store.listMessages({
    openid: who.openid,
    ...(p.unread ? { unread: true } : {}),
    ...(p.cursor !== undefined ? { cursor: p.cursor as string } : {}),
    ...(p.limit !== undefined ? { limit: p.limit as number } : {}),
  });
  return { items: page.items.map(view), total: page.total, nextCursor: page.nextCursor, unread: await ctx.store.unreadMessages(who.openid) };
}

export async function unreadCount(ctx: AppContext, who: Identity, input: unknown) {
  payloadOf(input, []);
  return { unread: await ctx.store.unreadMessages(who.openid) };
}

/** One message (`id`) or all of them (`all: true`) marked read; answers the unread count left. */
export async function markRead(ctx: AppContext, who: Identity, input: unknown) {
  const p = payloadOf(input, ['id', 'all']);
  const at = nowIso(ctx);
  if (p.all === true && p.id === undefined) {
    // Marked ones leave the unread list, so the first page is read again until it is empty (bounded).
    for (let round = 0; round < 100; round++) {
      const page = await ctx.store.listMessages({ openid: who.openid, unread: true, limit: 100 });
      if (page.items.length === 0) break;
      for (const m of page.items) await ctx.store.updateMessage({ ...m, read: true, readAt: at });
    }
  } else {
    if (typeof p.id !== 'string' || p.id.length === 0 || p.id.length > 64 || p.all !== undefined) {
      throw invalid('请指明要标为已读的消息', 'id');
    }
    const m = await ctx.store.getMessage(p.id);
    if (!m || m.openid !== who.openid) throw new ApplicationError('NOT_FOUND', '未找到这条消息', 'id');
    if (!m.read) await ctx.store.updateMessage({ ...m, read: true, readAt: at });
  }
  return { unread: await ctx.store.unreadMessages(who.openid) };
}

const RESULTS = ['accept', 'reject', 'ban', 'filter'];
/** A one-time subscription accepted again and again is still one send each; a cap keeps a loop from piling up. */
export const MAX_CREDITS = 20;

/**
 * What wx.requestSubscribeMessage answered ({ [templateId]: 'accept' | 'reject' | 'ban' | 'filter' }), as the client
 * reports it. Each 'accept' of a configured template is one send of it (一次性订阅). A client can only claim credits
 * for itself, and a false claim costs nothing: WeChat answers 43101 and the credit is cleared.
 */
export async function recordSubscription(ctx: AppContext, who: Identity, input: unknown) {
  const p = payloadOf(input, ['results']);
  const results = p.results;
  if (!results || typeof results !== 'object' || Array.isArray(results) || Object.keys(results).length > 10) {
    throw invalid('订阅结果格式不正确', 'results');
  }
  const { templates } = notificationsOf(ctx);
  const accepted: MessageEvent[] = [];
  const at = nowIso(ctx);
  for (const [templateId, result] of Object.entries(results as Record<string, unknown>)) {
    if (typeof result !== 'string' || !RESULTS.includes(result)) throw invalid('订阅结果格式不正确', 'results');
    const event = (Object.keys(templates) as MessageEvent[]).find((e) => templates[e] === templateId);
    if (!event || result !== 'accept') continue;
    const id = subscriptionId(who.openid, event);
    await ctx.store.transaction(async (tx) => {
      const s = await tx.getMessageSubscription(id);
      const credits = s && s.templateId === templateId ? s.credits : 0;
      await tx.putMessageSubscription({ id, openid: who.openid, event, templateId, credits: Math.min(credits + 1, MAX_CREDITS), updatedAt: at });
    });
    accepted.push(event);
  }
  return { accepted };
}
