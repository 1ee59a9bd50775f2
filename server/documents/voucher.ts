import { sectionOf } from '../applications/content';
import { officeTakes } from '../applications/view';
import { applicationType } from '../../shared/applications/registry';
import type { RemoteFilingView } from '../../shared/applications/remote-filing';
import type { VoucherLine } from '../../shared/applications/remote-filing/voucher';
import { citationText } from '../../shared/source';
import type { ApplicationRecord } from '../store/types';
import { chinaMinute } from './china-time';
import { footerLine } from './footer-line';
import { footer, openSheet, paragraph, tableRow, title, type Sheet } from './layout';
import type { RenderInput } from './types';

/**
 * The 备案凭证 of an accepted 备案: the filing's facts and the lines its module gives (remote-filing/voucher.ts, which
 * quotes 003 附件1 and 004 第一章), laid out as the detail page's card. A 凭证 is not a form that asks for the ID number:
 * it carries the masked one. The documents name no 凭证 form, and the sheet says so rather than imitate one.
 */

/** The type's own view of the section: it carries a 凭证 only while the filing is accepted (and not cancelled). */
export function voucherView(record: ApplicationRecord): RemoteFilingView | null {
  const section = sectionOf(record.content);
  if (!section) return null;
  const filedOn = (record.submittedAt ?? record.createdAt).slice(0, 10);
  const view = applicationType(record.type).view(section, { status: record.status, filedOn, viewer: 'applicant', officeTakes: officeTakes(record) }) as RemoteFilingView;
  return view.voucher ? view : null;
}

function lines(sheet: Sheet, heading: string, items: VoucherLine[]): void {
  sheet.doc.moveDown(0.8);
  paragraph(sheet, heading, { size: 13, gap: 0.3 });
  items.forEach((l, i) => {
    paragraph(sheet, `${i + 1}. ${l.text}`, { size: 11, gap: 0.1, indent: 0 });
    paragraph(sheet, `依据：${citationText(l.source)}`, { size: 8.5, gap: 0.5 });
  });
}

export async function renderVoucher(input: RenderInput): Promise<Buffer> {
  const view = voucherView(input.record);
  if (!view?.voucher) throw new Error('no voucher: the filing is not accepted');
  const trail = await input.ctx.store.listAudit(input.record.id);
  const accepted = [...trail].reverse().find((e) => e.toStatus === 'accepted');
  const { principal } = input.people;
  const sheet = openSheet({ title: '异地就医备案凭证', subject: `异地就医备案凭证（${input.record.number ?? input.record.id}）` }, input.env);
  title(sheet, '异地就医备案凭证');
  const facts: Array<[string, string]> = [
    ['业务编号', input.record.number ?? input.record.id],
    ['参保人', [principal.name, principal.idMasked].filter(Boolean).join('　')],
    ['备案类型', `${view.kindLabel ?? ''}${view.term ? `（${view.term}）` : ''}`],
    ...(view.destination ? ([['就医备案地', `${view.destination.province} ${view.destination.city}`]] as Array<[string, string]>) : []),
    ...(view.validity ? ([['有效期', view.validity]] as Array<[string, string]>) : []),
    ...(accepted ? ([['受理时间', chinaMinute(accepted.at)]] as Array<[string, string]>) : []),
  ];
  for (const [label, value] of facts) {
    tableRow(sheet, [
      { width: 90, content: label, align: 'center' },
      { width: sheet.width - 90, content: value },
    ]);
  }
  lines(sheet, '备案后可以', view.voucher.allows);
  lines(sheet, '就医时', view.voucher.bring);
  sheet.doc.moveDown(0.6);
  paragraph(sheet, '说明：办事指南（003）和政策手册（004）都没有规定备案凭证的式样；本凭证列出已受理备案的事项和文件要点，办理以参保地医保经办机构的记录为准。', { size: 9 });
  footer(sheet, footerLine(input.record, input.generatedAt));
  return sheet.finish();
}
