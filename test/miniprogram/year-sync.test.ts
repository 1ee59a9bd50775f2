/**
 * The device copy of a person's year and its sync (miniprogram/services/year.ts), with the phone's storage and the
 * `family` function stood in for: a save is on the phone before it returns; a new phone asks yearGet; a phone with
 * entries sends them (yearSync) and keeps the merged answer — merged again with what was saved while the call was
 * out, so an acknowledged save is never lost; offline, the phone's copy stays as it is; people never share a record.
 */
import { draftToCase, emptyDraft } from '../../miniprogram/packages/estimate/model/draft';
import { caseOf } from '../../miniprogram/models/year';
import type { YearEntry } from '../../shared/year/types';

const store = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (k: string) => (store.has(k) ? store.get(k) : ''),
    setStorageSync: (k: string, v: unknown) => store.set(k, JSON.parse(JSON.stringify(v))),
    removeStorageSync: (k: string) => store.delete(k),
  },
}));
const callFunction = jest.fn();
jest.mock('../../miniprogram/services/api', () => ({ callFunction: (...args: unknown[]) => callFunction(...args) }));
jest.mock('../../miniprogram/services/applications', () => ({ listFamily: jest.fn() }));

// eslint-disable-next-line import/first -- after the mocks it depends on
import { cachedMembers, findEntry, loadRecord, recordCase, recordHolding, removeEntry, syncRecord } from '../../miniprogram/services/year';

const FATHER = '0123456789abcdef0123456789abcdef';
const stay = (total: string, inScope: string, date = '2026-03-01') =>
  caseOf(
    draftToCase(
      { ...emptyDraft({ region: 'bazhong', scheme: 'resident', categories: [] }), facilityLevel: 'level3', place: 'local', totalCost: total, inScopeCost: inScope },
      date,
    ),
  );

const server: YearEntry = {
  id: 'y-from-other-phone',
  case: stay('20000', '18000', '2026-02-01'),
  createdAt: '2026-02-02T00:00:00.000Z',
  updatedAt: '2026-02-02T00:00:00.000Z',
};

beforeEach(() => {
  store.clear();
  callFunction.mockReset();
});

test('记入本年 is on the phone when it returns, in the record of that person and year only', () => {
  const { entry, ordinal } = recordCase('self', stay('55000', '50000'), { label: '县医院' });
  expect(ordinal).toBe(1);
  expect(loadRecord('self', 2026).entries).toEqual([entry]);
  expect(loadRecord(FATHER, 2026).entries).toEqual([]);
  expect(loadRecord('self', 2025).entries).toEqual([]);
  expect(findEntry('self', 2026, entry.id)?.label).toBe('县医院');
  expect(recordHolding('self', entry.id, [2026, 2025])?.year).toBe(2026);
  // A change keeps the entry; a deletion leaves a tombstone.
  const changed = recordCase('self', stay('60000', '55000'), {}, entry.id);
  expect(changed.entry.id).toBe(entry.id);
  expect(loadRecord('self', 2026).entries).toHaveLength(1);
  removeEntry('self', 2026, entry.id);
  expect(loadRecord('self', 2026).entries[0].deletedAt).toBeDefined();
  expect(findEntry('self', 2026, entry.id)).toBeUndefined();
});

test('an entry the store would refuse is refused here, and nothing is saved', () => {
  const bad = { ...stay('55000', '50000'), visit: { ...stay('55000', '50000').visit, totalCost: '12.345' } };
  expect(() => recordCase('self', bad, {})).toThrow('没能记入本年：金额须为不小于 0 的数字，最多两位小数');
  expect(loadRecord('self', 2026).entries).toEqual([]);
});

test('a new phone asks for the record (yearGet) and keeps it', async () => {
  callFunction.mockResolvedValueOnce({ person: 'self', year: 2026, entries: [server], updatedAt: '2026-02-02T00:00:00.000Z' });
  const merged = await syncRecord('self', 2026);
  expect(callFunction).toHaveBeenCalledWith('family', { action: 'yearGet', person: 'self', year: 2026 });
  expect(merged.entries).toEqual([server]);
  expect(loadRecord('self', 2026).entries).toEqual([server]);
});

test('a phone with entries sends them; a save made while the call is out is merged in, not lost', async () => {
  const { entry } = recordCase(FATHER, stay('55000', '50000'), {});
  let during: YearEntry | undefined;
  callFunction.mockImplementationOnce(async (_name: string, payload: { action: string; entries: YearEntry[]; requestId: string }) => {
    expect(payload.action).toBe('yearSync');
    expect(payload.entries).toEqual([entry]);
    expect(payload.requestId).toMatch(/^req-/);
    during = recordCase(FATHER, stay('20000', '18000', '2026-06-02'), {}).entry;
    return { person: FATHER, year: 2026, entries: [server, entry], updatedAt: '2026-06-02T00:00:00.000Z' };
  });
  const merged = await syncRecord(FATHER, 2026);
  expect(merged.entries.map((e) => e.id)).toEqual([server.id, entry.id, during!.id]);
  expect(loadRecord(FATHER, 2026).entries.map((e) => e.id)).toEqual([server.id, entry.id, during!.id]);
  expect(loadRecord('self', 2026).entries).toEqual([]);
});

test('offline, or an answer about someone else, leaves the phone\'s copy as it is', async () => {
  const { entry } = recordCase('self', stay('55000', '50000'), {});
  callFunction.mockRejectedValueOnce(new Error('offline'));
  await expect(syncRecord('self', 2026)).rejects.toThrow('offline');
  callFunction.mockResolvedValueOnce({ person: FATHER, year: 2026, entries: [server], updatedAt: null });
  await expect(syncRecord('self', 2026)).rejects.toThrow('服务暂时不可用');
  expect(loadRecord('self', 2026).entries).toEqual([entry]);
});

test('a damaged stored record or member list reads as empty, never as a crash', () => {
  store.set('year.record.v1:self:2026', { entries: [{ id: 'x' }, 'junk'] });
  store.set('year.members.v1', 'junk');
  expect(loadRecord('self', 2026).entries).toEqual([]);
  expect(cachedMembers()).toEqual([]);
});
