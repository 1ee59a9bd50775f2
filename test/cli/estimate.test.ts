import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { Answer, caseOf, compare, named, rowById, rowsFor } from '../estimate/runner';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');

function yibao(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

// 004 第一章 四十三: 张三 (the row of test/estimate/cases/bazhong.ts)
const ZHANG_SAN_ROW = rowById('bz-zhang-san');
const ZHANG_SAN = ZHANG_SAN_ROW.input as Record<string, unknown> & { visit: Record<string, unknown> };
const CLI_ROWS = rowsFor('cli');

describe('yibao estimate on the table rows marked cli', () => {
  // One run over the whole array: the rows answer in order; a refused row is answered in place (exit 2).
  let status: number | null;
  let answers: Record<string, unknown>[];
  beforeAll(() => {
    const r = yibao(['estimate', '-'], JSON.stringify(CLI_ROWS.map(caseOf)));
    status = r.status;
    answers = r.json();
  });

  test('an array answers an array of the same length; exit 2 exactly when a row is refused', () => {
    expect(answers).toHaveLength(CLI_ROWS.length);
    expect(status).toBe(CLI_ROWS.some((r) => r.expect.error) ? 2 : 0);
  });

  test.each(named(CLI_ROWS).map(([title, row], i) => [title, row, i] as const))('%s', (_title, row, i) => {
    const answer = answers[i] as { ok?: false; index?: number };
    // The CLI prints the result itself, or the refusal in the shared error envelope with its index.
    const wire = (answer.ok === false ? answer : { ok: true, data: answer }) as Answer;
    if (answer.ok === false) expect(answer.index).toBe(i);
    expect(compare(wire, row.expect)).toEqual([]);
  });
});

describe('yibao estimate (CLI contract of issue 2)', () => {
  test('one case from a file → one result (004 第一章 四十三 张三: 统筹 3,690，个人负担 810), with every payer listed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yibao-'));
    const file = path.join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(ZHANG_SAN));
    const r = yibao(['estimate', file]);
    expect(r.status).toBe(0);
    const result = r.json();
    expect(compare({ ok: true, data: result }, ZHANG_SAN_ROW.expect)).toEqual([]);
    // The row lists all seven payers: the answer has exactly those.
    expect(Object.keys(result.payments).sort()).toEqual(Object.keys(ZHANG_SAN_ROW.expect.payments!).sort());
  });

  test('an array from stdin → an array of results in order', () => {
    const r = yibao(['estimate', '-'], JSON.stringify([ZHANG_SAN, { ...ZHANG_SAN, scheme: 'employee' }]));
    expect(r.status).toBe(0);
    expect(r.json().map((x: { payments: { basic: string } }) => x.payments.basic)).toEqual(['3690.00', '3690.00']);
  });

  test('a case that fails validation exits 2 with a JSON error naming the field, in Chinese', () => {
    const bad = { ...ZHANG_SAN, visit: { ...ZHANG_SAN.visit, totalCost: 'abc' } };
    const r = yibao(['estimate', '-'], JSON.stringify(bad));
    expect(r.status).toBe(2);
    expect(r.json()).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '医疗总费用：金额须为不小于 0 的数字，最多两位小数',
      field: 'visit.totalCost',
      reason: '金额须为不小于 0 的数字，最多两位小数',
      path: ['visit', 'totalCost'],
    });
  });

  test('in an array, the failing case is answered in place and the exit status is 2', () => {
    const r = yibao(['estimate', '-'], JSON.stringify([ZHANG_SAN, { ...ZHANG_SAN, date: '2025-13-01' }]));
    expect(r.status).toBe(2);
    const [ok, failed] = r.json();
    expect(ok.payments.basic).toBe('3690.00');
    expect(failed).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'date', index: 1 });
  });

  test('input that is not JSON exits 2 with a Chinese message', () => {
    const r = yibao(['estimate', '-'], '{nope');
    expect(r.status).toBe(2);
    expect(r.json()).toMatchObject({ ok: false, message: '输入不是有效的 JSON' });
  });

  test('yibao regions lists Bazhong with its documents, schemes, visit types and what it does not cover', () => {
    const r = yibao(['regions']);
    expect(r.status).toBe(0);
    const [bazhong] = r.json();
    expect(bazhong).toMatchObject({ id: 'bazhong', schemes: ['resident', 'employee'], visitTypes: ['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'single-pay-drug', 'high-value-drug', 'maternity'] });
    expect(bazhong.documents[0].doc).toBe('004_6dc5632ce2988a73.txt');
    expect(bazhong.notCovered.length).toBeGreaterThan(0);
  });
});
