/**
 * Staff-import files made on the fly for the reliability suite and the bench: a county roster of any size (CSV and
 * XLSX, valid and distinct ID numbers), its payment list, and zip bombs shaped like an XLSX. Nothing binary is
 * committed; everything here is built from a seed in a temp directory.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { checkCharacter } from '../../shared/idcard';

export const ROSTER_HEADER = ['姓名', '身份证号', '优抚类别', '残疾等级', '致残原因', '县（市、区）', '乡（镇）', '名册年度'];
export const PAYMENT_HEADER = ['姓名', '身份证号', '补助类型', '结算方式', '发放日期', '金额', '医院', '单据号'];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '建国军民华平志明海强永红德文金春秀英玉兰桂芳富贵福生有才忠诚光辉学成保山';
const TOWNSHIPS = ['凤城镇', '北留镇', '润城镇', '町店镇', '芹池镇', '次营镇', '横河镇', '河北镇', '蟒河镇', '东冶镇'];

/** The i-th veteran of a made-up 阳城县 roster: the ID number's birth date and sequence come from i, so all differ. */
export function veteran(i: number): { name: string; idNumber: string; row: string[] } {
  const day = new Date(Date.UTC(1930, 0, 1) + Math.floor(i / 900) * 86400000);
  const birth = `${day.getUTCFullYear()}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`;
  const first17 = `140522${birth}${String(100 + (i % 900)).padStart(3, '0')}`;
  const idNumber = first17 + checkCharacter(first17);
  const name = SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] + GIVEN[(i * 7) % GIVEN.length];
  const township = TOWNSHIPS[i % TOWNSHIPS.length];
  // Mostly 在乡复员军人 and 三属; every fifth a 残疾军人 of grade 1–6 (who needs no cause).
  const row =
    i % 5 === 0
      ? [name, idNumber, '残疾军人', `${1 + (i % 6)}`, '因战', '阳城县', township, '2026']
      : [name, idNumber, i % 2 === 0 ? '在乡复员军人' : '三属', '', '', '阳城县', township, '2026'];
  return { name, idNumber, row };
}

export function rosterRows(count: number, from = 0): string[][] {
  return Array.from({ length: count }, (_, k) => veteran(from + k).row);
}

/** One 住院补助 per veteran (a keyed payment: the same file twice records it once). */
export function paymentRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const v = veteran(i);
    return [v.name, v.idNumber, '住院补助', '一站式', `2026-0${1 + (i % 9)}-1${i % 10}`, `${100 + (i % 900)}.50`, '阳城县人民医院', `YS-${i}`];
  });
}

export function csvText(rows: string[][]): string {
  const q = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

export function writeCsv(file: string, rows: string[][]): string {
  fs.writeFileSync(file, csvText(rows));
  return file;
}

/** An XLSX as Excel users make it: one sheet, shared strings, ID numbers as text. Streamed, so 100k rows stay cheap. */
export async function writeXlsx(file: string, rows: string[][]): Promise<string> {
  // exceljs loads only when a test writes an XLSX
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = wb.addWorksheet('名册');
  for (const r of rows) sheet.addRow(r).commit();
  sheet.commit();
  await wb.commit();
  return file;
}

/** The parts a spreadsheet program needs to open a one-sheet workbook, apart from the sheet itself. */
const WORKBOOK_PARTS: [string, string][] = [
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ],
  [
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ],
  [
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ],
];

interface ZipEntry {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  crc: number;
  size: number;
}

/**
 * A zip of deflated entries. `claim` rewrites the uncompressed size the headers state (a bomb that lies about
 * itself), `claimCompressed` the compressed size the directory states; by default the headers tell the truth.
 */
export function zipOf(entries: ZipEntry[], claim: (e: ZipEntry) => number = (e) => e.size, claimCompressed: (e: ZipEntry) => number = (e) => e.data.length): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(claim(e), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(claimCompressed(e), 20);
    central.writeUInt32LE(claim(e), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** CRC-32 as zip stores it: zlib's own from Node 20.15, else the table-driven one of the zip format. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(data: Buffer | string, previous = 0): number {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data, previous);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  let c = ~previous >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function entryOf(name: string, text: string): ZipEntry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

/**
 * A sheet whose XML inflates to `megabytes` MB from a small deflate stream: the header row and then the same row
 * again and again. Deflated as a stream, one 1 MB chunk at a time, so making it never holds the inflated text.
 */
async function bombSheet(megabytes: number): Promise<ZipEntry> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const row = `<row>${ROSTER_HEADER.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;
  const chunk = Buffer.from(row.repeat(Math.ceil((1 << 20) / Buffer.byteLength(row))), 'utf8');
  const tail = Buffer.from('</sheetData></worksheet>');
  const parts: Buffer[] = [];
  const deflater = zlib.createDeflateRaw({ level: 9 });
  deflater.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise<void>((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflater.write(b)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  await write(head);
  for (let i = 0; i < megabytes; i++) await write(chunk);
  await write(tail);
  deflater.end();
  await done;
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(parts), crc, size };
}

/**
 * An XLSX-shaped zip bomb: a real workbook whose one sheet inflates to `megabytes` MB. `lie` makes the headers
 * claim the sheet is 100 KB, so only inflating it tells.
 */
export async function zipBomb(megabytes: number, options: { lie?: boolean } = {}): Promise<Buffer> {
  const sheet = await bombSheet(megabytes);
  const entries = [...WORKBOOK_PARTS.map(([n, t]) => entryOf(n, t)), sheet];
  return zipOf(entries, options.lie ? (e) => (e === sheet ? 100 * 1024 : e.size) : undefined);
}

export function writeFileIn(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
