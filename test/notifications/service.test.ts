import * as apps from '../../server/applications';
import { messagesFunction } from '../../server/functions/messages';
import { standInSender, type NotificationConfig, type SubscribeSender } from '../../server/notifications';
import { subscriptionId } from '../../server/notifications/service';
import { freshContext, longTermForFather, rejection, unmaskedIds, verifiedSelf, FATHER_ID } from '../applications/helpers';

const daughter = { openid: 'o-daughter' };
const father = { openid: 'o-father' };
const stranger = { openid: 'o-stranger' };
const TEMPLATES = { returned: 'TPL-RETURNED', accepted: 'TPL-ACCEPTED', rejected: 'TPL-REJECTED' };

type Ctx = ReturnType<typeof freshContext> & { notifications: NotificationConfig };

function withNotifications(sender: SubscribeSender | null = standInSender()): Ctx {
  const ctx = freshContext() as Ctx;
  ctx.notifications = { templates: TEMPLATES, sender, miniprogramState: 'trial', log: jest.fn() };
  return ctx;
}

const call = (ctx: Ctx, who: { openid: string }, action: string, payload: Record<string, unknown> = {}) =>
  messagesFunction.handle(ctx, who, { action, ...payload }) as Promise<Record<string, unknown>>;

async function submittedFiling(ctx: Ctx): Promise<string> {
  const draft = await apps.createDraft(ctx, daughter, { content: longTermForFather() });
  await apps.submit(ctx, daughter, { requestId: `req-${draft.id.slice(-12)}`, id: draft.id, commitment: { accepted: true, signerName: '张小红' } });
  return draft.id;
}

describe('messages: staff decisions reach everyone who can see the application', () => {
  let ctx: Ctx;
  afterEach(() => ctx.cleanup());

  test('a return tells the filer what to fix; the principal hears of it only once verified', async () => {
    ctx = withNotifications();
    const id = await submittedFiling(ctx);
    await apps.returnApplication(ctx, { id, staff: '王经办', reason: '请补充居住证明' });
    const mine = await call(ctx, daughter, 'list');
    expect(mine).toMatchObject({ total: 1, unread: 1, nextCursor: null });
    const [message] = mine.items as Record<string, unknown>[];
    expect(message).toMatchObject({ applicationId: id, event: 'returned', read: false, title: '异地就医备案被退回，请修改后重新提交' });
    expect(message.body).toContain('请补充居住证明');
    expect(message.body).toContain('张大山');
    // The father declared nothing yet: he sees nothing of it, so he is told nothing.
    expect(await call(ctx, father, 'unread')).toEqual({ unread: 0 });

    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    await apps.updateDraft(ctx, daughter, { id, content: { type: 'remoteFiling', remoteFiling: { residenceAddress: '深圳市南山区某街道 2 号' } } });
    await apps.submit(ctx, daughter, { requestId: 'req-again-0001', id, commitment: { accepted: true, signerName: '张小红' } });
    await apps.accept(ctx, { id, staff: '王经办' });
    expect(await call(ctx, father, 'list')).toMatchObject({ total: 1, unread: 1, items: [{ event: 'accepted', title: '异地就医备案已受理' }] });
    expect(await call(ctx, daughter, 'unread')).toEqual({ unread: 2 });
    expect(await call(ctx, stranger, 'list')).toMatchObject({ total: 0, unread: 0, items: [] });
  });

  test('an ID number the staff typed into the reason is masked in the message and in the WeChat card', async () => {
    const sender = standInSender();
    ctx = withNotifications(sender);
    const id = await submittedFiling(ctx);
    await call(ctx, daughter, 'subscribe', { results: { [TEMPLATES.rejected]: 'accept' } });
    await apps.reject(ctx, { id, staff: '王经办', reason: `身份证 ${FATHER_ID} 与户籍不符` });
    const list = await call(ctx, daughter, 'list');
    expect(unmaskedIds(list)).toEqual([]);
    expect(JSON.stringify(list)).toContain('110105********002X');
    expect(unmaskedIds(sender.sent)).toEqual([]);
    expect(await ctx.store.count('messages')).toBe(1);
  });

  test('a refused decision writes no message', async () => {
    ctx = withNotifications();
    const id = await submittedFiling(ctx);
    await apps.accept(ctx, { id, staff: '王经办' });
    await rejection(apps.returnApplication(ctx, { id, staff: '王经办', reason: '再看看' }));
    expect(await ctx.store.count('messages')).toBe(1);
  });

  test('pages with cursor and total, marks one read, then all; nobody marks another account\'s message', async () => {
    ctx = withNotifications();
    for (let i = 0; i < 3; i++) {
      const id = await submittedFiling(ctx);
      await apps.returnApplication(ctx, { id, staff: '王经办', reason: `第 ${i + 1} 处要改` });
    }
    const first = await call(ctx, daughter, 'list', { limit: 2 });
    expect(first).toMatchObject({ total: 3, unread: 3 });
    expect((first.items as unknown[]).length).toBe(2);
    const second = await call(ctx, daughter, 'list', { limit: 2, cursor: first.nextCursor });
    expect(second).toMatchObject({ total: 3, nextCursor: null });
    const all = [...(first.items as { id: string; body: string }[]), ...(second.items as { id: string; body: string }[])];
    expect(new Set(all.map((m) => m.id)).size).toBe(3);
    expect(all[0].body).toContain('第 3 处要改');

    expect(await rejection(call(ctx, stranger, 'markRead', { id: all[0].id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await call(ctx, daughter, 'markRead', { id: all[0].id })).toEqual({ unread: 2 });
    expect(await call(ctx, daughter, 'markRead', { id: all[0].id })).toEqual({ unread: 2 });
    expect(await call(ctx, daughter, 'list', { unread: true })).toMatchObject({ total: 2 });
    expect(await call(ctx, daughter, 'markRead', { all: true })).toEqual({ unread: 0 });
    expect(await call(ctx, daughter, 'list')).toMatchObject({ total: 3, unread: 0 });
  });

  test('bad input is refused in Chinese and changes nothing', async () => {
    ctx = withNotifications();
    for (const [action, payload] of [
      ['list', { cursor: 'not a cursor!' }],
      ['list', { limit: 0 }],
      ['list', { page: 2 }],
      ['markRead', {}],
      ['markRead', { id: 12 }],
      ['subscribe', { results: ['accept'] }],
      ['subscribe', { results: { [TEMPLATES.returned]: 'yes' } }],
    ] as [string, Record<string, unknown>][]) {
      const e = await rejection(call(ctx, daughter, action, payload));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await ctx.store.count('messageSubscriptions')).toBe(0);
  });
});

describe('WeChat 服务通知: one send per accepted subscription, after the decision commits', () => {
  let ctx: Ctx;
  afterEach(() => ctx.cleanup());

  test('an accepted template sends once, with the reason and the message page; the next decision waits for a new accept', async () => {
    const sender = standInSender();
    ctx = withNotifications(sender);
    const id = await submittedFiling(ctx);
    const answer = await call(ctx, daughter, 'subscribe', {
      results: { [TEMPLATES.returned]: 'accept', [TEMPLATES.accepted]: 'reject', 'TPL-UNKNOWN': 'accept' },
    });
    expect(answer).toEqual({ accepted: ['returned'] });
    await apps.returnApplication(ctx, { id, staff: '王经办', reason: '请补充居住证明' });
    expect(sender.sent).toHaveLength(1);
    const [message] = (await call(ctx, daughter, 'list')).items as { id: string }[];
    expect(sender.sent[0]).toEqual({
      touser: 'o-daughter',
      template_id: TEMPLATES.returned,
      page: `packages/messages/pages/index/index?id=${message.id}`,
      data: {
        thing1: { value: '异地就医备案' },
        phrase2: { value: '已退回' },
        thing3: { value: '请修改：请补充居住证明' },
        time4: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/) },
      },
      miniprogram_state: 'trial',
      lang: 'zh_CN',
    });
    // Every template field stays within WeChat's limits (thing ≤ 20, phrase ≤ 5 characters).
    expect(Array.from(sender.sent[0].data.thing3.value).length).toBeLessThanOrEqual(20);

    await apps.updateDraft(ctx, daughter, { id, content: { type: 'remoteFiling', remoteFiling: { residenceAddress: '深圳市南山区某街道 2 号' } } });
    await apps.submit(ctx, daughter, { requestId: 'req-again-0002', id, commitment: { accepted: true, signerName: '张小红' } });
    await apps.returnApplication(ctx, { id, staff: '王经办', reason: '证明不清晰' });
    expect(sender.sent).toHaveLength(1); // the one credit was used
    expect(await call(ctx, daughter, 'unread')).toEqual({ unread: 2 }); // the in-app list still has both
  });

  test('no subscription, no send; the in-app message is there all the same', async () => {
    const sender = standInSender();
    ctx = withNotifications(sender);
    const id = await submittedFiling(ctx);
    await apps.accept(ctx, { id, staff: '王经办' });
    expect(sender.sent).toEqual([]);
    expect(await call(ctx, daughter, 'unread')).toEqual({ unread: 1 });
  });

  test('43101 (the user cancelled) clears the credits; any other failure is logged, never fails the decision, and gives the credit back', async () => {
    let refuse = true;
    const sender = standInSender({ refuse: () => refuse });
    ctx = withNotifications(sender);
    const id = await submittedFiling(ctx);
    await call(ctx, daughter, 'subscribe', { results: { [TEMPLATES.returned]: 'accept' } });
    await call(ctx, daughter, 'subscribe', { results: { [TEMPLATES.returned]: 'accept' } });
    const credits = async () => (await ctx.store.getMessageSubscription(subscriptionId('o-daughter', 'returned')))?.credits;
    expect(await credits()).toBe(2);
    await apps.returnApplication(ctx, { id, staff: '王经办', reason: '请补充居住证明' });
    expect(await credits()).toBe(0);

    refuse = false;
    await call(ctx, daughter, 'subscribe', { results: { [TEMPLATES.rejected]: 'accept' } });
    ctx.notifications.sender = { send: async () => Promise.reject(new Error('connect ETIMEDOUT')) };
    await apps.submit(ctx, daughter, { requestId: 'req-again-0003', id, commitment: { accepted: true, signerName: '张小红' } });
    const rejected = await apps.reject(ctx, { id, staff: '王经办', reason: '不符合条件' });
    expect(rejected.status).toBe('rejected');
    expect(ctx.notifications.log).toHaveBeenCalledWith(expect.stringContaining('ETIMEDOUT'));
    expect((await ctx.store.getMessageSubscription(subscriptionId('o-daughter', 'rejected')))?.credits).toBe(1);
  });

  test('without a sender (production with no AppSecret) decisions still write the in-app message', async () => {
    ctx = withNotifications(null);
    const id = await submittedFiling(ctx);
    await call(ctx, daughter, 'subscribe', { results: { [TEMPLATES.accepted]: 'accept' } });
    await apps.accept(ctx, { id, staff: '王经办' });
    expect(await call(ctx, daughter, 'unread')).toEqual({ unread: 1 });
  });
});
