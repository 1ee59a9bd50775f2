import type { ApplicationRecord } from '../store/types';
import { commitmentForms } from '../../shared/applications/registry';
import type { CommitmentForm } from '../../shared/applications/types';
import { remoteFiling } from '../../shared/applications/remote-filing';
import { FILING_PERSONAL_COMMITMENT } from '../../shared/applications/remote-filing/commitment';
import { renderFilingCommitment } from './filing-commitment';
import { renderParagraphCommitment } from './paragraph-commitment';
import { renderVoucher, voucherView } from './voucher';
import type { DocumentKind, Renderer, RenderInput } from './types';

/**
 * Which documents an application has and what draws each — decided by its type, never by a type name here: a
 * commitment is the form its module says the signer accepted (record.commitment.formId), drawn by the form's own
 * layout where it has one (003 附件1 is a table) and as paragraphs otherwise (附件2, 附件3, a region's 申明); a 凭证
 * exists for a type that offers one, while its module's view carries it (an accepted, not cancelled, 备案).
 */
const FORM_LAYOUTS = new Map<string, Renderer>([[FILING_PERSONAL_COMMITMENT.id, renderFilingCommitment]]);

const VOUCHERS = new Map<string, { offered(record: ApplicationRecord): boolean; render: Renderer }>([
  [remoteFiling.id, { offered: (r) => voucherView(r) !== null, render: renderVoucher }],
]);

export interface DocumentPlan {
  /** What the document is called: the form's title, or 异地就医备案凭证. */
  title: string;
  render(input: RenderInput): Promise<Buffer>;
}

/** Why a document cannot be had (yet), in plain Chinese; null when it can. */
export function documentRefusal(record: ApplicationRecord, kind: DocumentKind): string | null {
  if (kind === 'commitment') return record.commitment ? null : '这份申请还没有签署承诺书：签署并提交后才能保存承诺书。';
  const voucher = VOUCHERS.get(record.type);
  if (!voucher) return '这类申请没有备案凭证。';
  return voucher.offered(record) ? null : '备案受理后才有备案凭证；已取消的备案不再出具凭证。';
}

/** The plan of a document the record has; call documentRefusal first. */
export function documentPlan(record: ApplicationRecord, kind: DocumentKind): DocumentPlan {
  if (kind === 'voucher') {
    const voucher = VOUCHERS.get(record.type);
    if (!voucher) throw new Error(`type ${record.type} has no voucher`);
    return { title: '异地就医备案凭证', render: voucher.render };
  }
  const formId = record.commitment?.formId;
  const form: CommitmentForm | undefined = formId ? commitmentForms()[formId] : undefined;
  if (!form) throw new Error(`the commitment form ${formId ?? '(none)'} is not registered`);
  const layout = FORM_LAYOUTS.get(form.id);
  return { title: form.title, render: layout ?? ((input) => renderParagraphCommitment(form, input)) };
}
