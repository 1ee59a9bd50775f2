/**
 * Every row of the estimate tables through the rules' public entry, `estimate()`. The CLI, the cloud function
 * and the browser run their marked rows of the same tables (test/cli/estimate.test.ts,
 * test/estimate/function.test.ts, test/browser/estimate.test.ts).
 */
import { existsSync } from 'fs';
import path from 'path';
import { ALL_ROWS, Answer, answerOf, caseOf, compare, named, rowById, rowsFor, TABLES } from './runner';
import { EstimateRow } from './row';
import { DOCUMENTS } from '../../shared/source';

describe.each(TABLES.map((t) => [t.name, t.rows] as const))('%s', (_name, rows) => {
  test.each(named(rows))('%s', (_title, row) => {
    expect(compare(answerOf(caseOf(row)), row.expect)).toEqual([]);
  });
});

/**
 * The policy documents the citations name: always one of shared/source.ts's DOCUMENTS; and, where the seeds are
 * beside the project (../shared/seeds/, absent from a bare clone), a file that is there.
 */
const SEEDS = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
const SEEDS_PRESENT = existsSync(SEEDS);

describe('the tables themselves', () => {
  test('ids are unique; every row has a Chinese title, cites a section of a seeds document and expects something', () => {
    const ids = ALL_ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of ALL_ROWS) {
      expect(row.title).toMatch(/[\u4e00-\u9fa5]/);
      expect(row.source.length).toBeGreaterThan(0);
      for (const s of row.source) {
        expect(s.section.length).toBeGreaterThan(0);
        expect(Object.keys(DOCUMENTS)).toContain(s.doc);
        if (SEEDS_PRESENT) expect(existsSync(path.join(SEEDS, s.doc))).toBe(true);
      }
      expect(Object.keys(row.expect).length).toBeGreaterThan(0);
    }
  });

  test('a row that follows another names an existing row of the same region', () => {
    for (const row of ALL_ROWS.filter((r) => r.after)) expect(rowById(row.after!).input.region).toBe(row.input.region);
  });

  test('every surface has rows of both regions to run', () => {
    for (const surface of ['cli', 'function'] as const) {
      expect(new Set(rowsFor(surface).map((r) => r.input.region))).toEqual(new Set(['bazhong', 'suizhou']));
    }
    expect(rowsFor('browser').length).toBeGreaterThan(0);
  });
});

/** The runner must not pass a wrong row: each kind of expectation, made wrong by one fen or one word, is reported. */
describe('the runner catches a wrong expectation', () => {
  const zhangSan = rowById('bz-zhang-san');
  let answer: Answer;
  beforeAll(() => {
    answer = answerOf(caseOf(zhangSan));
  });
  const wrong = (expectation: EstimateRow['expect']) => compare(answer, expectation);

  test('the right expectation passes', () => {
    expect(compare(answer, zhangSan.expect)).toEqual([]);
  });

  test.each([
    ['a payer one fen off', { payments: { basic: '3690.01' } }],
    ['a payer that pays nothing', { payments: { seriousIllness: '0.01' } }],
    ['个人负担', { personalPay: '809.99' }],
    ['目录外', { outOfScope: '0.00' }],
    ['政策范围内自付', { selfPayInScope: '510.10' }],
    ['基金合计', { fundTotal: '3690.10' }],
    ['the region', { region: 'suizhou' }],
    ['a year-to-date figure', { yearToDateAfter: { basicPaid: '0.00' } }],
    ['an allowance that is not there', { allowance: '500.00' }],
    ['a step amount', { steps: [{ at: 'last' as const, payer: 'patient', amount: '800.00' }] }],
    ['a step payer', { steps: [{ at: 0, payer: 'seriousIllness' }] }],
    ['a step name', { steps: [{ at: 0, payerName: '大病保险' }] }],
    ['a missing step', { steps: [{ payer: 'tiltedAssistance' }] }],
    ['a step that should be absent', { steps: [{ payer: 'basic', absent: true as const }] }],
    ['a phrase of the explanation', { steps: [{ at: 0, says: ['起付线 200.00 元'] }] }],
    ['the whole explanation', { steps: [{ at: 0, formula: '统筹 3,690.00 元' }] }],
    ['the citation section', { steps: [{ at: 0, source: { doc: '004_6dc5632ce2988a73.txt', section: '第三章 十二问' } }] }],
    ['the citation document', { steps: [{ at: 0, source: { doc: '002_711c23464f3dfc1b.txt', section: '第三章 十一问（一）市内住院、（二）市外住院' } }] }],
    ['a step phrase that must not appear', { noStepSays: ['90%'] }],
    ['a note word for word', { notesInclude: ['2026 年标准未公布'] }],
    ['a phrase of the notes', { notesSay: ['不存在的说明'] }],
    ['a note that must start so', { note: { startsWith: '依申请救助' } }],
    ['a refusal expected of a result', { error: { code: 'NOT_COVERED' as const } }],
  ])('%s', (_what, expectation) => {
    expect(wrong(expectation).length).toBeGreaterThan(0);
  });

  test('a refusal: wrong code, field, message or phrase; a result expected of a refusal', () => {
    const refused = answerOf(rowById('bz-chronic-unknown-code').input);
    expect(refused.ok).toBe(false);
    expect(compare(refused, { error: { says: '不在巴中门诊慢性病目录中' } })).toEqual([]);
    expect(compare(refused, { error: { code: 'INVALID_INPUT' } })).toHaveLength(1);
    expect(compare(refused, { error: { field: 'scheme' } })).toHaveLength(1);
    expect(compare(refused, { error: { message: '不在巴中门诊慢性病目录中' } })).toHaveLength(1);
    expect(compare(refused, { error: { says: '请填写亚类' } })).toHaveLength(1);
    expect(compare(refused, { payments: { basic: '0.00' } })).toHaveLength(1);
  });

  test('a row that follows another starts from its year-to-date figures (without them the figure is wrong)', () => {
    const second = rowById('bz-serious-second-stay');
    expect(caseOf(second).yearToDate).toMatchObject({ seriousIllnessSelfPay: '12420.00' });
    expect(compare(answerOf(second.input), second.expect).length).toBeGreaterThan(0);
  });
});

/**
 * Every figure, phrase and citation a row expects is load-bearing: each one alone made wrong (one fen more, one
 * character more, the other error code, a negative phrase made empty, an absence made a presence) fails the row.
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const NEGATIVE = new Set(['noStepSays', 'notesDoNotSay', 'saysNot']);

function wrongened(value: Json, key: string, inNegative: boolean): Json | undefined {
  if (value === null) return '0.01';
  if (typeof value === 'string') {
    if (inNegative) return '';
    if (key === 'code') return value === 'NOT_COVERED' ? 'INVALID_INPUT' : 'NOT_COVERED';
    if (/^-?\d+\.\d\d$/.test(value)) return (Number(value) + 0.01).toFixed(2);
    return `${value}✗`;
  }
  return undefined;
}

/**
 * One copy of `want` per leaf expectation, with that leaf made wrong. `at` only locates a step, and so do a step's
 * payer and a note's start when the expectation is that there is none: those are kept.
 */
const LOCATORS = new Set(['payer', 'payerName', 'startsWith']);
function mutants(want: Json): { path: string; want: Json }[] {
  const out: { path: string; want: Json }[] = [];
  const visit = (node: Json, trail: string[], negative: boolean, replace: (next: Json | undefined) => Json) => {
    const key = trail[trail.length - 1] ?? '';
    if (node && typeof node === 'object') {
      const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
      if (entries.length === 0) out.push({ path: trail.join('.'), want: replace(undefined) });
      for (const [k, v] of entries) {
        if (k === 'at') continue;
        if (LOCATORS.has(k) && (node as Record<string, Json>).absent === true) continue;
        if (k === 'absent') {
          const { absent: _gone, ...rest } = node as Record<string, Json>;
          out.push({ path: [...trail, k].join('.'), want: replace(rest) });
          continue;
        }
        visit(v, [...trail, k], negative || NEGATIVE.has(k), (next) => {
          const copy: Json = Array.isArray(node) ? [...node] : { ...(node as Record<string, Json>) };
          if (next === undefined) delete (copy as Record<string, Json>)[k];
          else (copy as Record<string, Json>)[k] = next;
          return replace(copy);
        });
      }
      return;
    }
    const next = wrongened(node, key, negative);
    if (next !== undefined) out.push({ path: trail.join('.'), want: replace(next) });
  };
  visit(want, [], false, (next) => next as Json);
  return out;
}

describe('every expectation of every row is load-bearing', () => {
  test.each(TABLES.map((t) => [t.name, t.rows] as const))('%s', (_name, rows) => {
    const slack: string[] = [];
    let checked = 0;
    for (const row of rows) {
      const answer = answerOf(caseOf(row));
      for (const m of mutants(row.expect as unknown as Json)) {
        checked += 1;
        if (compare(answer, m.want as unknown as EstimateRow['expect']).length === 0) slack.push(`${row.id}: ${m.path}`);
      }
    }
    expect(slack).toEqual([]);
    expect(checked).toBeGreaterThan(rows.length);
  });
});
