import fs from 'fs';
import path from 'path';
import { freshContext, idWith } from '../applications/helpers';

/**
 * A county's veterans for the ledger tests, with valid ID numbers (140522 is 阳城县's address code). The clock is
 * fixed at 2026-11-20 (China date) so every date below stays in the past and the 2026 ledger is "this year".
 */
export const NOW = new Date('2026-11-20T02:00:00.000Z');

export const LI = { name: '李复员', idNumber: idWith('14052219400301001'), category: '在乡复员军人' };
export const ZHAO = { name: '赵三属', idNumber: idWith('14052219500402002'), category: '三属' };
export const WANG = { name: '王战', idNumber: idWith('14052219600503003'), category: '残疾军人', grade: '五级', cause: '因战' };
export const QIAN = { name: '钱公', idNumber: idWith('14052219550604004'), category: '残疾军人', grade: '8', cause: '因公' };
/** Li's daughter, who files for him. */
export const LI_DAUGHTER = { name: '李小梅', idNumber: idWith('14052219750705006'), phone: '13900001111' };

export function ledgerContext(now: Date = NOW) {
  const ctx = freshContext();
  return Object.assign(ctx, { now: () => now });
}

export const ROSTER_HEADER = ['姓名', '身份证号', '优抚类别', '残疾等级', '致残原因', '县（市、区）', '乡（镇）', '名册年度'];

export function rosterRows(): string[][] {
  return [
    [LI.name, LI.idNumber, LI.category, '', '', '阳城县', '凤城镇', '2026'],
    [ZHAO.name, ZHAO.idNumber, ZHAO.category, '', '', '阳城县', '北留镇', '2026'],
    [WANG.name, WANG.idNumber, WANG.category, WANG.grade, WANG.cause, '阳城县', '凤城镇', '2026'],
    [QIAN.name, QIAN.idNumber, QIAN.category, QIAN.grade, QIAN.cause, '阳城县', '润城镇', '2026'],
  ];
}

export const PAYMENT_HEADER = ['姓名', '身份证号', '补助类型', '结算方式', '发放日期', '金额', '医院', '单据号'];

/** CSV text with quoting where a cell needs it. */
export function csv(rows: string[][]): string {
  const q = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** An XLSX written by exceljs, the same library the importer reads with; ID numbers as text cells. */
export async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名册');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
