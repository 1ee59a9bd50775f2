/**
 * The person's year on the phone (miniprogram/models/year.ts, packages/estimate/model/year-fill.ts, from-case.ts):
 * issue 14's two stays, the 记入本年 sheet's checks, edits and tombstones, and the words of the overview.
 *
 * The figures are the rules' (shared/estimate.ts) for 巴中 城乡居民 住院 (004_6dc5632ce2988a73.txt 第三章 十六问:
 * 统筹基金; 二十二问、二十六问: 大病保险), and the issue's own: after a 55,000 (50,000 in scope) 三级 stay, the second
 * stay (二级 20,000 / 18,000) leaves 4,272.00 to her, not the 7,680.00 of a blank year-to-date.
 */
import { draftToCase, emptyDraft, parseDraft, serializeDraft, type EstimateDraft } from '../../miniprogram/packages/estimate/model/draft';
import { draftFromCase } from '../../miniprogram/packages/estimate/model/from-case';
import {
  estimateDateFor,
  manualFromFill,
  parseLastYearMeta,
  withYearToDate,
  yearFillFor,
} from '../../miniprogram/packages/estimate/model/year-fill';
import {
  addEntry,
  caseOf,
  checkRecordForm,
  countedText,
  deleteEntry,
  entryProblem,
  entryRows,
  liveEntries,
  meterPercent,
  newEntryId,
  ordinalOf,
  parseMembers,
  personOptions,
  recordFormFor,
  recordKey,
  replaceEntry,
  yearChoices,
  yearTotals,
  type RecordForm,
} from '../../miniprogram/models/year';
import { estimate } from '../../shared/estimate';
import { yearEntrySchema } from '../../shared/schemas/year';
import { runYear } from '../../shared/year/chain';
import type { YearCase, YearEntry } from '../../shared/year/types';

const T1 = '2026-03-02T08:00:00.000Z';
const T2 = '2026-06-03T08:00:00.000Z';

/** A 巴中 城乡居民 stay as the form builds it. */
function stayDraft(patch: Partial<EstimateDraft>): EstimateDraft {
  return { ...emptyDraft({ region: 'bazhong', scheme: 'resident', categories: [] }), place: 'local', ...patch };
}

const STAY1 = stayDraft({ facilityLevel: 'level3', totalCost: '55000', inScopeCost: '50000' });
const STAY2 = stayDraft({ facilityLevel: 'level2', totalCost: '20000', inScopeCost: '18000' });

function recorded(draft: EstimateDraft, date: string, id: string, at: string, entries: YearEntry[] = []): YearEntry[] {
  return addEntry(entries, caseOf(draftToCase(draft, date)), {}, at, id).entries;
}

describe('the issue\'s two stays: the second starts where the first left the year', () => {
  const entries = recorded(STAY1, '2026-03-01', 'y-stay-one-0001', T1);

  test('without a record the second stay is estimated from zero: 7,680.00', () => {
    expect(estimate(draftToCase(STAY2, '2026-06-02')).personalPay).toBe('7680.00');
  });

  test('the record fills the year-to-date figures, says which stay it counted, and the stay costs her 4,272.00', () => {
    const fill = yearFillFor(STAY2, entries, '2026-06-02');
    if (!fill) throw new Error('no fill');
    expect(fill.text).toBe('已计入今年 1 次住院：3月1日 三级医院 55,000.00 元');
    // Stay 1: 统筹 29,580.00 paid; 20,420.00 in-scope self-pay counts toward 大病保险, which paid 3,583.20.
    expect(fill.yearToDate).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
    expect(fill.shown.map((s) => [s.key, s.amount])).toEqual([
      ['basicPaid', '29580.00'],
      ['seriousIllnessSelfPay', '20420.00'],
      ['seriousIllnessPaid', '3583.20'],
    ]);
    const sent = withYearToDate(draftToCase(STAY2, '2026-06-02'), STAY2, fill);
    expect(sent.ytd).toBe('record');
    expect(sent.counted).toBe(1);
    const result = estimate(sent.input);
    expect(result.personalPay).toBe('4272.00');
    expect(result.payments.seriousIllness).toBe('3408.00');
  });

  test('a stay of another year, scheme or earlier date does not count', () => {
    expect(yearFillFor(STAY2, entries, '2026-02-28')).toBeNull();
    expect(yearFillFor({ ...STAY2, scheme: 'employee' }, entries, '2026-06-02')).toBeNull();
    expect(yearFillFor(STAY2, [], '2026-06-02')).toBeNull();
  });

  test('不对，我自己填: the typed figures win (starting from the record\'s), and the result says they were typed', () => {
    const fill = yearFillFor(STAY2, entries, '2026-06-02');
    const typed = manualFromFill(STAY2, fill);
    expect(typed).toEqual({ basicPaid: '29580.00', seriousIllnessSelfPay: '20420.00', seriousIllnessPaid: '3583.20' });
    const manual = { ...STAY2, ytdManual: true, yearToDate: { basicPaid: '1000' } };
    const sent = withYearToDate(draftToCase(manual, '2026-06-02'), manual, fill);
    expect(sent.ytd).toBe('typed');
    expect(sent.input.yearToDate).toEqual({ basicPaid: '1000' });
    // Boxes already typed are kept when switching again.
    expect(manualFromFill(manual, fill)).toEqual({ basicPaid: '1000' });
  });

  test('the overview: both stays in chain order, what each payer paid, what she paid, and the year\'s totals', () => {
    const both = recorded(STAY2, '2026-06-02', 'y-stay-two-0001', T2, entries);
    const visits = runYear(both);
    const rows = entryRows(visits);
    expect(rows.map((r) => [r.ordinal, r.date, r.title, r.level, r.totalCost, r.personalPay, r.basis])).toEqual([
      [1, '2026-03-01', '住院', '三级医院', '55000.00', '21836.80', '估算'],
      [2, '2026-06-02', '住院', '二级医院', '20000.00', '4272.00', '估算'],
    ]);
    expect(rows[1].payers).toEqual([
      { payer: 'basic', name: '基本医保统筹基金', amount: '12320.00' },
      { payer: 'seriousIllness', name: '大病保险', amount: '3408.00' },
    ]);
    expect(yearTotals(visits)).toEqual({
      count: 2,
      totalCost: '75000.00',
      fundTotal: '48891.20',
      personalPay: '26108.80',
      payers: [
        { payer: 'basic', name: '基本医保统筹基金', amount: '41900.00' },
        { payer: 'seriousIllness', name: '大病保险', amount: '6991.20' },
      ],
    });
    expect(countedText(visits)).toBe('已计入今年 2 次住院：3月1日 三级医院 55,000.00 元；6月2日 二级医院 20,000.00 元');
  });

  test('editing stay 1 (修改这一次) keeps its date, counts nothing after it, and moves stay 2', () => {
    const both = recorded(STAY2, '2026-06-02', 'y-stay-two-0001', T2, entries);
    const editing = { ...draftFromCase(both[0].case!, 'self', 'y-stay-one-0001'), totalCost: '30000', inScopeCost: '25000' };
    expect(estimateDateFor(editing, both, '2026-12-01')).toBe('2026-03-01');
    expect(yearFillFor(editing, both, '2026-03-01')).toBeNull();
    // Editing stay 2 counts stay 1 only (excludeId), not itself.
    const editing2 = draftFromCase(both[1].case!, 'self', 'y-stay-two-0001');
    expect(yearFillFor(editing2, both, '2026-06-02')?.counted.map((v) => v.entry.id)).toEqual(['y-stay-one-0001']);

    const c = caseOf(draftToCase(editing, '2026-03-01'));
    const changed = replaceEntry(both, 'y-stay-one-0001', c, {}, '2026-07-01T00:00:00.000Z');
    if (!changed) throw new Error('not replaced');
    expect(changed.entry.createdAt).toBe(T1);
    const rows = entryRows(runYear(changed.entries));
    // `yibao estimate` chained by hand: stay 1 三级 30,000 / 25,000 pays 15,420.00 and leaves 统筹 14,580.00 and
    // 10,420.00 toward 大病保险's deductible; stay 2 from there: 大病保险 991.20, she pays 6,688.80.
    expect(rows.map((r) => r.personalPay)).toEqual(['15420.00', '6688.80']);
  });
});

describe('entries: added, changed and deleted as the merge expects', () => {
  const c: YearCase = caseOf(draftToCase(STAY1, '2026-03-01'));

  test('ids fit the schema; a new entry and a change are valid entries; a change is always later', () => {
    const id = newEntryId(Date.UTC(2026, 2, 1), () => 0.5);
    expect(id).toMatch(/^y-[0-9a-z]+-i{12}$/);
    const { entries, entry } = addEntry([], c, { label: '县医院 住院' }, T1, id);
    expect(yearEntrySchema.safeParse(entry).success).toBe(true);
    expect(entryProblem(entry)).toBeUndefined();
    // A phone whose clock is behind still makes the change win.
    const back = replaceEntry(entries, id, c, {}, '2026-01-01T00:00:00.000Z');
    expect(back?.entry.updatedAt).toBe('2026-03-02T08:00:00.001Z');
    expect(back?.entry.label).toBeUndefined();
    expect(replaceEntry(entries, 'y-missing-0000', c, {}, T2)).toBeNull();
  });

  test('a deletion is a tombstone: no case, label or 结算单, and the entry leaves the count', () => {
    let entries = addEntry([], c, { label: '县医院' }, T1, 'y-aaaa-000001').entries;
    entries = addEntry(entries, { ...c, date: '2026-02-01' }, {}, T2, 'y-bbbb-000001').entries;
    expect(ordinalOf(entries, 'y-aaaa-000001')).toBe(2);
    const after = deleteEntry(entries, 'y-bbbb-000001', '2026-07-01T00:00:00.000Z');
    expect(after.find((e) => e.id === 'y-bbbb-000001')).toEqual({
      id: 'y-bbbb-000001',
      createdAt: T2,
      updatedAt: '2026-07-01T00:00:00.000Z',
      deletedAt: '2026-07-01T00:00:00.000Z',
    });
    expect(yearEntrySchema.safeParse(after[1]).success).toBe(true);
    expect(liveEntries(after).map((e) => e.id)).toEqual(['y-aaaa-000001']);
    expect(ordinalOf(after, 'y-aaaa-000001')).toBe(1);
    expect(ordinalOf(after, 'y-bbbb-000001')).toBe(0);
  });

  test('the record key keeps people and years apart', () => {
    expect(recordKey('self', 2026)).toBe('year.record.v1:self:2026');
    expect(recordKey('0123456789abcdef0123456789abcdef', 2026)).not.toBe(recordKey('self', 2026));
    expect(recordKey('self', 2025)).not.toBe(recordKey('self', 2026));
  });

  test('a case kept in the record has no year-to-date figures (the chain gives them)', () => {
    const input = { ...draftToCase(STAY1, '2026-03-01'), yearToDate: { basicPaid: '1' } };
    expect('yearToDate' in caseOf(input)).toBe(false);
  });
});

describe('记入本年: the sheet', () => {
  const result = estimate(draftToCase(STAY1, '2026-12-01'));
  const base = (patch: Partial<RecordForm> = {}): RecordForm => ({ ...recordFormFor(result, '2026-12-01'), ...patch });

  test('pre-filled with the case date and the estimate\'s figures for each payer the result shows', () => {
    expect(base()).toEqual({
      date: { y: '2026', m: '12', d: '1' },
      label: '',
      hasSettlement: '',
      totalCost: '55000.00',
      inScopeCost: '50000.00',
      payments: { basic: '29580.00', seriousIllness: '3583.20' },
    });
  });

  test('without a 结算单: the date and label only', () => {
    expect(checkRecordForm(base({ hasSettlement: 'no', label: ' 县医院 ' }), '2026-12-01')).toEqual({
      ok: true,
      date: '2026-12-01',
      details: { label: '县医院' },
    });
  });

  test('with a 结算单: its figures, as typed (spaces dropped)', () => {
    const r = checkRecordForm(base({ hasSettlement: 'yes', payments: { basic: '30000', seriousIllness: '3 000' } }), '2026-12-01');
    expect(r).toEqual({
      ok: true,
      date: '2026-12-01',
      details: { settled: { totalCost: '55000.00', inScopeCost: '50000.00', payments: { basic: '30000', seriousIllness: '3000' } } },
    });
  });

  test('every wrong box says why in Chinese, and nothing is returned to save', () => {
    expect(checkRecordForm(base({ date: { y: '2025', m: '12', d: '1' }, hasSettlement: 'no' }), '2026-12-01')).toEqual({
      ok: false,
      errors: { date: '结算日期须在 2026 年内（这一年的记录）' },
    });
    expect(checkRecordForm(base({ date: { y: '2026', m: '2', d: '30' } }), '2026-12-01')).toEqual({
      ok: false,
      errors: { date: '请填写真实的结算日期（年、月、日）', hasSettlement: '请选择有没有结算单' },
    });
    expect(checkRecordForm(base({ hasSettlement: 'yes', totalCost: '12.345', inScopeCost: '', payments: { basic: '-1' } }), '2026-12-01')).toEqual({
      ok: false,
      errors: {
        totalCost: '金额须为不小于 0 的数字，最多两位小数',
        inScopeCost: '请填写政策范围内费用',
        'payments.basic': '金额须为不小于 0 的数字，最多两位小数',
      },
    });
    expect(checkRecordForm(base({ hasSettlement: 'yes', totalCost: '100', inScopeCost: '200', payments: {} }), '2026-12-01')).toEqual({
      ok: false,
      errors: { inScopeCost: '政策范围内费用不能大于医疗总费用' },
    });
    expect(checkRecordForm(base({ hasSettlement: 'yes', totalCost: '100', inScopeCost: '100', payments: { basic: '80', seriousIllness: '30' } }), '2026-12-01')).toEqual({
      ok: false,
      errors: { payments: '各项报销合计不能大于医疗总费用' },
    });
    expect(checkRecordForm(base({ hasSettlement: 'no', label: '一'.repeat(31) }), '2026-12-01')).toEqual({
      ok: false,
      errors: { label: '太长了（最多 30 个字）' },
    });
  });

  test('a recorded 结算单 is what the chain counts: the 统筹 it paid, and what follows from it', () => {
    const c = caseOf(draftToCase(STAY1, '2026-03-01'));
    const settled = { totalCost: '55000', inScopeCost: '50000', payments: { basic: '30000.00' } };
    let entries = addEntry([], c, { settled }, T1, 'y-settled-0001').entries;
    entries = recorded(STAY2, '2026-06-02', 'y-stay-two-0001', T2, entries);
    const visits = runYear(entries);
    const rows = entryRows(visits);
    expect(rows[0].basis).toBe('按结算单');
    expect(rows[0].payers[0]).toEqual({ payer: 'basic', name: '基本医保统筹基金', amount: '30000.00' });
    // 20,000.00 in-scope left after 30,000 统筹 counts toward 大病保险 (5,552 above 14,448 × 60% = 3,331.20).
    expect(rows[0].payers[1]).toEqual({ payer: 'seriousIllness', name: '大病保险', amount: '3331.20' });
    expect(rows[0].personalPay).toBe('21668.80');
    expect(rows[1].personalPay).toBe('4272.00');
    // Re-opening the sheet shows the 结算单 as it was recorded.
    const form = recordFormFor(estimate(draftToCase(STAY1, '2026-03-01')), '2026-12-01', entries[0]);
    expect(form.hasSettlement).toBe('yes');
    expect(form.date).toEqual({ y: '2026', m: '3', d: '1' });
    expect(form.payments).toEqual({ basic: '30000.00', seriousIllness: '3583.20' });
  });
});

describe('drafts and whose bill it is', () => {
  test('a recorded case opens in the form exactly as it was estimated', () => {
    const employee = { ...STAY1, scheme: 'employee' as const, retired: true, civilServant: true, age: '68', conditions: ['cancer' as const], place: 'temporary-filed' as const, referral: 'emergency' as const, inProvince: 'no' as const };
    for (const draft of [STAY1, STAY2, employee]) {
      const input = draftToCase(draft, '2026-03-01');
      const back = draftFromCase(caseOf(input), 'self', 'y-stay-one-0001');
      expect(draftToCase(back, '2026-03-01')).toEqual(input);
      expect(back.editing).toBe('y-stay-one-0001');
    }
  });

  test('who, 我自己填 and the edited entry survive the draft\'s save and read-back; anything else reads as 本人', () => {
    const draft = { ...STAY2, who: '0123456789abcdef0123456789abcdef', ytdManual: true, editing: 'y-stay-two-0001' };
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
    const bad = parseDraft({ ...draft, who: '../self', editing: 7 });
    expect([bad.who, bad.editing]).toEqual(['self', '']);
  });

  test('the result\'s note of the estimate reads back or falls back to 本人 with no year-to-date', () => {
    expect(parseLastYearMeta({ who: 'self', ytd: 'record', counted: 2, editing: '', recordedId: 'y-stay-one-0001' })).toEqual({
      who: 'self',
      ytd: 'record',
      counted: 2,
      editing: '',
      recordedId: 'y-stay-one-0001',
    });
    expect(parseLastYearMeta('x')).toEqual({ who: 'self', ytd: 'none', counted: 0, editing: '', recordedId: '' });
  });

  test('family members as the switcher shows them; a damaged cache gives 本人 only', () => {
    const members = parseMembers([{ id: 'abc', name: '张大山', relationLabel: '父母' }, { id: 'self', name: 'x' }, 7, { name: '无编号' }]);
    expect(personOptions(members)).toEqual([
      { id: 'self', name: '本人' },
      { id: 'abc', name: '张大山（父母）' },
    ]);
    expect(personOptions(parseMembers('oops'))).toEqual([{ id: 'self', name: '本人' }]);
  });

  test('bars and the year switcher', () => {
    expect(meterPercent('29580.00', '110000.00')).toBe(26);
    expect(meterPercent('20420.00', '14448.00')).toBe(100);
    expect(meterPercent('1.00', '0.00')).toBe(0);
    expect(yearChoices(2026, 2026)).toEqual([2026, 2025, 2024]);
    expect(yearChoices(2026, 2021)).toEqual([2026, 2025, 2024, 2021]);
  });
});
