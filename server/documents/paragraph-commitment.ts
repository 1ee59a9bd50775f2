import { sectionOf } from '../applications/content';
import { applicationType } from '../../shared/applications/registry';
import type { CommitmentForm } from '../../shared/applications/types';
import { chinaFormDate } from './china-time';
import { footerLine } from './footer-line';
import { footer, openSheet, paragraph, pieces, title } from './layout';
import { signatureLine } from './people';
import type { RenderInput } from './types';

/**
 * A commitment printed as paragraphs with blanks (003 附件2 个人承诺书, 附件3 委托代理人承诺书): the module's own words
 * (shared/applications/manual-reimbursement/commitment.ts) with every blank filled and underlined, the values the
 * product already shows (the 小写 amount grouped, 大写 once: the module's commitmentValues), the ID numbers in full
 * where the form asks for them, then the signature line and the date.
 */

/** A line that is only a label and its blank (委托人证件号码:{…}) is printed flush, as the form prints it. */
const FIELD_LINE = /^[^,。]{2,16}:\{\w+\}$/;

function values(input: RenderInput): Record<string, string> {
  const { record, people } = input;
  const module = applicationType(record.type);
  const agent = people.agent;
  const put = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    ...put('agentName', agent?.name),
    ...put('relation', agent?.relationLabel),
    ...put('principalName', people.principal.name),
    ...module.commitmentValues?.(sectionOf(record.content)),
    // The form asks for both numbers and a telephone: printed in full (the office checks them against the papers).
    ...put('principalIdNumber', people.principal.idNumber()),
    ...put('agentIdNumber', agent?.idNumber()),
    ...put('agentPhone', agent?.phone),
  };
}

export async function renderParagraphCommitment(form: CommitmentForm, input: RenderInput): Promise<Buffer> {
  const signed = input.record.commitment;
  if (!signed) throw new Error('the commitment is not signed');
  const sheet = openSheet({ title: form.title, subject: `${form.title}（${input.record.number ?? input.record.id}）` }, input.env);
  sheet.doc.moveDown(1);
  title(sheet, form.title, 17);
  sheet.doc.moveDown(0.5);
  const filled = values(input);
  for (const p of form.paragraphs) {
    paragraph(sheet, pieces(p, filled), { indent: FIELD_LINE.test(p) ? 0 : 24, size: 12, gap: 0.8 });
  }
  sheet.doc.moveDown(2);
  paragraph(sheet, signatureLine(form, input.people), { size: 12 });
  paragraph(sheet, `日期：${chinaFormDate(signed.signedAt)}（线上签署）`, { size: 12 });
  footer(sheet, footerLine(input.record, input.generatedAt));
  return sheet.finish();
}
