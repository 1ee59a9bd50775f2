import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { waiting } from '../../shared/waiting';
import { BAD_DATE, BAD_DATE_ERROR, EMPLOYEE_FIRST, example, WAITING_EXAMPLES } from './waiting-examples';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');

function yibao(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

describe('yibao waiting (CLI contract of issue 5)', () => {
  // One run over the whole array: the examples answer in order, exit 0.
  let answers: Record<string, unknown>[];
  beforeAll(() => {
    const r = yibao(['waiting', '-'], JSON.stringify(WAITING_EXAMPLES.map((e) => e.input)));
    expect(r.status).toBe(0);
    answers = r.json();
  });

  test('an array answers an array of the same length', () => {
    expect(answers).toHaveLength(WAITING_EXAMPLES.length);
  });

  test.each(WAITING_EXAMPLES.map((e, i) => [e.name, i] as const))('004 第三章 十问（二）%s', (_name, i) => {
    const expected = WAITING_EXAMPLES[i];
    const answer = answers[i] as {
      benefitStart: string;
      waitingMonths: number;
      fixedMonths: number;
      variableMonths: number;
      steps: { rule: string; formula: string; source: { doc: string; section: string } }[];
      shorten: unknown;
    };
    expect(answer.benefitStart).toBe(expected.benefitStart);
    expect([answer.waitingMonths, answer.fixedMonths, answer.variableMonths]).toEqual(expected.months);
    if (expected.shorten) expect(answer.shorten).toMatchObject(expected.shorten);
    else expect(answer.shorten).toBeNull();
    // Every step is cited to the handbook.
    expect(answer.steps.length).toBeGreaterThan(0);
    for (const step of answer.steps) expect(step.source.doc).toBe('004_6dc5632ce2988a73.txt');
    // The CLI prints exactly what the shared rules answer.
    expect(answer).toEqual(JSON.parse(JSON.stringify(waiting(expected.input))));
  });

  test('例三: the answer says 2027 must be paid too', () => {
    const answer = answers[WAITING_EXAMPLES.findIndex((e) => e.name.startsWith('例三'))] as { steps: { rule: string; formula: string }[] };
    const step = answer.steps.find((s) => s.rule === '等待期跨入下一年度');
    expect(step?.formula).toContain('须同时缴纳 2027 年度保费');
  });

  test('one case from a file → one result; an employee\'s first enrolment waits 6 months (第二章 六问)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yibao-waiting-'));
    try {
      const file = path.join(dir, 'case.json');
      writeFileSync(file, JSON.stringify(EMPLOYEE_FIRST));
      const r = yibao(['waiting', file]);
      expect(r.status).toBe(0);
      expect(r.json()).toMatchObject({ scheme: 'employee', benefitStart: '2026-11-20', waitingMonths: 6, fixedMonths: 6, shorten: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a case that fails validation exits 2 with a JSON error naming the field, in Chinese', () => {
    const r = yibao(['waiting', '-'], JSON.stringify(BAD_DATE));
    expect(r.status).toBe(2);
    expect(r.json()).toEqual(BAD_DATE_ERROR);
  });

  test('a repair that cannot shorten the wait is refused, not charged for', () => {
    const r = yibao(['waiting', '-'], JSON.stringify({ ...example('例五').input, repairYears: 2 }));
    expect(r.status).toBe(2);
    expect(r.json()).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '修复年数：最多修复 1 年（修复只减少变动待遇等待期）',
      field: 'repairYears',
      reason: '最多修复 1 年（修复只减少变动待遇等待期）',
      path: ['repairYears'],
    });
  });

  test('in an array, the failing case is answered in place with its index and the exit status is 2', () => {
    const r = yibao(['waiting', '-'], JSON.stringify([example('例二').input, BAD_DATE, { ...EMPLOYEE_FIRST, region: 'suizhou' }]));
    expect(r.status).toBe(2);
    const [ok, bad, uncovered] = r.json();
    expect(ok.benefitStart).toBe('2026-04-01');
    expect(bad).toEqual({ ...BAD_DATE_ERROR, index: 1 });
    expect(uncovered).toMatchObject({ ok: false, code: 'NOT_COVERED', field: 'region', index: 2 });
  });

  test('input that is not JSON, or no input named, exits 2 with a Chinese message', () => {
    const r = yibao(['waiting', '-'], '[{');
    expect(r.status).toBe(2);
    expect(r.json()).toEqual({ ok: false, code: 'INVALID_INPUT', message: '输入不是有效的 JSON' });
    const none = yibao(['waiting']);
    expect(none.status).toBe(2);
    expect(none.json()).toMatchObject({ ok: false, message: '请指定输入文件，或用 - 表示从标准输入读取' });
  });

  test('the usage lists the command', () => {
    const r = yibao([]);
    expect(r.status).toBe(0);
    expect(r.err).toContain('yibao waiting <文件|->');
  });
});
