/**
 * The year record's schema (shared/schemas/year.ts): what the device stores and the `family` function's yearGet /
 * yearSync take. Every stored case is a valid estimate request without yearToDate; a whole sync of the largest valid
 * record stays under the gateway's 64 KB small-body limit (server/gateway/limits.ts).
 */
import {
  MAX_YEAR_ENTRIES,
  MAX_YEAR_ENTRY_BYTES,
  MAX_YEAR_TOMBSTONES,
  parseYear,
  utf8Bytes,
  yearEntrySchema,
  yearGetRequest,
  yearRecordSchema,
  yearSyncRequest,
} from '../../shared/schemas/year';
import { DEFAULT_LIMITS } from '../../server/gateway/limits';
import { RuleError } from '../../shared/errors';
import type { YearEntry } from '../../shared/year/types';

const T0 = '2026-03-05T08:00:00.000Z';
const stay = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'stay-0001',
  case: {
    region: 'bazhong',
    date: '2026-03-01',
    scheme: 'resident',
    person: { age: 68 },
    visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '55000.00', inScopeCost: '50000.00' },
  },
  createdAt: T0,
  updatedAt: T0,
  ...over,
});
const withCase = (c: Record<string, unknown>) => stay({ case: { ...(stay().case as object), ...c } });

function refusal(schema: Parameters<typeof parseYear>[0], input: unknown): { message: string; field?: string } {
  try {
    parseYear(schema, input);
  } catch (e) {
    if (e instanceof RuleError) return { message: e.message, field: e.field };
    throw e;
  }
  throw new Error('accepted');
}

describe('yearEntrySchema', () => {
  test('a stay as the estimate takes it is kept exactly as given (no defaults filled in)', () => {
    const e = stay({ label: '  县医院 住院 ', settled: { payments: { basic: '30000.00' } } });
    expect(yearEntrySchema.parse(e)).toEqual({ ...e, label: '县医院 住院' });
  });

  test('a tombstone has deletedAt and no case', () => {
    const t = { id: 'stay-0001', createdAt: T0, updatedAt: '2026-04-01T00:00:00.000Z', deletedAt: '2026-04-01T00:00:00.000Z' };
    expect(yearEntrySchema.parse(t)).toEqual(t);
    expect(refusal(yearEntrySchema, { ...t, case: stay().case })).toEqual({ message: '就医信息：已删除的记录不再保存内容', field: 'case' });
    expect(refusal(yearEntrySchema, { ...t, label: '县医院' }).field).toBe('label');
    expect(refusal(yearEntrySchema, { id: 'stay-0001', createdAt: T0, updatedAt: T0 })).toEqual({ message: '就医信息：必须填写', field: 'case' });
  });

  test.each([
    ['the case by the estimate schema itself', withCase({ visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', inScopeCost: '1.00' } }), '医疗总费用：必须填写', 'case.visit.totalCost'],
    ['in-scope above total, as the estimate refuses it', withCase({ visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '1.00', inScopeCost: '2.00' } }), '政策范围内费用：政策范围内费用不能大于医疗总费用', 'case.visit.inScopeCost'],
    ['yearToDate: the chain supplies it', withCase({ yearToDate: { basicPaid: '1.00' } }), '本年度已发生情况：年度记录里的就医不填本年度累计，由记录自动算出', 'case.yearToDate'],
    ['a region without the estimate', withCase({ region: 'nowhere' }), '参保地：参保地“nowhere”暂未收录费用估算', 'case.region'],
    ['an id too short', stay({ id: 'abc' }), '记录编号：记录编号须为 8–40 位字母、数字、- 或 _', 'id'],
    ['an id with other characters', stay({ id: 'stay 0001' }), '记录编号：记录编号须为 8–40 位字母、数字、- 或 _', 'id'],
    ['a timestamp not in toISOString form', stay({ createdAt: '2026-03-05 08:00:00' }), '创建时间：时间须为 ISO 格式（UTC），例如 2026-03-01T08:00:00.000Z', 'createdAt'],
    ['a timestamp that is no moment', stay({ updatedAt: '2026-02-30T08:00:00.000Z' }), '修改时间：时间须为 ISO 格式（UTC），例如 2026-03-01T08:00:00.000Z', 'updatedAt'],
    ['updatedAt before createdAt', stay({ updatedAt: '2026-03-05T07:59:59.999Z' }), '修改时间：修改时间不能早于创建时间', 'updatedAt'],
    ['a label over 30 characters', stay({ label: '县'.repeat(31) }), '备注：太长了（最多 30 个字）', 'label'],
    ['a payer the estimate does not know', stay({ settled: { payments: { hospital: '1.00' } } }), '结算单各项支付：包含不认识的字段：hospital', 'settled.payments.hospital'],
    ['a settled amount malformed', stay({ settled: { payments: { basic: '1.234' } } }), '结算单支付（basic）：金额须为不小于 0 的数字，最多两位小数', 'settled.payments.basic'],
    ['settled payments above the in-scope cost', stay({ settled: { inScopeCost: '100.00', payments: { basic: '60.00', seriousIllness: '40.01' } } }), '结算单各项支付：各项支付合计不能大于政策范围内费用', 'settled.payments'],
    ['settled in-scope above settled total', stay({ settled: { totalCost: '100.00', inScopeCost: '100.01', payments: {} } }), '结算单政策范围内费用：政策范围内费用不能大于医疗总费用', 'settled.inScopeCost'],
  ])('refuses %s', (_what, input, message, field) => {
    expect(refusal(yearEntrySchema, input)).toEqual({ message, field });
  });
});

describe('yearRecordSchema / yearGetRequest / yearSyncRequest', () => {
  const record = (entries: unknown[], over: Record<string, unknown> = {}) => ({ person: 'self', year: 2026, entries, ...over });

  test('person is self or a 32-hex family member id; year 2020–2100', () => {
    expect(yearGetRequest.parse({ person: 'self', year: 2026 })).toEqual({ person: 'self', year: 2026 });
    expect(yearGetRequest.parse({ person: 'a'.repeat(32), year: 2020 }).person).toBe('a'.repeat(32));
    expect(refusal(yearGetRequest, { person: 'A'.repeat(32), year: 2026 })).toEqual({ message: '参保人：须为 self（本人）或家庭成员编号', field: 'person' });
    expect(refusal(yearGetRequest, { person: 'self', year: 2019 })).toEqual({ message: '年度：年度不早于 2020 年', field: 'year' });
    expect(refusal(yearGetRequest, { person: 'self', year: 2101 })).toEqual({ message: '年度：年度不晚于 2100 年', field: 'year' });
    expect(refusal(yearGetRequest, { person: 'self', year: 2026.5 })).toEqual({ message: '年度：年度须为整数，例如 2026', field: 'year' });
  });

  test("a case's date must fall in the record's year; an entry's field is named with its place", () => {
    expect(refusal(yearRecordSchema, record([stay()], { year: 2025 }))).toEqual({ message: '第 1 条记录的结算日期：结算日期须在 2025 年度内', field: 'entries.0.case.date' });
    const bad = stay({ id: 'stay-0002', case: { ...(stay().case as object), visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: 'x', inScopeCost: '1' } } });
    expect(refusal(yearSyncRequest, record([stay(), bad]))).toEqual({ message: '第 2 条记录的医疗总费用：金额须为不小于 0 的数字，最多两位小数', field: 'entries.1.case.visit.totalCost' });
  });

  test('ids unique within a record', () => {
    expect(refusal(yearRecordSchema, record([stay(), stay()]))).toEqual({ message: '第 2 条记录的记录编号：记录编号重复', field: 'entries.1.id' });
  });

  test(`at most ${MAX_YEAR_ENTRIES} live entries and ${MAX_YEAR_TOMBSTONES} tombstones`, () => {
    const lives = (n: number) => Array.from({ length: n }, (_, i) => stay({ id: `stay-${String(i).padStart(4, '0')}` }));
    const tombs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `gone-${String(i).padStart(4, '0')}`, createdAt: T0, updatedAt: T0, deletedAt: T0 }));
    expect(yearSyncRequest.parse(record([...lives(60), ...tombs(60)], { requestId: 'req-00000001' })).entries).toHaveLength(120);
    expect(refusal(yearSyncRequest, record(lives(61)))).toEqual({ message: '就医记录：一年最多记 60 次就医（现有 61 次）', field: 'entries' });
    expect(refusal(yearSyncRequest, record(tombs(61)))).toEqual({ message: '就医记录：已删除的记录最多保留 60 条（现有 61 条）', field: 'entries' });
    expect(refusal(yearSyncRequest, record([...lives(60), ...tombs(61)]))).toEqual({ message: '就医记录：记录条数过多', field: 'entries' });
  });
});

describe('size: a whole sync stays under the gateway small-body limit', () => {
  /** A big entry (4-byte label, 4 settled payers, 9-digit amounts), its history list then filled up to the byte budget. */
  function biggest(id: string, years: number): Record<string, unknown> {
    const a = '999999999.99';
    return {
      id,
      case: {
        region: 'bazhong',
        date: '2026-12-31',
        scheme: 'resident',
        person: {
          categories: ['illness-impoverished'],
          age: 130,
          conditions: ['mental-illness'],
          insuredYears: Array.from({ length: years }, (_, i) => 2025 - i),
          birthDate: '1900-01-01',
        },
        visit: { type: 'inpatient', facilityLevel: 'township', place: 'temporary-filed', totalCost: a, inScopeCost: a, classBCost: a, referral: false, inProvince: false, transferredFrom: 'township' },
      },
      // 4-byte characters (CJK Extension B): the most bytes 30 characters can take.
      label: '𠀀'.repeat(30),
      settled: { totalCost: a, inScopeCost: a, payments: { basic: '99999999.99', seriousIllness: '99999999.99', assistance: '99999999.99', tiltedAssistance: '99999999.99' } },
      createdAt: '2026-12-31T23:59:59.999Z',
      updatedAt: '2026-12-31T23:59:59.999Z',
    };
  }

  test(`one entry is refused beyond ${MAX_YEAR_ENTRY_BYTES} bytes`, () => {
    const r = yearEntrySchema.safeParse(biggest('x'.repeat(40), 25));
    expect(r.success).toBe(false);
    expect(r.success ? '' : r.error.issues[0].message).toMatch(/^这条就医记录内容过多（\d+ 字节，最多 900 字节），无法保存$/);
  });

  test('60 entries at the byte budget and 60 tombstones, with the request fields, fit in 64 KB', () => {
    // The longest history that still passes: the entry is then within a few bytes of the budget.
    let years = 0;
    while (yearEntrySchema.safeParse(biggest('x'.repeat(40), years + 1)).success) years++;
    const one = biggest('x'.repeat(40), years);
    const bytes = utf8Bytes(JSON.stringify(yearEntrySchema.parse(one)));
    expect(bytes).toBeLessThanOrEqual(MAX_YEAR_ENTRY_BYTES);
    expect(bytes).toBeGreaterThan(MAX_YEAR_ENTRY_BYTES - 6);

    const id = (p: string, i: number) => `${p}${String(i).padStart(2, '0')}`.padEnd(40, 'z');
    const entries = [
      ...Array.from({ length: MAX_YEAR_ENTRIES }, (_, i) => biggest(id('live', i), years)),
      ...Array.from({ length: MAX_YEAR_TOMBSTONES }, (_, i) => ({ id: id('dead', i), createdAt: '2026-12-31T23:59:59.999Z', updatedAt: '2026-12-31T23:59:59.999Z', deletedAt: '2026-12-31T23:59:59.999Z' })),
    ];
    const request = { person: 'f'.repeat(32), year: 2026, entries, requestId: 'r'.repeat(64) };
    const parsed = yearSyncRequest.parse(request) as { entries: YearEntry[] };
    expect(parsed.entries).toHaveLength(120);
    // As the client sends it to the `family` function: the action beside the request's fields.
    const body = utf8Bytes(JSON.stringify({ action: 'yearSync', ...request }));
    expect(body).toBeLessThan(DEFAULT_LIMITS.smallBodyBytes);
    expect(DEFAULT_LIMITS.smallBodyBytes).toBe(65536);
    // Measured when this was written: 64,188 bytes (entries of 899 bytes, tombstones of 166), 1,348 under the limit.
    expect(body).toBeGreaterThan(64000);
    expect(utf8Bytes(JSON.stringify(entries[MAX_YEAR_ENTRIES]))).toBe(166);
  });

  test('a real entry (622 bytes) is well below the budget: a 结算单 of three payers, a 30-character label, two years of history', () => {
    const e = stay({
      id: 'k3x9v2m8q1w7e5r4t6y0',
      label: '巴中市中心医院 心内科 第一次三月住院 结算单已拿到 好的啊',
      case: { ...(stay().case as object), person: { age: 68, categories: ['dibao'], insuredYears: [2024, 2025], zeroClaimYears: [2024] } },
      settled: { totalCost: '55000.00', inScopeCost: '50000.00', payments: { basic: '30000.00', seriousIllness: '3583.20', assistance: '1200.00' } },
    });
    expect([...(e.label as string)]).toHaveLength(30);
    expect(yearEntrySchema.safeParse(e).success).toBe(true);
    expect(utf8Bytes(JSON.stringify(e))).toBe(622);
  });

  test('utf8Bytes counts as Buffer does', () => {
    for (const s of ['abc', '县医院', '𠀀x', 'é', '\ud800']) expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });
});
