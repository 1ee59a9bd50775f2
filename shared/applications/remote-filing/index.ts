import type { ApplicationTypeModule } from '../types';
import { GUIDE_NUMBER_PREFIX } from '../numbers';
import { REMOTE_FILING_KIND_INFO, type FilingTerm } from './kinds';
import { filingValidity } from './validity';
import { MANUAL_REIMBURSEMENT, filingVoucher, type FilingVoucher } from './voucher';
import { REMOTE_FILING_MATERIALS, remoteFilingChecklist } from './materials';
import { FILING_PERSONAL_COMMITMENT } from './commitment';
import { remoteFilingReturnTemplates } from './return-templates';
import { remoteFilingDraft, remoteFilingSection, REMOTE_FILING_FIELD_LABELS, type RemoteFilingSection } from './schema';

/**
 * 异地就医备案 (GLOSSARY: remoteFiling; 003 五, 004 第一章 二十八问–三十): a filing of the destination, long-term or
 * temporary by its kind, in force once accepted until the person changes or cancels it.
 */
export type RemoteFilingView = RemoteFilingSection & {
  kindLabel?: string;
  term?: string;
  validity?: string;
  /** Once accepted (and until cancelled): what the filing lets the person do, and what to have at the hospital. */
  voucher?: FilingVoucher;
};

declare module '../types' {
  interface ApplicationSections {
    remoteFiling: RemoteFilingSection;
  }
  interface ApplicationSectionViews {
    remoteFiling: RemoteFilingView;
  }
}

const TERM_LABELS: Record<FilingTerm, string> = { longTerm: '长期备案', temporary: '临时备案' };

export const remoteFiling: ApplicationTypeModule<'remoteFiling', RemoteFilingSection, RemoteFilingView> = {
  id: 'remoteFiling',
  label: '异地就医备案',
  schema: { complete: remoteFilingSection, draft: remoteFilingDraft },
  fieldLabels: { '': '备案信息', ...REMOTE_FILING_FIELD_LABELS },
  numberPrefix: () => GUIDE_NUMBER_PREFIX,
  title: (s) => (s?.kind ? REMOTE_FILING_KIND_INFO[s.kind].label : undefined),
  materialItems: Object.values(REMOTE_FILING_MATERIALS),
  checklist: (s, hasAgent) => remoteFilingChecklist(s?.kind, hasAgent),
  commitmentForms: [FILING_PERSONAL_COMMITMENT],
  commitmentFor: () => FILING_PERSONAL_COMMITMENT,
  mergeDraft: (before, draft) => ({ ...before, ...draft }),
  view(s, ctx) {
    if (!s.kind) return { ...s };
    const info = REMOTE_FILING_KIND_INFO[s.kind];
    const view: RemoteFilingView = { ...s, kindLabel: info.label, term: TERM_LABELS[info.term], validity: filingValidity(ctx.status, ctx.filedOn, info.term) };
    if (ctx.status === 'accepted') view.voucher = filingVoucher(info.term, s.kind === 'referral', !ctx.officeTakes || ctx.officeTakes.includes(MANUAL_REIMBURSEMENT));
    return view;
  },
  staysInForce: true,
  // 附件1's 参保险种 boxes: 职工医保 / 居民医保.
  staffConsole: { returnTemplates: remoteFilingReturnTemplates, valueLabels: { scheme: { employee: '职工医保', resident: '居民医保' } } },
};
