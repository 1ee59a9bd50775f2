/**
 * The signed documents as PDF (issue 15): each signed commitment (003 附件1, 附件2, 附件3, a region's 申明) and an
 * accepted 备案's 凭证, laid out as the form prints it, set in WenQuanYi Micro Hei (font.ts), with a footer naming the
 * 业务编号 and the China time it was generated. Applicants get them through a short-lived link (link-action.ts);
 * staff get the same bytes from the same call.
 *
 * ENTRY POINT for every caller (the applicant's link, the staff console):
 *
 *   applicationPdf(ctx, record, document: 'commitment' | 'voucher'): Promise<{ bytes: Buffer; fileName: string }>
 *
 * It checks nothing about who asks: the caller has already decided the caller may see `record` (access.ts for an
 * applicant, the staff session and region for staff). It refuses, with an ApplicationError INVALID_STATE and a
 * Chinese message, a document the record does not have (an unsigned commitment, a 凭证 of a type without one or of
 * a filing not accepted), and throws DocumentFontMissing (font.ts) when the font cannot be read.
 */
import type { AppContext } from '../applications/context';
import { nowIso } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import type { ApplicationRecord } from '../store/types';
import { peopleOf } from './people';
import { documentPlan, documentRefusal } from './registry';
import type { DocumentKind } from './types';

export { DOCUMENT_KINDS, type DocumentKind } from './types';
export { DocumentFontMissing } from './font';

export interface ApplicationPdf {
  bytes: Buffer;
  /** "委托代理人承诺书-SX-2026-000123.pdf": the form's title and the business number, safe as a file name. */
  fileName: string;
}

function fileNameOf(title: string, record: ApplicationRecord): string {
  return `${title}-${record.number ?? record.id}.pdf`.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** The file name a document of this record is saved under, without drawing it. */
export function documentFileName(record: ApplicationRecord, document: DocumentKind): string {
  return fileNameOf(documentPlan(record, document).title, record);
}

export async function applicationPdf(ctx: AppContext, record: ApplicationRecord, document: DocumentKind, env: NodeJS.ProcessEnv = process.env): Promise<ApplicationPdf> {
  const refusal = documentRefusal(record, document);
  if (refusal) throw new ApplicationError('INVALID_STATE', refusal, 'document');
  const plan = documentPlan(record, document);
  const bytes = await plan.render({ ctx, record, people: peopleOf(ctx, record), generatedAt: nowIso(ctx), env });
  return { bytes, fileName: fileNameOf(plan.title, record) };
}
