import { beijingTime, messageRows } from '../../miniprogram/packages/messages/model/rows';

test('the 消息 list shows Beijing time, unread first-class, and opens the application it is about', () => {
  const rows = messageRows([
    { id: 'm1', applicationId: 'a/1', event: 'returned', title: '异地就医备案被退回，请修改后重新提交', body: '请补充居住证明', createdAt: '2025-06-01T16:30:00.000Z', read: false },
    { id: 'm2', applicationId: 'a2', event: 'accepted', title: '异地就医备案已受理', body: '已受理', createdAt: '2025-06-01T01:00:00.000Z', read: true },
  ]);
  expect(rows.map((r) => [r.when, r.unread, r.tone])).toEqual([
    ['2025-06-02 00:30', true, 'warn'],
    ['2025-06-01 09:00', false, 'ok'],
  ]);
  expect(rows[0].url).toBe('/packages/apply/pages/detail/index?id=a%2F1');
  expect(beijingTime('not a time')).toBe('not a time');
});

test('a deadline message opens the year page of the record it is about', () => {
  const [row] = messageRows([
    { id: 'm3', applicationId: null, yearRecord: { person: 'f/1', year: 2026 }, event: 'deadline', title: '住院费用手工报销', body: '…', createdAt: '2027-05-01T01:00:00.000Z', read: false },
  ]);
  expect(row.url).toBe('/packages/estimate/pages/year/index?person=f%2F1&year=2026');
  expect(row.tone).toBe('warn');
});
