/**
 * Loading the county's roster (名册) and payment list (发放名单), issue 6: CSV and XLSX, every bad row reported with
 * its line number in Chinese, nothing imported from a file with errors unless asked, ID numbers checked, stored
 * sealed and never printed unmasked.
 */
import fs from 'fs';
import { importRoster } from '../../server/veteran/import/roster';
import { importPayments } from '../../server/veteran/import/payments';
import { ledgerId } from '../../server/veteran/ledger';
import { ImportRefused } from '../../server/veteran/import/report';
import { unmaskedIds } from '../applications/helpers';
import { LI, NOW, PAYMENT_HEADER, QIAN, ROSTER_HEADER, WANG, ZHAO, csv, ledgerContext, rosterRows, writeFile, xlsx } from './ledger-helpers';

type Ctx = ReturnType<typeof ledgerContext>;

async function refusal(p: Promise<unknown>): Promise<ImportRefused> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportRefused) return e;
    throw e;
  }
  throw new Error('expected ImportRefused');
}

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('import-roster', () => {
  let ctx: Ctx;
  beforeEach(() => (ctx = ledgerContext()));
  afterEach(() => ctx.cleanup());

  const rosterFile = (rows: string[][], name = 'roster.csv') => writeFile(ctx.dataDir, name, csv([ROSTER_HEADER, ...rows]));

  test('a name is held to the rules of a typed name: an invisible character is refused, a decomposed one stored as NFC', async () => {
    const [li, zhao] = rosterRows();
    const hidden = [...li];
    hidden[0] = '李\u200b复员';
    const e = await refusal(importRoster(ctx, { file: rosterFile([hidden]), region: 'yangcheng', allowErrors: false }));
    expect(e.errors.map((x) => x.message)).toEqual(['第 2 行：姓名：含有不可见字符或控制字符，请重新输入']);
    expect(await ctx.store.count('veteranRoster')).toBe(0);
    // "Zoë" typed as o + combining diaeresis on one machine is the same name as the precomposed one on another.
    const decomposed = [...zhao];
    decomposed[0] = '赵Zoe\u0308';
    await importRoster(ctx, { file: rosterFile([decomposed]), region: 'yangcheng', allowErrors: false });
    expect((await ctx.store.getVeteranRoster(ctx.cipher.hash(ZHAO.idNumber)))?.name).toBe('赵Zo\u00eb');
  });

  test('a CSV roster: each person stored once, keyed by the ID hash, the number sealed; the answer shows no ID number', async () => {
    const out = await importRoster(ctx, { file: rosterFile(rosterRows()), region: 'yangcheng', staff: '王经办', allowErrors: false });
    expect(out).toMatchObject({ ok: true, kind: 'roster', format: 'csv', rows: 4, added: 4, updated: 0, unchanged: 0, errors: [] });
    const li = await ctx.store.getVeteranRoster(ctx.cipher.hash(LI.idNumber));
    expect(li).toMatchObject({ name: '李复员', region: 'yangcheng', category: 'demobilized-rural', disabilityGrade: null, township: '凤城镇', rosterYear: 2026, importedBy: '王经办' });
    expect(li?.idNumber.masked).toBe('140522********' + LI.idNumber.slice(-4));
    expect(ctx.cipher.open(li!.idNumber)).toBe(LI.idNumber);
    const wang = await ctx.store.getVeteranRoster(ctx.cipher.hash(WANG.idNumber));
    expect(wang).toMatchObject({ category: 'disabled', disabilityGrade: 5, cause: 'war' });
    expect(unmaskedIds(out)).toEqual([]);
    // No plain ID number anywhere in the database file.
    const raw = fs.readFileSync(`${ctx.dataDir}/yibao.sqlite`).toString('latin1') + fs.readFileSync(`${ctx.dataDir}/yibao.sqlite-wal`).toString('latin1');
    expect(raw).not.toContain(LI.idNumber);

    const again = await importRoster(ctx, { file: rosterFile(rosterRows()), region: 'yangcheng', allowErrors: false });
    expect(again).toMatchObject({ added: 0, updated: 4 });
    expect(await ctx.store.count('veteranRoster')).toBe(4);
  });

  test('every bad row is reported with its line number in Chinese, and nothing is imported', async () => {
    const rows = [
      ...rosterRows(), // lines 2–5
      ['孙错号', LI.idNumber.slice(0, 17) + (LI.idNumber[17] === '1' ? '2' : '1'), '在乡复员军人', '', '', '阳城县', '凤城镇', '2026'], // 6: check digit
      ['周类别', '11010519491231002X', '退伍军人', '', '', '阳城县', '凤城镇', '2026'], // 7: unknown category
      ['吴残', '110105194912310038', '残疾军人', '', '', '阳城县', '凤城镇', '2026'], // 8: no grade
      ['郑病', '110105195001010012', '残疾军人', '八级', '因病', '阳城县', '凤城镇', '2026'], // 9: 因病 八级, 000 第二条
      [LI.name, LI.idNumber, '在乡复员军人', '', '', '阳城县', '凤城镇', '2026'], // 10: duplicate of line 2
      ['冯无镇', '11010519500202001X', '三属', '', '', '阳城县', '', '2026'], // 11: township empty
      ['陈年份', '110105195003030017', '三属', '', '', '阳城县', '凤城镇', '2099'], // 12: year
    ];
    const e = await refusal(importRoster(ctx, { file: rosterFile(rows), region: 'yangcheng', allowErrors: false }));
    expect(e.message).toBe('名册有 7 行有误，没有导入任何数据。请改正后重新导入；如只导入正确的行，加 --allow-errors。');
    expect(e.errors.map((x) => x.line)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(e.errors.map((x) => x.message)).toEqual([
      '第 6 行：身份证号：校验位不正确，请逐位核对',
      '第 7 行：优抚类别：“退伍军人”不是可用的取值（可填：残疾军人、三属、在乡复员军人、带病回乡退役军人、参战参试退役人员）',
      '第 8 行：残疾等级：残疾军人须填写残疾等级（1 到 10 级）',
      '第 9 行：致残原因：因病七至十级残疾军人不属于阳城县实施细则所称优抚对象（000 第二条：因战、因公七至十级）',
      '第 10 行：身份证号：与第 2 行是同一个身份证号，每人只能有一行',
      '第 11 行：乡（镇）：不能为空',
      '第 12 行：名册年度：“2099”不是有效的年度（2000 年至 2027 年），例如 2026',
    ]);
    expect(unmaskedIds(e.toJSON())).toEqual([]);
    expect(await ctx.store.count('veteranRoster')).toBe(0);

    const partial = await importRoster(ctx, { file: rosterFile(rows), region: 'yangcheng', allowErrors: true });
    expect(partial).toMatchObject({ added: 4 });
    expect(partial.errors).toHaveLength(7);
    expect(await ctx.store.count('veteranRoster')).toBe(4);
  });

  test('a quoted cell spanning two lines keeps the line numbers of the file', async () => {
    // (Across two lines in the 乡（镇） cell: a name with a line break is refused as a name, see above.)
    const rows = [[LI.name, LI.idNumber, '在乡复员军人', '', '', '阳城县', '"凤城\n镇"', '2026'].join(','), ['赵三属', 'bad', '三属', '', '', '阳城县', '北留镇', '2026'].join(',')];
    const file = writeFile(ctx.dataDir, 'multiline.csv', [ROSTER_HEADER.join(','), ...rows].join('\n'));
    const e = await refusal(importRoster(ctx, { file, region: 'yangcheng', allowErrors: false }));
    expect(e.errors.map((x) => x.line)).toEqual([4]);
  });

  test('a missing required column, an unknown region, or no region at all stops the whole file', async () => {
    const noTownship = writeFile(ctx.dataDir, 'a.csv', csv([['姓名', '身份证号', '优抚类别', '名册年度'], [LI.name, LI.idNumber, '在乡复员军人', '2026']]));
    expect(await rejection(importRoster(ctx, { file: noTownship, region: 'yangcheng', allowErrors: true }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: '名册第 1 行（列名）缺少必填的列：“乡（镇）”。第一行应是列名，必填的列有：姓名、身份证号、优抚类别、乡（镇）、名册年度',
    });
    expect(await rejection(importRoster(ctx, { file: rosterFile(rosterRows()), allowErrors: false }))).toMatchObject({
      message: '名册没有“地区”列：请用 --region 指定名册所属地区（yangcheng 阳城县，或 guangxi 广西）',
    });
    expect((await rejection(importRoster(ctx, { file: rosterFile(rosterRows()), region: 'bazhong', allowErrors: false }))).message).toContain('未知的地区');
    expect(await rejection(importRoster(ctx, { file: `${ctx.dataDir}/nope.csv`, region: 'yangcheng', allowErrors: false }))).toMatchObject({ message: '无法读取文件：nope.csv' });
    expect(await ctx.store.count('veteranRoster')).toBe(0);
  });

  test('an XLSX roster with a 地区 column; header aliases; an ID number typed as a number is refused with how to fix it', async () => {
    const header = ['序号', '姓名*', '身份证号码', '人员类别', '伤残等级', '伤残性质', '县', '乡镇', '年度', '地区'];
    const file = writeFile(
      ctx.dataDir,
      'roster.xlsx',
      await xlsx([
        header,
        [1, LI.name, LI.idNumber, '在乡复员军人', null, null, '阳城县', '凤城镇', 2026, '阳城'],
        [2, WANG.name, WANG.idNumber, '残疾军人', 5, '因战', '阳城县', '凤城镇', 2026, '阳城'],
        // 110105195004040014 typed into a number cell: Excel keeps 15 significant digits, the last three are gone.
        [3, '黄数字', 110105195004040000, '三属', null, null, '阳城县', '凤城镇', 2026, '阳城'],
        [4, '韦桂', '450103197001010017', '残疾军人', '四级', '因公', null, '青秀区', 2026, '广西'],
        [5, '蓝桂', '450103197202020019', '在乡复员军人', null, null, null, '青秀区', 2026, '广西'],
      ]),
    );
    const e = await refusal(importRoster(ctx, { file, allowErrors: false }));
    expect(e.errors.map((x) => x.message)).toEqual([
      '第 4 行：身份证号：该单元格是数字格式，Excel 只保留 15 位有效数字，身份证号的后几位已经丢失；请把这一列设为“文本”格式后重新填写',
      '第 6 行：优抚类别：广西的实施办法只适用于残疾退役军人（001 第二条）；其他优抚对象在广西的医疗补助暂未收录',
    ]);
    const out = await importRoster(ctx, { file, allowErrors: true });
    expect(out).toMatchObject({ format: 'xlsx', rows: 5, added: 3, ignoredColumns: ['序号'] });
    expect(await ctx.store.getVeteranRoster(ctx.cipher.hash('450103197001010017'))).toMatchObject({ region: 'guangxi', disabilityGrade: 4, cause: 'duty', county: null });
  });

  test('an XLSX: the first tab with rows is read, whatever order its sheet files are in; rich text and a formula\'s cached result read as text', async () => {
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('说明'); // the first tab, empty
    const old = wb.addWorksheet('旧名册'); // sheet2.xml, but the last tab
    old.addRow(ROSTER_HEADER);
    old.addRow([ZHAO.name, ZHAO.idNumber, ZHAO.category, null, null, '阳城县', '北留镇', '2025']);
    const current = wb.addWorksheet('名册'); // sheet3.xml, the second tab
    current.addRow(ROSTER_HEADER);
    current.addRow([{ richText: [{ text: '李' }, { text: '复员' }] }, LI.idNumber, LI.category, null, null, '阳城县', { formula: '"凤城"&"镇"', result: '凤城镇' }, 2026]);
    // The tab order (exceljs keeps it as orderNo, untyped); the sheet files keep the order the sheets were added in.
    Object.assign(notes, { orderNo: 0 });
    Object.assign(current, { orderNo: 1 });
    Object.assign(old, { orderNo: 2 });
    const file = writeFile(ctx.dataDir, 'tabs.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const out = await importRoster(ctx, { file, region: 'yangcheng', allowErrors: false });
    expect(out).toMatchObject({ format: 'xlsx', rows: 1, added: 1 });
    expect(await ctx.store.getVeteranRoster(ctx.cipher.hash(LI.idNumber))).toMatchObject({ name: '李复员', township: '凤城镇', rosterYear: 2026 });
    expect(await ctx.store.getVeteranRoster(ctx.cipher.hash(ZHAO.idNumber))).toBeNull();
  });

  test('a CSV saved by Excel on a Chinese Windows (GB18030) reads the same', async () => {
    const text = csv([ROSTER_HEADER, ...rosterRows()]);
    // GB18030 bytes for the text, made with the decoder's inverse: iconv is not a dependency, so encode by table.
    const gbk = encodeGb18030(text);
    const file = writeFile(ctx.dataDir, 'gbk.csv', gbk);
    const out = await importRoster(ctx, { file, region: 'yangcheng', allowErrors: false });
    expect(out.added).toBe(4);
    expect((await ctx.store.getVeteranRoster(ctx.cipher.hash(ZHAO.idNumber)))?.name).toBe('赵三属');
  });

  test('an entry from an older year\'s roster does not replace a newer one', async () => {
    const newer = rosterRows().map((r) => r.map((c, i) => (i === 7 ? '2027' : i === 6 && r[0] === LI.name ? '北留镇' : c)));
    await importRoster(ctx, { file: rosterFile(newer), region: 'yangcheng', allowErrors: false });
    const out = await importRoster(ctx, { file: rosterFile(rosterRows()), region: 'yangcheng', allowErrors: false });
    expect(out).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    expect((await ctx.store.getVeteranRoster(ctx.cipher.hash(LI.idNumber)))?.township).toBe('北留镇');
  });
});

/** Encodes the few characters these tests use into GB18030 via TextDecoder's own table (a brute-force inverse). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Buffer.from([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
}

describe('import-payments', () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = ledgerContext();
    await importRoster(ctx, { file: writeFile(ctx.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
  });
  afterEach(() => ctx.cleanup());

  const paymentsFile = (rows: string[][], name = 'payments.csv') => writeFile(ctx.dataDir, name, csv([PAYMENT_HEADER, ...rows]));
  const GOOD = [
    [LI.name, LI.idNumber, '定额门诊补助', '', '2026-02-15', '800', '', ''],
    [LI.name, LI.idNumber, '住院补助', '一站式', '2026-08-03', '9500.00', '阳城县人民医院', 'YS-0803'],
    [ZHAO.name, ZHAO.idNumber, '定额门诊补助', '', '2026/2/16', '600', '', ''],
    [WANG.name, WANG.idNumber, '住院医疗补助', '一站式', '2026-09-01', '4,321.50', '阳城县人民医院', ''],
  ];

  test('the payment list enters each veteran\'s ledger; the same list again changes nothing', async () => {
    const out = await importPayments(ctx, { file: paymentsFile(GOOD), staff: '王经办', allowErrors: false });
    expect(out).toMatchObject({ ok: true, rows: 4, recorded: { outpatientAllowance: 2, inpatientSubsidy: 2 }, unchanged: 0, errors: [] });
    const li = await ctx.store.getVeteranLedger(ledgerId(ctx.cipher.hash(LI.idNumber), 2026));
    expect(li).toMatchObject({ outpatientAllowance: { amount: '800.00', date: '2026-02-15' }, inpatientPaid: '9500.00', inpatientCount: 1 });
    const payments = await ctx.store.listVeteranPayments(ctx.cipher.hash(LI.idNumber), 2026);
    expect(payments.map((p) => [p.kind, p.route, p.date, p.amount, p.hospital, p.reference])).toEqual([
      ['outpatientAllowance', null, '2026-02-15', '800.00', null, null],
      ['inpatientSubsidy', 'oneStop', '2026-08-03', '9500.00', '阳城县人民医院', 'YS-0803'],
    ]);
    expect((await ctx.store.getVeteranLedger(ledgerId(ctx.cipher.hash(WANG.idNumber), 2026)))?.inpatientPaid).toBe('4321.50');

    const again = await importPayments(ctx, { file: paymentsFile(GOOD), allowErrors: false });
    expect(again).toMatchObject({ recorded: { outpatientAllowance: 0, inpatientSubsidy: 0 }, unchanged: 4 });
    expect(await ctx.store.count('veteranPayments')).toBe(4);
  });

  test('every bad row is reported with its line number; nothing is recorded unless --allow-errors', async () => {
    const rows = [
      ...GOOD, // 2–5
      ['无名', '110105194912310038', '住院补助', '一站式', '2026-08-05', '100', '某院', ''], // 6: not on the roster
      ['李复原', LI.idNumber, '住院补助', '一站式', '2026-08-06', '100', '某院', ''], // 7: name differs
      [WANG.name, WANG.idNumber, '定额门诊补助', '', '2026-02-15', '600', '', ''], // 8: 一至六级 have no allowance
      [LI.name, LI.idNumber, '定额门诊补助', '', '2026-03-01', '800', '', ''], // 9: second allowance
      [LI.name, LI.idNumber, '住院补助', '', '2026-08-07', '100', '某院', ''], // 10: no route
      [LI.name, LI.idNumber, '住院补助', '一站式', '2026-12-25', '100', '某院', ''], // 11: in the future
      [LI.name, LI.idNumber, '住院补助', '非一站式', '2026-09-01', '12.345', '某院', ''], // 12: three decimals
      [LI.name, LI.idNumber, '住院补助', '非一站式', '2026-09-02', '20600', '太原市某医院', ''], // 13: past the cap (9,500 + 20,600)
      [LI.name, LI.idNumber, '住院补助', '一站式', '2026-08-03', '9500.00', '阳城县人民医院', 'YS-0803'], // 14: same as line 3
      [LI.name, LI.idNumber, '门诊补助', '', '2026-02-15', '800', '', ''], // 15: unknown kind
    ];
    const e = await refusal(importPayments(ctx, { file: paymentsFile(rows), allowErrors: false }));
    expect(e.message).toBe('发放名单有 10 行有误，没有导入任何数据。请改正后重新导入；如只导入正确的行，加 --allow-errors。');
    expect(e.errors.map((x) => x.message)).toEqual([
      '第 6 行：身份证号：名册中没有该人员（110105********0038），请先导入名册',
      '第 7 行：姓名：“李复原”与名册中该身份证号的姓名“李复员”不一致',
      '第 8 行：补助类型：一至六级残疾军人没有定额门诊补助：门诊个人自付部分全额补助（000 第三条（二）1）',
      '第 9 行：补助类型：与第 2 行重复：定额门诊补助每人每年一次',
      '第 10 行：结算方式：住院补助须填写一站式或非一站式',
      '第 11 行：发放日期：2026-12-25 晚于今天，发放名单只登记已经发放的补助',
      '第 12 行：金额：“12.345”的小数超过两位（到分为止）',
      '第 13 行：金额：2026 年住院医疗补助累计将达 30,100.00 元（此前 9,500.00 元），超过年最高限额 30,000.00 元（000 第四条（三）1）',
      '第 14 行：与第 3 行完全相同（同一人、同一日期、同一金额、同一医院）；如确为两笔，请填写单据号区分',
      '第 15 行：补助类型：“门诊补助”不是可用的取值（可填：定额门诊补助、住院补助）',
    ]);
    expect(unmaskedIds(e.toJSON())).toEqual([]);
    expect(await ctx.store.count('veteranPayments')).toBe(0);
    expect(await ctx.store.count('veteranLedgers')).toBe(0);

    const partial = await importPayments(ctx, { file: paymentsFile(rows), allowErrors: true });
    expect(partial.recorded).toEqual({ outpatientAllowance: 2, inpatientSubsidy: 2 });
    expect(partial.errors).toHaveLength(10);
  });

  test('000 第四条（二）: from 2027 the 定额门诊补助 must be the standard — 800 for 在乡复员军人, 600 for the others', async () => {
    const later = ledgerContext(new Date('2027-08-20T02:00:00.000Z'));
    try {
      await importRoster(later, { file: writeFile(later.dataDir, 'r.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
      const file = writeFile(
        later.dataDir,
        'p.csv',
        csv([
          PAYMENT_HEADER,
          [LI.name, LI.idNumber, '定额门诊补助', '', '2027-02-10', '600', '', ''],
          [ZHAO.name, ZHAO.idNumber, '定额门诊补助', '', '2027-02-10', '600', '', ''],
          [QIAN.name, QIAN.idNumber, '定额门诊补助', '', '2027-02-10', '600', '', ''],
        ]),
      );
      const e = await refusal(importPayments(later, { file, allowErrors: false }));
      expect(e.errors.map((x) => x.message)).toEqual([
        '第 2 行：金额：2027 年定额门诊补助标准为 800.00 元（000 第四条（二）：在乡复员军人每人每年 800 元，其他优抚对象每人每年 600 元），本行为 600.00 元',
      ]);
    } finally {
      await later.cleanup();
    }
  });

  test('an XLSX payment list: date cells, number amounts, and a date left as an Excel day number', async () => {
    const file = writeFile(
      ctx.dataDir,
      'payments.xlsx',
      await xlsx([
        PAYMENT_HEADER,
        [LI.name, LI.idNumber, '定额门诊补助', null, new Date(Date.UTC(2026, 1, 15)), 800, null, null],
        [LI.name, LI.idNumber, '住院补助', '非一站式', 46236, 1234.5, '太原市某医院', null],
      ]),
    );
    const out = await importPayments(ctx, { file, allowErrors: false });
    expect(out).toMatchObject({ format: 'xlsx', recorded: { outpatientAllowance: 1, inpatientSubsidy: 1 } });
    const payments = await ctx.store.listVeteranPayments(ctx.cipher.hash(LI.idNumber), 2026);
    expect(payments.map((p) => [p.date, p.amount, p.route])).toEqual([
      ['2026-02-15', '800.00', null],
      ['2026-08-02', '1234.50', 'nonOneStop'],
    ]);
  });

  test('NOW is what the tests think it is', () => {
    expect(NOW.toISOString().slice(0, 10)).toBe('2026-11-20');
  });
});
