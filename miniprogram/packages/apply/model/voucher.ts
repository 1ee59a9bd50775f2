import type { ApplicationView } from '../../../../shared/contract/applications';
import type { VoucherLine } from '../../../../shared/applications/remote-filing/voucher';
import { citationText } from '../../../../shared/source';
import { chinaTime } from './status';

/** The 备案凭证 as the detail page lays it out: the filing's facts, then what it allows and what to bring. */
export interface VoucherCard {
  facts: { label: string; value: string }[];
  allows: { text: string; source: string }[];
  bring: { text: string; source: string }[];
}

/** The 凭证 of an accepted 备案, or null (not a 备案, not accepted, or cancelled). */
export function voucherCard(view: ApplicationView): VoucherCard | null {
  const rf = view.remoteFiling;
  if (!rf?.voucher || view.status !== 'accepted') return null;
  const accepted = [...view.timeline].reverse().find((e) => e.toStatus === 'accepted');
  const facts = [
    { label: '业务编号', value: view.number ?? view.id },
    { label: '参保人', value: [view.principal.name, view.principal.idNumberMasked].filter(Boolean).join('　') },
    { label: '备案类型', value: `${rf.kindLabel ?? ''}${rf.term ? `（${rf.term}）` : ''}` },
    ...(rf.destination ? [{ label: '就医备案地', value: `${rf.destination.province} ${rf.destination.city}` }] : []),
    ...(rf.validity ? [{ label: '有效期', value: rf.validity }] : []),
    ...(accepted ? [{ label: '受理时间', value: chinaTime(accepted.at) }] : []),
  ];
  const line = (l: VoucherLine) => ({ text: l.text, source: citationText(l.source) });
  return { facts, allows: rf.voucher.allows.map(line), bring: rf.voucher.bring.map(line) };
}
