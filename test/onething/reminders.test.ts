/** The home page's reminder (issue 18): her recorded stays whose claim is due within 60 days, read without the schema. */
import { dueSoon } from '../../miniprogram/pages/index/components/deadline-card/reminders';

const entry = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  case: { region: 'bazhong', date, scheme: 'resident', visit: { type: 'inpatient', place: 'local', totalCost: '20000', inScopeCost: '18000' } },
  createdAt: '2026-03-10T02:00:00.000Z',
  updatedAt: '2026-03-10T02:00:00.000Z',
  ...extra,
});

function storage(records: Record<number, unknown[]>): (key: string) => unknown {
  return (key) => {
    const m = /^year\.record\.v1:self:(\d{4})$/.exec(key);
    return m && records[Number(m[1])] ? { entries: records[Number(m[1])] } : undefined;
  };
}

test('a stay of 10 March 2026 without a 结算单: reminded on 2027-05-01 (60 days), not on 2027-04-30, not after 30 June', () => {
  const read = storage({ 2026: [entry('a', '2026-03-10')] });
  expect(dueSoon(read, 2027, '2027-05-01').map((r) => [r.claim.rule.id, r.claim.due, r.claim.daysLeft])).toEqual([
    ['inpatient-manual-resident', '2027-06-30', 60],
  ]);
  expect(dueSoon(read, 2027, '2027-04-30')).toEqual([]);
  // 1 July: the 住院 deadline is past, the 大病保险 one (31 July) is 30 days away.
  expect(dueSoon(read, 2027, '2027-07-01').map((r) => [r.claim.rule.id, r.claim.daysLeft])).toEqual([['serious-illness', 30]]);
});

test('settled, deleted or unreadable entries are not reminded of; soonest first', () => {
  const read = storage({
    2026: [
      entry('settled', '2026-03-10', { settled: { payments: {} } }),
      entry('deleted', '2026-03-10', { deletedAt: '2026-04-01T00:00:00.000Z', case: undefined }),
      { id: 'bad', case: { region: 'bazhong', date: '2026-02-30', scheme: 'resident', visit: { type: 'inpatient' } } },
      'nonsense',
      entry('b', '2026-05-01'),
    ],
  });
  expect(dueSoon(read, 2027, '2027-06-01').map((r) => r.key)).toEqual(['b-inpatient-manual-resident', 'b-serious-illness']);
  expect(dueSoon(() => 'not a record', 2027, '2027-06-01')).toEqual([]);
});
