/**
 * Staff imports that one bad file cannot corrupt (issue 11): a cell named like a JavaScript built-in is a bad cell,
 * not a category or a payment kind; files are refused from their size before they are parsed (a zip bomb without
 * inflating it); large files are written in chunks, and a store that fails part-way leaves whole chunks only, with
 * a re-run that completes the file with exactly one row per person and per payment. Files are made here, in temp
 * directories; nothing binary is committed.
 *
 * The 100,000-row import is measured by `npm run bench`; here the same path runs at 20,000 rows (CSV and XLSX) to
 * keep the file well under a minute on a shared 2-core machine.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { z } from 'zod';
import { importRoster, ROSTER_COLUMNS } from '../../server/veteran/import/roster';
import { importPayments, PAYMENT_COLUMNS } from '../../server/veteran/import/payments';
import { ImportInterrupted, ImportRefused } from '../../server/veteran/import/report';
import { CHUNK_ROWS } from '../../server/veteran/import/chunks';
import { IMPORT_LIMITS } from '../../server/veteran/import/limits';
import { readTable } from '../../server/veteran/import/table';
import { addPayment, ledgerId } from '../../server/veteran/ledger';
import type { Store, StoreTx } from '../../server/store/store';
import { errorAnswer } from '../../bin/cli/io';
import { ownValue } from '../../shared/own';
import { unmaskedIds } from '../applications/helpers';
import { ledgerContext } from '../veteran/ledger-helpers';
import { PAYMENT_HEADER, ROSTER_HEADER, crc32, paymentRows, rosterRows, veteran, writeCsv, writeFileIn, writeXlsx, zipBomb, zipOf } from './import-files';
import { parseApplicationRequest } from '../../shared/schemas/application';
import { parseWaiting } from '../../shared/schemas/waiting';
import { parseVeteran } from '../../shared/schemas/veteran';

type Ctx = ReturnType<typeof ledgerContext>;
const BIN = path.resolve(__dirname, '../../bin/yibao.js');

/** Every name a plain object answers to without having it: constructor, toString, __proto__, hasOwnProperty… */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the import to fail');
}

async function storedCounts(ctx: Ctx) {
  return { roster: await ctx.store.count('veteranRoster'), payments: await ctx.store.count('veteranPayments'), ledgers: await ctx.store.count('veteranLedgers') };
}

describe('a cell named like a built-in is a bad cell, never a look-up hit', () => {
  let ctx: Ctx;
  beforeEach(() => (ctx = ledgerContext()));
  afterEach(() => ctx.cleanup());

  test('the shared helper answers only own entries', () => {
    const table: Record<string, string> = { 三属: 'martyr-family' };
    for (const name of PROTO_NAMES) {
      expect(ownValue(table, name)).toBeUndefined();
    }
    expect(ownValue(table, '三属')).toBe('martyr-family');
  });

  // The roster with a 地区 column, so every column is read from the file.
  const rosterHeader = [...ROSTER_HEADER, '地区'];
  const goodRoster = () => rosterRows(3).map((r) => [...r, '阳城']);
  /** Free text is stored as text: a township called "toString" is odd but harmless, and is kept exactly. */
  const ROSTER_TEXT = new Set(['姓名', '县（市、区）', '乡（镇）']);

  test.each(ROSTER_COLUMNS.map((c) => c.header))('roster column %s', async (header) => {
    const col = rosterHeader.indexOf(header);
    const rows = goodRoster();
    const bad = PROTO_NAMES.map((name, k) => {
      const row = [...veteran(10 + k).row, '阳城'];
      row[col] = name;
      return row;
    });
    const file = writeCsv(path.join(ctx.dataDir, 'roster.csv'), [rosterHeader, ...rows, ...bad]);
    if (ROSTER_TEXT.has(header)) {
      const out = await importRoster(ctx, { file, allowErrors: false });
      expect(out.added).toBe(rows.length + bad.length);
      const key = ROSTER_COLUMNS.find((c) => c.header === header)!.id as 'name' | 'county' | 'township';
      for (let k = 0; k < PROTO_NAMES.length; k++) {
        const stored = await ctx.store.getVeteranRoster(ctx.cipher.hash(veteran(10 + k).idNumber));
        expect(stored?.[key]).toBe(PROTO_NAMES[k]);
        expect(stored?.category).toMatch(/^(disabled|martyr-family|demobilized-rural)$/);
      }
      return;
    }
    const e = await failure(importRoster(ctx, { file, allowErrors: false }));
    expect(e).toBeInstanceOf(ImportRefused);
    const errors = (e as ImportRefused).errors;
    // Every proto-named row is refused, on its own line, under the column's name, in Chinese.
    const lines = bad.map((_, k) => 2 + rows.length + k);
    expect([...new Set(errors.map((x) => x.line))]).toEqual(lines);
    for (const x of errors) expect([x.column, x.message.startsWith(`第 ${x.line} 行：${header}：`)]).toEqual([header, true]);
    for (const x of errors) expect(x.message).not.toMatch(/function|native code|\[object/);
    expect(unmaskedIds((e as ImportRefused).toJSON())).toEqual([]);
    expect(await storedCounts(ctx)).toEqual({ roster: 0, payments: 0, ledgers: 0 });
  });

  test('--region constructor is an unknown region', async () => {
    const file = writeCsv(path.join(ctx.dataDir, 'roster.csv'), [ROSTER_HEADER, ...rosterRows(2)]);
    for (const region of PROTO_NAMES) {
      const e = await failure(importRoster(ctx, { file, region, allowErrors: false }));
      expect(e.message).toBe(`--region：未知的地区“${region}”，可用 yangcheng（阳城县）或 guangxi（广西）`);
    }
    expect(await ctx.store.count('veteranRoster')).toBe(0);
  });

  /** The payment list's free text: a hospital or voucher number called "valueOf" is kept as written. */
  const PAYMENT_TEXT = new Set(['医院', '单据号']);

  test.each(PAYMENT_COLUMNS.map((c) => c.header))('payment column %s', async (header) => {
    await importRoster(ctx, { file: writeCsv(path.join(ctx.dataDir, 'roster.csv'), [ROSTER_HEADER, ...rosterRows(PROTO_NAMES.length + 3)]), region: 'yangcheng', allowErrors: false });
    const col = PAYMENT_HEADER.indexOf(header);
    const all = paymentRows(PROTO_NAMES.length + 3);
    const rows = all.slice(0, 3);
    const bad = all.slice(3).map((r, k) => {
      const row = [...r];
      row[col] = PROTO_NAMES[k];
      return row;
    });
    const file = writeCsv(path.join(ctx.dataDir, 'payments.csv'), [PAYMENT_HEADER, ...rows, ...bad]);
    if (PAYMENT_TEXT.has(header)) {
      const out = await importPayments(ctx, { file, allowErrors: false });
      expect(out.recorded.inpatientSubsidy).toBe(all.length);
      return;
    }
    const e = await failure(importPayments(ctx, { file, allowErrors: false }));
    expect(e).toBeInstanceOf(ImportRefused);
    const errors = (e as ImportRefused).errors;
    expect([...new Set(errors.map((x) => x.line))]).toEqual(bad.map((_, k) => 2 + rows.length + k));
    for (const x of errors) expect([x.column, x.message.startsWith(`第 ${x.line} 行：${header}：`)]).toEqual([header, true]);
    for (const x of errors) expect(x.message).not.toMatch(/function|native code|\[object/);
    expect(await storedCounts(ctx)).toEqual({ roster: PROTO_NAMES.length + 3, payments: 0, ledgers: 0 });
  });

  test('补助类型 constructor: the 1,029,000 元 row of the issue is left out even with --allow-errors; the ledger stays empty', async () => {
    await importRoster(ctx, { file: writeCsv(path.join(ctx.dataDir, 'roster.csv'), [ROSTER_HEADER, ...rosterRows(1)]), region: 'yangcheng', allowErrors: false });
    const v = veteran(0);
    const file = writeCsv(path.join(ctx.dataDir, 'p.csv'), [PAYMENT_HEADER, [v.name, v.idNumber, 'constructor', '一站式', '2026-08-03', '1029000', '阳城县人民医院', '']]);
    const out = await importPayments(ctx, { file, allowErrors: true });
    expect(out.recorded).toEqual({ outpatientAllowance: 0, inpatientSubsidy: 0 });
    expect(out.errors.map((x) => x.message)).toEqual(['第 2 行：补助类型：“constructor”不是可用的取值（可填：定额门诊补助、住院补助）']);
    expect(await storedCounts(ctx)).toEqual({ roster: 1, payments: 0, ledgers: 0 });
  });

  test('yibao constructor / toString: the usage, exit 2, no crash', () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const r = spawnSync(process.execPath, [BIN, word], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('用法：');
      expect(r.stderr).not.toMatch(/TypeError|at .*\.js/);
    }
  });
});

describe('own-property look-ups outside the imports', () => {
  // The field-label tables name a field in a message. A field called like a built-in (a schema key, or one day a
  // record's key) must not be named "function Object() { [native code] }".
  test.each([
    ['applications', parseApplicationRequest],
    ['waiting', parseWaiting],
    ['veteran', parseVeteran],
  ] as const)('the %s field labels', (_module, parse) => {
    for (const name of PROTO_NAMES.filter((n) => n !== '__proto__')) {
      const schema = z.object({ [name]: z.string() }).strict();
      let message = '';
      try {
        parse(schema, { [name]: 1 });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toBe(`${name}：类型不正确`);
    }
  });
});

describe('sizes are checked before anything is parsed', () => {
  let ctx: Ctx;
  beforeEach(() => (ctx = ledgerContext()));
  afterEach(() => ctx.cleanup());

  test('a file over 20 MB is refused from its size alone', async () => {
    const file = path.join(ctx.dataDir, 'huge.csv');
    // A sparse file: its size says 21 MB and reading it would take the time; the size check must come first.
    fs.closeSync(fs.openSync(file, 'w'));
    fs.truncateSync(file, 21 * 1024 * 1024);
    const e = await failure(importRoster(ctx, { file, region: 'yangcheng', allowErrors: false }));
    expect(e.message).toBe('文件太大（21.0 MB），最大 20 MB。请确认选对了文件；名册或发放名单过大时，请按乡（镇）分成几个文件分别导入');
    expect(await ctx.store.count('veteranRoster')).toBe(0);
  });

  test('a CSV over 200,000 rows is refused while it is read; blank lines do not count', async () => {
    const over = '姓名\r\n' + '\r\n'.repeat(50_000) + 'x\r\n'.repeat(IMPORT_LIMITS.rows + 1);
    const e = await failure(readTable(writeFileIn(ctx.dataDir, 'rows.csv', over)));
    expect(e.message).toBe('行数超过 200,000 行，没有导入任何数据。请确认选对了文件；确需导入时，请按乡（镇）分成几个文件分别导入');
    const exactly = '姓名\r\n' + '\r\n'.repeat(50_000) + 'x\r\n'.repeat(IMPORT_LIMITS.rows);
    expect((await readTable(writeFileIn(ctx.dataDir, 'rows.csv', exactly))).rows).toHaveLength(IMPORT_LIMITS.rows);
  });

  test('a row of more than 1,000 cells is refused (CSV and XLSX)', async () => {
    const wide = ['姓名', ...Array.from({ length: 1000 }, (_, i) => `列${i}`)];
    const csvError = await failure(readTable(writeCsv(path.join(ctx.dataDir, 'wide.csv'), [wide])));
    expect(csvError.message).toBe('第 1 行的列数超过 1,000 列，请确认选对了文件');
    const xlsxError = await failure(readTable(await writeXlsx(path.join(ctx.dataDir, 'wide.xlsx'), [wide])));
    expect(xlsxError.message).toBe('第 1 行的列数超过 1,000 列，请确认选对了文件');
  });

  /** A one-sheet workbook whose sheet is given rows of inline strings, deflated here. */
  function sheetZip(rows: number, claim?: (size: number) => number): Buffer {
    const parts: [string, string][] = [
      ['xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>'],
      ['xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
      [
        'xl/worksheets/sheet1.xml',
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from(
          { length: rows },
          (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${i === 0 ? '姓名' : 'x'}</t></is></c></row>`,
        ).join('')}</sheetData></worksheet>`,
      ],
    ];
    return zipOf(
      parts.map(([name, text]) => {
        const raw = Buffer.from(text);
        return { name, data: zlib.deflateRawSync(raw), crc: crc32(raw), size: raw.length };
      }),
      claim ? (e) => claim(e.size) : undefined,
    );
  }

  test('an XLSX over 200,000 rows is refused while it is read', async () => {
    const e = await failure(readTable(writeFileIn(ctx.dataDir, 'rows.xlsx', sheetZip(IMPORT_LIMITS.rows + 2))));
    expect(e.message).toBe('行数超过 200,000 行，没有导入任何数据。请确认选对了文件；确需导入时，请按乡（镇）分成几个文件分别导入');
    expect((await readTable(writeFileIn(ctx.dataDir, 'ok.xlsx', sheetZip(3)))).rows.map((r) => r.cells)).toEqual([['x'], ['x']]);
  });

  test('the zip directory: too many parts, a part or the whole too large by its own claim, a ratio only a bomb has', async () => {
    const tiny = (name: string) => ({ name, data: zlib.deflateRawSync(Buffer.from('<x/>')), crc: 0, size: 4 });
    const many = zipOf(Array.from({ length: IMPORT_LIMITS.zipEntries + 1 }, (_, i) => tiny(`xl/media/image${i}.png`)));
    expect((await failure(readTable(writeFileIn(ctx.dataDir, 'many.xlsx', many)))).message).toContain('文件太大：这个 Excel 文件包含 1,001 个部分');
    // Claims alone are enough to refuse: the data is four bytes, nothing is inflated.
    const big = zipOf([tiny('xl/worksheets/sheet1.xml')], () => IMPORT_LIMITS.entryBytes + 1);
    expect((await failure(readTable(writeFileIn(ctx.dataDir, 'big.xlsx', big)))).message).toContain('其中一个部分解压后有 128 MB');
    const whole = zipOf([tiny('a.xml'), tiny('b.xml'), tiny('c.xml')], () => 100 * 1024 * 1024, () => 10 * 1024 * 1024);
    expect((await failure(readTable(writeFileIn(ctx.dataDir, 'whole.xlsx', whole)))).message).toContain('解压后超过 256 MB');
    const ratio = zipOf([tiny('xl/sharedStrings.xml')], () => 2 * 1024 * 1024);
    expect((await failure(readTable(writeFileIn(ctx.dataDir, 'ratio.xlsx', ratio)))).message).toMatch(/其中一个部分解压后是压缩时的 \d+ 倍/);
    // A part that inflates past its claim stops at the claim.
    const lying = sheetZip(1000, () => 200);
    expect((await failure(readTable(writeFileIn(ctx.dataDir, 'lying.xlsx', lying)))).message).toBe(
      '无法读取这个 Excel 文件：其中一部分解压后比文件自己记录的大小更大（文件已损坏，或是有意制作的），没有读取',
    );
    const truncated = sheetZip(10).subarray(0, 300);
    expect((await failure(readTable(writeFileIn(ctx.dataDir, 'cut.xlsx', truncated)))).message).toBe('无法读取这个 Excel 文件，请确认是 .xlsx 格式且没有加密');
  });

  test.each([
    ['claims its real size', false],
    ['claims to be 100 KB', true],
  ])('a zip bomb (a 1.2 MB XLSX whose sheet inflates to 261 MB) that %s is refused at once, in a CLI held to 96 MB of heap', async (_what, lie) => {
    const file = writeFileIn(ctx.dataDir, 'bomb.xlsx', await zipBomb(261, { lie }));
    expect(fs.statSync(file).size).toBeLessThan(1.5 * 1024 * 1024);
    const r = spawnSync(process.execPath, ['--max-old-space-size=96', BIN, 'staff', 'import-roster', file, '--region', 'yangcheng'], {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: ctx.dataDir },
    });
    // Exit 2 with the structured answer: not killed for running out of heap, no stack trace.
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/heap|FATAL|Error|\n\s+at /);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(JSON.parse(r.stdout).message).toMatch(lie ? /^无法读取这个 Excel 文件：其中一部分解压后比文件自己记录的大小更大/ : /^文件太大：这个 Excel 文件其中一个部分解压后有 261 MB/);
    expect(await ctx.store.count('veteranRoster')).toBe(0);
  });
});

/** Like a full disk: the error a write gets when the device has no space left. */
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** A transaction whose writes fail like a full disk after the first `writes` (the earlier ones do reach SQLite). */
function fullDiskAfter(tx: StoreTx, writes: number): StoreTx {
  let done = 0;
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function' || !/^(put|insert|update|append)/.test(prop)) return value;
      return async (...args: unknown[]) => {
        if (++done > writes) throw enospc();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/**
 * The context's store with its transactions counted; transaction number `failOn` fails part-way like a full disk,
 * and `before` runs ahead of each transaction (another staff action meanwhile).
 */
function instrumented(ctx: Ctx, options: { failOn?: number; writesBeforeFailure?: number; before?: (n: number) => Promise<void> } = {}) {
  let transactions = 0;
  const store: Store = Object.create(ctx.store);
  store.transaction = async <T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> => {
    transactions++;
    await options.before?.(transactions);
    if (transactions !== options.failOn) return ctx.store.transaction(fn);
    return ctx.store.transaction((tx) => fn(fullDiskAfter(tx, options.writesBeforeFailure ?? 25)));
  };
  return { ctx: { ...ctx, store }, transactions: () => transactions };
}

describe('large files are written in chunks; a failure part-way loses whole chunks only, and a re-run completes the file', () => {
  let ctx: Ctx;
  beforeEach(() => (ctx = ledgerContext()));
  afterEach(() => ctx.cleanup());

  // Issue 11 names a 100k-row XLSX; the CSV path shares the chunked writer and is kept smaller for time.
  test.each([
    ['csv', 20_000],
    ['xlsx', 100_000],
  ] as const)(`a roster (%s) of %d rows: every person once, in chunks of ${CHUNK_ROWS}`, async (format, ROWS) => {
    const rows = [ROSTER_HEADER, ...rosterRows(ROWS)];
    const file = format === 'csv' ? writeCsv(path.join(ctx.dataDir, 'big.csv'), rows) : await writeXlsx(path.join(ctx.dataDir, 'big.xlsx'), rows);
    const run = instrumented(ctx);
    const out = await importRoster(run.ctx, { file, region: 'yangcheng', allowErrors: false });
    expect(out).toMatchObject({ ok: true, format, rows: ROWS, added: ROWS, updated: 0, unchanged: 0, errors: [] });
    expect(run.transactions()).toBe(Math.ceil(ROWS / CHUNK_ROWS));
    expect(await ctx.store.count('veteranRoster')).toBe(ROWS);
    for (const i of [0, 1, 4999, ROWS - 1]) {
      const v = veteran(i);
      const stored = await ctx.store.getVeteranRoster(ctx.cipher.hash(v.idNumber));
      expect([stored?.name, stored?.township, stored?.category]).toEqual([v.row[0], v.row[6], i % 5 === 0 ? 'disabled' : i % 2 === 0 ? 'demobilized-rural' : 'martyr-family']);
    }
  }, 180_000);

  test('the roster: the disk fills up in the third chunk; the report says how far it got; a re-run completes it', async () => {
    const n = 5 * CHUNK_ROWS;
    const file = writeCsv(path.join(ctx.dataDir, 'roster.csv'), [ROSTER_HEADER, ...rosterRows(n)]);
    const run = instrumented(ctx, { failOn: 3 });
    const e = await failure(importRoster(run.ctx, { file, region: 'yangcheng', allowErrors: false }));
    expect(e).toBeInstanceOf(ImportInterrupted);
    const firstUnwritten = 2 + 2 * CHUNK_ROWS; // line 1 is the header
    expect(e.message).toBe(`名册导入中断：磁盘空间已满。已写入 400 行（共 1000 行），从第 ${firstUnwritten} 行起没有写入。问题解决后重新导入同一份文件即可继续，已写入的行不会重复。`);
    expect(errorAnswer(e)).toEqual({ ok: false, code: 'IMPORT_INTERRUPTED', message: e.message, written: 400, total: 1000, line: firstUnwritten, resumable: true });
    // Two whole chunks; none of the third, though 25 of its writes had reached the database.
    expect(await ctx.store.count('veteranRoster')).toBe(2 * CHUNK_ROWS);
    expect(await ctx.store.getVeteranRoster(ctx.cipher.hash(veteran(2 * CHUNK_ROWS - 1).idNumber))).not.toBeNull();
    expect(await ctx.store.getVeteranRoster(ctx.cipher.hash(veteran(2 * CHUNK_ROWS).idNumber))).toBeNull();

    const again = await importRoster(ctx, { file, region: 'yangcheng', allowErrors: false });
    expect(again).toMatchObject({ added: n - 2 * CHUNK_ROWS, updated: 2 * CHUNK_ROWS, unchanged: 0 });
    expect(await ctx.store.count('veteranRoster')).toBe(n);
    for (let i = 0; i < n; i++) expect(await ctx.store.getVeteranRoster(ctx.cipher.hash(veteran(i).idNumber))).not.toBeNull();
  });

  test('the payment list: the disk fills up in the second chunk; a re-run records each payment once and each ledger adds up', async () => {
    const n = 5 * CHUNK_ROWS;
    await importRoster(ctx, { file: writeCsv(path.join(ctx.dataDir, 'roster.csv'), [ROSTER_HEADER, ...rosterRows(n)]), region: 'yangcheng', allowErrors: false });
    const rows = paymentRows(n);
    const file = writeCsv(path.join(ctx.dataDir, 'payments.csv'), [PAYMENT_HEADER, ...rows]);
    const run = instrumented(ctx, { failOn: 2, writesBeforeFailure: 31 });
    const e = await failure(importPayments(run.ctx, { file, allowErrors: false }));
    expect(e).toBeInstanceOf(ImportInterrupted);
    expect(e.message).toBe(`发放名单导入中断：磁盘空间已满。已写入 200 行（共 1000 行），从第 ${2 + CHUNK_ROWS} 行起没有写入。问题解决后重新导入同一份文件即可继续，已写入的行不会重复。`);
    expect(await storedCounts(ctx)).toEqual({ roster: n, payments: CHUNK_ROWS, ledgers: CHUNK_ROWS });

    const again = await importPayments(ctx, { file, allowErrors: false });
    expect(again).toMatchObject({ recorded: { outpatientAllowance: 0, inpatientSubsidy: n - CHUNK_ROWS }, unchanged: CHUNK_ROWS, errors: [] });
    expect(await storedCounts(ctx)).toEqual({ roster: n, payments: n, ledgers: n });
    for (let i = 0; i < n; i++) {
      const hash = ctx.cipher.hash(veteran(i).idNumber);
      const ledger = await ctx.store.getVeteranLedger(ledgerId(hash, 2026));
      expect([ledger?.inpatientCount, ledger?.inpatientPaid]).toEqual([1, Number(rows[i][5]).toFixed(2)]);
    }
    expect(await importPayments(ctx, { file, allowErrors: false })).toMatchObject({ recorded: { outpatientAllowance: 0, inpatientSubsidy: 0 }, unchanged: n });
    expect(await ctx.store.count('veteranPayments')).toBe(n);
  });

  test('a claim accepted between the check and the write cannot take the year past its cap: the chunk is undone', async () => {
    await importRoster(ctx, { file: writeCsv(path.join(ctx.dataDir, 'roster.csv'), [ROSTER_HEADER, ...rosterRows(2)]), region: 'yangcheng', allowErrors: false });
    const v = veteran(1); // 三属: the 3 万 cap applies
    const hash = ctx.cipher.hash(v.idNumber);
    const file = writeCsv(path.join(ctx.dataDir, 'p.csv'), [
      PAYMENT_HEADER,
      [v.name, v.idNumber, '住院补助', '一站式', '2026-03-02', '20000', '阳城县人民医院', 'A'],
      [v.name, v.idNumber, '住院补助', '一站式', '2026-06-02', '9000', '阳城县人民医院', 'B'],
    ]);
    // Checked against an empty ledger (29,000 ≤ 30,000); then, before the first chunk, staff accept a 5,000 claim.
    const run = instrumented(ctx, {
      before: async (n) => {
        if (n !== 1) return;
        await ctx.store.transaction((tx) =>
          addPayment(
            tx,
            { id: 'claim-meanwhile', idHash: hash, year: 2026, kind: 'inpatientSubsidy', route: 'nonOneStop', date: '2026-05-01', amount: '5000.00', hospital: '太原市某医院', reference: null, applicationId: 'app-meanwhile', importId: null, recordedBy: '王经办', recordedAt: '2026-11-20T02:00:00.000Z' },
            '2026-11-20T02:00:00.000Z',
          ),
        );
      },
    });
    const e = await failure(importPayments(run.ctx, { file, allowErrors: false }));
    expect(e).toBeInstanceOf(ImportInterrupted);
    expect(e.message).toBe(
      '发放名单导入中断：写入时发现第 3 行的数据已被其他操作改变（2026 年住院医疗补助累计将达 34,000.00 元，超过年最高限额 30,000.00 元）。已写入 0 行（共 2 行），从第 2 行起没有写入。问题解决后重新导入同一份文件即可继续，已写入的行不会重复。',
    );
    expect(await ctx.store.getVeteranLedger(ledgerId(hash, 2026))).toMatchObject({ inpatientPaid: '5000.00', inpatientCount: 1 });
    expect(await ctx.store.count('veteranPayments')).toBe(1);
    // Run again, the file is checked against the ledger as it is now: the row past the cap is refused by line.
    const refused = await failure(importPayments(ctx, { file, allowErrors: false }));
    expect((refused as ImportRefused).errors.map((x) => x.message)).toEqual([
      '第 3 行：金额：2026 年住院医疗补助累计将达 34,000.00 元（此前 25,000.00 元），超过年最高限额 30,000.00 元（000 第四条（三）1）',
    ]);
  });
});
