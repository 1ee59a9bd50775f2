import ExcelJS from 'exceljs';
import type { VeteranRoundClaim, VeteranRoundView } from '../../../shared/contract/staff';
import { chinaTimeText } from '../applications/china-time';
import { percent } from '../../../shared/money';

/**
 * The round as a 《医疗补助审批表》 (000 第六条). 000 names the form and prints none of its boxes, so the columns are
 * what 000 names (优抚对象类别、伤残等级、住院、医疗费用、报销后的合规部分、补助比例、补助金额、服务站审核、县退役军人
 * 事务局审批; the station's 收缴登记 of the 结算单) and what the claim holds; the sheet says so. Money cells are numbers of the exact fen, shown 0.00.
 */
export const FORM_NOTE = '000 未规定审批表栏目，本表栏目依据 000 所列项目与申请所载内容';

const MONEY = '0.00';

interface Column {
  header: string;
  width: number;
  money?: boolean;
  value: (c: VeteranRoundClaim, i: number) => string | number | null;
}

const amount = (v: string | null) => (v === null ? null : Number(v));

export const FORM_COLUMNS: Column[] = [
  { header: '序号', width: 6, value: (_c, i) => i + 1 },
  { header: '业务编号', width: 16, value: (c) => c.number ?? c.id },
  { header: '姓名', width: 10, value: (c) => c.name },
  { header: '身份证号（部分隐藏）', width: 22, value: (c) => c.idNumberMasked },
  { header: '优抚对象类别', width: 16, value: (c) => c.categoryLabel },
  { header: '伤残等级', width: 8, value: (c) => (c.disabilityGrade === null ? '' : `${c.disabilityGrade}级`) },
  { header: '住院医疗机构（县外）', width: 24, value: (c) => c.hospital },
  { header: '入院日期', width: 12, value: (c) => c.admissionDate },
  { header: '出院结算日期', width: 12, value: (c) => c.dischargeDate },
  { header: '医疗总费用（元）', width: 14, money: true, value: (c) => amount(c.totalCost) },
  // The claim does not hold the split of what the funds paid: the station copies it from the 结算单.
  { header: '基本医保、大病保险、医疗救助已报销（元）', width: 18, money: true, value: () => null },
  { header: '目录外费用（元）', width: 12, money: true, value: (c) => amount(c.outOfScope) },
  { header: '个人医保账户支付（元）', width: 14, money: true, value: (c) => amount(c.personalAccountPaid) },
  { header: '个人自付：报销后合规部分（元）', width: 16, money: true, value: (c) => amount(c.inScopeSelfPay) },
  { header: '补助比例', width: 8, value: (c) => percent(c.ratio) },
  { header: '测算补助金额（元）', width: 14, money: true, value: (c) => amount(c.estimatedSubsidy) },
  { header: '申请状态', width: 12, value: (c) => c.statusLabel },
  { header: '乡镇服务站审核', width: 22, value: (c) => (c.review ? `审核通过 ${c.review.by} ${c.review.atText}` : '') },
  { header: '乡镇服务站收缴登记', width: 22, value: (c) => (c.collected ? `收缴登记 ${c.collected.by} ${c.collected.atText}` : '') },
  { header: '县退役军人事务局审批：核定补助金额（元）', width: 18, money: true, value: (c) => amount(c.approved?.amount ?? null) },
  { header: '审批日期', width: 12, value: (c) => c.approved?.date ?? '' },
  { header: '拨付日期', width: 12, value: (c) => c.disbursed?.date ?? '' },
];

export async function roundWorkbook(round: VeteranRoundView, madeAt: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(madeAt);
  const sheet = wb.addWorksheet('医疗补助审批表');
  const width = FORM_COLUMNS.length;
  sheet.columns = FORM_COLUMNS.map((c) => ({ width: c.width }));

  const line = (text: string, bold = false) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { bold, size: bold ? 14 : 11 };
    row.getCell(1).alignment = { horizontal: bold ? 'center' : 'left', vertical: 'middle', wrapText: true };
    return row;
  };
  line(`${round.township}优抚对象非一站式住院医疗补助《医疗补助审批表》（${round.roundLabel}）`, true);
  line(`乡（镇）：${round.township}　　办理批次：${round.roundLabel}　　制表时间：${chinaTimeText(madeAt)}（北京时间）`);
  line(`${FORM_NOTE}；“基本医保、大病保险、医疗救助已报销”申请未载，按医保结算单填写。归批规则：${round.rule}`);

  const header = sheet.addRow(FORM_COLUMNS.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  round.claims.forEach((c, i) => {
    const row = sheet.addRow(FORM_COLUMNS.map((col) => col.value(c, i)));
    FORM_COLUMNS.forEach((col, j) => {
      if (col.money) row.getCell(j + 1).numFmt = MONEY;
    });
  });
  const totals = new Array<string | number | null>(width).fill(null);
  totals[0] = `合计（${round.totals.count} 件）`;
  const at = (h: string) => FORM_COLUMNS.findIndex((c) => c.header === h);
  totals[at('测算补助金额（元）')] = Number(round.totals.estimated);
  totals[at('县退役军人事务局审批：核定补助金额（元）')] = Number(round.totals.approved);
  const sum = sheet.addRow(totals);
  sum.font = { bold: true };
  FORM_COLUMNS.forEach((col, j) => {
    if (col.money) sum.getCell(j + 1).numFmt = MONEY;
  });
  sheet.addRow([]);
  line('乡（镇）退役军人服务站审核人：　　　　　　　　县退役军人事务局审批人：　　　　　　　　日期：　　　　年　　月　　日');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
