import { messagesFunction } from '../../server/functions/messages';
import { remindDeadlines, standInSender, type NotificationConfig, type SubscribeSender } from '../../server/notifications';
import { MESSAGE_PAGE, subscriptionId } from '../../server/notifications/service';
import { isTimerEvent } from '../../server/cloud/timer';
import { yearRecordId } from '../../server/year/access';
import { REMIND_DAYS } from '../../shared/onething/claims';
import type { StoredYearRecord } from '../../server/store/types';
import type { YearEntry } from '../../shared/year/types';
import { freshContext } from '../applications/helpers';

const her = { openid: 'o-her' };
const other = { openid: 'o-other' };
const TEMPLATES = { returned: 'TPL-RETURNED', accepted: 'TPL-ACCEPTED', rejected: 'TPL-REJECTED', deadline: 'TPL-DEADLINE' };

type Ctx = ReturnType<typeof freshContext> & { notifications: NotificationConfig };

function withNotifications(sender: SubscribeSender | null = standInSender()): Ctx {
  const ctx = freshContext() as Ctx;
  ctx.notifications = { templates: TEMPLATES, sender, miniprogramState: 'trial', log: jest.fn() };
  ctx.now = () => new Date('2027-05-01T01:00:00.000Z');
  return ctx;
}

const call = (ctx: Ctx, who: { openid: string }, action: string, payload: Record<string, unknown> = {}) =>
  messagesFunction.handle(ctx, who, { action, ...payload }) as Promise<Record<string, unknown>>;

/** A 巴中 resident's stay of 2026-03-10 in the city, as the year page records it. */
function stay(id: string, over: Partial<YearEntry> = {}): YearEntry {
  return {
    id,
    case: { region: 'bazhong', date: '2026-03-10', scheme: 'resident', visit: { type: 'inpatient', place: 'local', facilityLevel: 'county', totalCost: '8000', inScopeCost: '7000' } },
    label: '县医院 住院',
    createdAt: '2026-03-11T08:00:00.000Z',
    updatedAt: '2026-03-11T08:00:00.000Z',
    ...over,
  };
}

async function putYear(ctx: Ctx, openid: string, entries: YearEntry[], person = 'self'): Promise<StoredYearRecord> {
  const record: StoredYearRecord = { id: yearRecordId(openid, person, 2026), openid, person, year: 2026, entries, updatedAt: '2026-03-11T08:00:00.000Z' };
  await ctx.store.putYearRecord(record);
  return record;
}

describe('deadlines, remembered: the daily reminder of a stay’s claim', () => {
  let ctx: Ctx;
  afterEach(() => ctx.cleanup());

  test(`a March stay with no 结算单: its 2027-06-30 reminder on 2027-05-01 (${REMIND_DAYS} days before), not on 2027-04-30`, async () => {
    ctx = withNotifications();
    const record = await putYear(ctx, her.openid, [stay('e1')]);
    expect(await remindDeadlines(ctx, '2027-04-30')).toEqual({ records: 1, written: 0 });
    expect(await remindDeadlines(ctx, '2027-05-01')).toEqual({ records: 1, written: 1 });
    const list = await call(ctx, her, 'list');
    expect(list).toMatchObject({ total: 1, unread: 1 });
    const [m] = list.items as Record<string, unknown>[];
    expect(m).toEqual({
      id: expect.any(String),
      applicationId: null,
      yearRecord: { person: 'self', year: 2026 },
      event: 'deadline',
      title: '住院费用手工报销（城乡居民医保）：最晚 2027年6月30日',
      body: expect.any(String),
      createdAt: '2027-05-01T01:00:00.000Z',
      read: false,
    });
    expect(m.body).toBe(
      '您2026年3月10日的“县医院 住院”在年度记录里还没有结算单。出院时没有直接结算的，住院费用手工报销（城乡居民医保）的期限是：' +
        '住院医疗费用应当出院即报，无法报销的，原则上应在费用发生次年 6 月底前……到参保地医保经办机构申请结算' +
        '（《巴中市医保政策宣传手册（2025-11）》第三章 十七问），即最晚 2027年6月30日。办理：参保地医保经办机构。' +
        '已经结算或报销的，在年度记录里记下结算单，就不再提醒。',
    );
    // 大病保险 (次年 7 月底, 第三章 二十五问) is 91 days away: its turn comes on 2027-06-01.
    expect(await remindDeadlines(ctx, '2027-05-31')).toEqual({ records: 1, written: 0 });
    expect(await remindDeadlines(ctx, '2027-06-01')).toEqual({ records: 1, written: 1 });
    const titles = ((await call(ctx, her, 'list')).items as { title: string }[]).map((x) => x.title).sort();
    expect(titles).toEqual(['住院费用手工报销（城乡居民医保）：最晚 2027年6月30日', '大病保险报销：最晚 2027年7月31日']);
    expect(record.id).toHaveLength(32);
  });

  test('idempotent: a second run the same day, and the days after, write nothing again', async () => {
    ctx = withNotifications();
    await putYear(ctx, her.openid, [stay('e1')]);
    expect((await remindDeadlines(ctx, '2027-05-01')).written).toBe(1);
    expect((await remindDeadlines(ctx, '2027-05-01')).written).toBe(0);
    expect((await remindDeadlines(ctx, '2027-05-02')).written).toBe(0);
    expect(await ctx.store.count('messages')).toBe(1);
  });

  test('a settled stay, a deleted one, and a past deadline get none', async () => {
    ctx = withNotifications();
    const settled = stay('e1', { settled: { payments: {} } });
    const deleted: YearEntry = { id: 'e2', createdAt: '2026-03-11T08:00:00.000Z', updatedAt: '2026-04-01T08:00:00.000Z', deletedAt: '2026-04-01T08:00:00.000Z' };
    await putYear(ctx, her.openid, [settled, deleted]);
    expect(await remindDeadlines(ctx, '2027-05-01')).toEqual({ records: 1, written: 0 });
    await putYear(ctx, other.openid, [stay('e3')]);
    expect((await remindDeadlines(ctx, '2027-08-01')).written).toBe(0);
    expect(await ctx.store.count('messages')).toBe(0);
  });

  test('each account hears only of its own record; a family member’s stay is named and opens that person’s year', async () => {
    ctx = withNotifications();
    await putYear(ctx, her.openid, [stay('e1')]);
    await putYear(ctx, other.openid, [stay('e1'), stay('e2', { label: undefined })], 'f-1');
    expect((await remindDeadlines(ctx, '2027-05-01')).written).toBe(3);
    const mine = (await call(ctx, her, 'list')).items as Record<string, unknown>[];
    expect(mine.map((m) => m.yearRecord)).toEqual([{ person: 'self', year: 2026 }]);
    const theirs = (await call(ctx, other, 'list')).items as Record<string, unknown>[];
    expect(theirs).toHaveLength(2);
    expect(theirs.every((m) => JSON.stringify(m.yearRecord) === '{"person":"f-1","year":2026}')).toBe(true);
    // f-1 is not a saved member of that account (none is): the message says 您的家人, never another account's name.
    expect(theirs.map((m) => String(m.body).slice(0, 5)).sort()).toEqual(['您的家人2', '您的家人2']);
    expect(String(theirs.find((m) => String(m.body).includes('的就医'))?.body)).toContain('2026年3月10日的就医');
    // Nobody marks or reads another account's message.
    await expect(call(ctx, her, 'markRead', { id: theirs[0].id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('not subscribed: the 消息 only, no 服务通知', async () => {
    const sender = standInSender();
    ctx = withNotifications(sender);
    await putYear(ctx, her.openid, [stay('e1')]);
    await call(ctx, her, 'subscribe', { results: { [TEMPLATES.accepted]: 'accept' } });
    expect((await remindDeadlines(ctx, '2027-05-01')).written).toBe(1);
    expect(sender.sent).toEqual([]);
    expect(await ctx.store.getMessageSubscription(subscriptionId(her.openid, 'accepted'))).toMatchObject({ credits: 1 });
  });

  test('subscribed: one 服务通知 per new reminder, one credit each; the rerun sends nothing', async () => {
    const sender = standInSender();
    ctx = withNotifications(sender);
    await putYear(ctx, her.openid, [stay('e1')]);
    const answer = await call(ctx, her, 'subscribe', { results: { [TEMPLATES.deadline]: 'accept' } });
    expect(answer).toEqual({ accepted: ['deadline'] });
    await call(ctx, her, 'subscribe', { results: { [TEMPLATES.deadline]: 'accept' } });
    await remindDeadlines(ctx, '2027-05-01');
    await remindDeadlines(ctx, '2027-05-01');
    const [m] = (await call(ctx, her, 'list')).items as { id: string }[];
    expect(sender.sent).toEqual([
      {
        touser: her.openid,
        template_id: TEMPLATES.deadline,
        page: `${MESSAGE_PAGE}?id=${m.id}`,
        data: { thing1: { value: '住院费用手工报销（城乡居民医保）' }, date2: { value: '2027年6月30日' }, thing3: { value: '出院未直接结算的，请按时办理' } },
        miniprogram_state: 'trial',
        lang: 'zh_CN',
      },
    ]);
    expect(await ctx.store.getMessageSubscription(subscriptionId(her.openid, 'deadline'))).toMatchObject({ credits: 1 });
  });

  test('refused (43101): the credits are void, as for a decision; the 消息 stays', async () => {
    const sender = standInSender({ refuse: () => true });
    ctx = withNotifications(sender);
    await putYear(ctx, her.openid, [stay('e1')]);
    for (let i = 0; i < 3; i++) await call(ctx, her, 'subscribe', { results: { [TEMPLATES.deadline]: 'accept' } });
    expect(await ctx.store.getMessageSubscription(subscriptionId(her.openid, 'deadline'))).toMatchObject({ credits: 3 });
    expect((await remindDeadlines(ctx, '2027-05-01')).written).toBe(1);
    expect(sender.sent).toEqual([]);
    expect(await ctx.store.getMessageSubscription(subscriptionId(her.openid, 'deadline'))).toMatchObject({ credits: 0 });
    expect(await call(ctx, her, 'unread')).toEqual({ unread: 1 });
  });

  test('a network failure gives the credit back and never stops the run', async () => {
    const failing: SubscribeSender = { send: async () => ({ ok: false, refused: false, errcode: null, errmsg: 'socket hang up' }) };
    ctx = withNotifications(failing);
    await putYear(ctx, her.openid, [stay('e1')]);
    await call(ctx, her, 'subscribe', { results: { [TEMPLATES.deadline]: 'accept' } });
    expect((await remindDeadlines(ctx, '2027-05-01')).written).toBe(1);
    expect(await ctx.store.getMessageSubscription(subscriptionId(her.openid, 'deadline'))).toMatchObject({ credits: 1 });
    expect(ctx.notifications.log).toHaveBeenCalledWith(expect.stringContaining('errcode null socket hang up'));
  });

  test('pages through every record (more than one page); a bad day is refused in Chinese', async () => {
    ctx = withNotifications();
    for (let i = 0; i < 130; i++) await putYear(ctx, `o-${i}`, [stay('e1')]);
    expect(await remindDeadlines(ctx, '2027-05-01')).toEqual({ records: 130, written: 130 });
    await expect(remindDeadlines(ctx, '2027-02-30')).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'today', message: '提醒日期：须为 YYYY-MM-DD 格式的日期' });
  });

  test('only the platform’s timer event is a timer run', () => {
    expect(isTimerEvent({ Type: 'Timer', TriggerName: 'dailyDeadlines', Time: '2027-05-01T01:00:00Z' })).toBe(true);
    expect(isTimerEvent({ action: 'list' })).toBe(false);
    expect(isTimerEvent(null)).toBe(false);
  });
});
