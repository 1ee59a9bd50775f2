import { sectionOf } from '../applications/content';
import { genderOf } from '../../shared/idcard';
import { FILING_PERSONAL_COMMITMENT } from '../../shared/applications/remote-filing/commitment';
import { REMOTE_FILING_KIND_INFO, type RemoteFilingKind } from '../../shared/applications/remote-filing/kinds';
import type { RemoteFilingSection } from '../../shared/applications/remote-filing/schema';
import { chinaFormDate } from './china-time';
import { footerLine } from './footer-line';
import { footer, openSheet, spanCell, tableRow, title, type Box, type Sheet } from './layout';
import { signatureLine } from './people';
import type { RenderInput } from './types';

/**
 * 003 附件1 异地就医登记备案个人承诺书 as the form prints it: a table of the person's facts (the full 身份证号码 — the
 * office files this form and the form asks for the number), the 人员类别 boxes, the 温馨提示 and 个人承诺 in the words of
 * the product's own copy (shared/applications/remote-filing/commitment.ts), the signature line saying who signed in
 * what capacity, the signing date, the 存档说明, and the office's own lines left blank for the office.
 */

/** The form's 人员类别 boxes, row by row, and which filing kind ticks each (003 附件1; the kinds: kinds.ts). */
const LONG_ROW: Array<[string, RemoteFilingKind]> = [
  ['异地安置退休人员', 'retiredRelocated'],
  ['异地长期居住人员', 'longTermResident'],
  ['常驻异地工作人员', 'postedWorker'],
];
/**
 * 附件1's second box is 非急诊且未转诊就医人员, whom 温馨提示 4 deems filed without a filing; the app's 其他临时外出就医人员
 * (004 第一章 二十九（三）) has no box of its own, so it ticks none and the row says which kind was chosen.
 */
const TEMPORARY_ROW: Array<[string, RemoteFilingKind | null]> = [
  ['异地转诊', 'referral'],
  ['非急诊且未转诊就医人员', null],
];

/** The form prints "省" and "市" after the blanks; a name that already ends in its unit (北京市) is not given a second. */
/** The width of the form's first column (姓名, 身份证号码, 人员类别, 存档说明): five characters and the cell's padding. */
const LABEL = 70;

function withUnit(value: string | undefined, unit: string): string {
  if (!value) return `______${unit}`;
  return /(省|市|自治区|特别行政区|自治州|州|盟|地区)$/.test(value) ? value : `${value}${unit}`;
}

function boxes(kind: RemoteFilingKind | undefined, row: Array<[string, RemoteFilingKind | null]>): Box[] {
  return row.map(([label, k]) => ({ label, checked: k !== null && k === kind }));
}

function factRows(sheet: Sheet, input: RenderInput, s: RemoteFilingSection): void {
  const { principal } = input.people;
  const id = principal.idNumber();
  const gender = id ? genderOf(id) : null;
  const phone = principal.phone || input.people.agent?.phone || '';
  const w = sheet.width;
  tableRow(sheet, [
    { width: LABEL, content: '姓名', align: 'center' },
    { width: 100, content: principal.name },
    { width: 50, content: '性别', align: 'center' },
    {
      width: 80,
      content: {
        boxes: [
          { label: '男', checked: gender === 'male' },
          { label: '女', checked: gender === 'female' },
        ],
      },
    },
    { width: 66, content: '联系电话', align: 'center' },
    { width: w - LABEL - 296, content: phone },
  ]);
  tableRow(sheet, [
    { width: LABEL, content: '身份证号码', align: 'center' },
    { width: 134, content: id },
    {
      width: 120,
      content: {
        boxes: [
          { label: '职工医保', checked: s.scheme === 'employee' },
          { label: '居民医保', checked: s.scheme === 'resident' },
        ],
      },
    },
    { width: 66, content: '就医备案地', align: 'center' },
    { width: w - LABEL - 320, content: `${withUnit(s.destination?.province, '省')} ${withUnit(s.destination?.city, '市')}` },
  ]);
  tableRow(sheet, [
    { width: 108, content: '异地长期居住住址', align: 'center' },
    { width: w - 108, content: s.residenceAddress ?? '' },
  ]);
  const top = sheet.doc.y;
  const other = s.kind && !LONG_ROW.some(([, k]) => k === s.kind) && !TEMPORARY_ROW.some(([, k]) => k === s.kind);
  tableRow(
    sheet,
    [
      { width: 120, content: '异地长期居住人员', align: 'center' },
      { width: w - LABEL - 120, content: { boxes: boxes(s.kind, LONG_ROW) } },
    ],
    26,
    LABEL,
  );
  tableRow(
    sheet,
    [
      { width: 120, content: '异地临时外出就医人员', align: 'center' },
      {
        width: w - LABEL - 120,
        content: other && s.kind ? `${boxesText(boxes(s.kind, TEMPORARY_ROW))}\n所选：${REMOTE_FILING_KIND_INFO[s.kind].label}（附件1 无此选项）` : { boxes: boxes(s.kind, TEMPORARY_ROW) },
      },
    ],
    26,
    LABEL,
  );
  spanCell(sheet, '人员类别', LABEL, top);
}

/** The boxes as plain marks, where a row also carries a note (nothing is ticked then). */
function boxesText(row: Box[]): string {
  return row.map((b) => `□${b.label}`).join('  ');
}

export async function renderFilingCommitment(input: RenderInput): Promise<Buffer> {
  const form = FILING_PERSONAL_COMMITMENT;
  const signed = input.record.commitment;
  if (!signed) throw new Error('the commitment is not signed');
  const s = (sectionOf(input.record.content) ?? {}) as RemoteFilingSection;
  const sheet = openSheet({ title: form.title, subject: `${form.title}（${input.record.number ?? input.record.id}）` }, input.env);
  title(sheet, form.title);
  factRows(sheet, input, s);
  // The form's text: 温馨提示 and its seven points, then 个人承诺 and its paragraph, in the module's words.
  const split = form.paragraphs.indexOf('个人承诺');
  const tips = form.paragraphs.slice(0, split);
  const promise = form.paragraphs.slice(split);
  tableRow(sheet, [{ width: sheet.width, content: { lines: tips }, size: 9.5 }]);
  tableRow(sheet, [{ width: sheet.width, content: { lines: promise }, size: 10.5 }]);
  tableRow(sheet, [{ width: sheet.width, content: { lines: [signatureLine(form, input.people), `签署日期：${chinaFormDate(signed.signedAt)}（线上签署）`] } }], 44);
  tableRow(sheet, [
    { width: LABEL, content: '存档说明', align: 'center' },
    { width: sheet.width - LABEL, content: '本表由医保经办机构存档,保存期限不少于2年。' },
  ]);
  // The office fills these when it files the form: left blank, as printed.
  const { doc } = sheet;
  doc.moveDown(1);
  const y = doc.y;
  doc.text('经办机构：', sheet.left, y, { lineBreak: false });
  doc.text('联系电话：', sheet.left + sheet.width / 2, y, { lineBreak: false });
  doc.text('经办人：', sheet.left, y + 24, { lineBreak: false });
  doc.text('经办日期：', sheet.left + sheet.width / 2, y + 24, { lineBreak: false });
  footer(sheet, footerLine(input.record, input.generatedAt));
  return sheet.finish();
}
