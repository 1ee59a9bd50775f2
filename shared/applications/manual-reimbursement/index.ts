import type { ApplicationTypeModule } from '../types';
import { GUIDE_NUMBER_PREFIX } from '../numbers';
import { grouped } from '../../money';
import { rmbUppercase } from '../../rmb';
import { isAmount } from '../../schemas/common';
import { maskedOf } from '../sealed';
import { MANUAL_REIMBURSEMENT_MATERIALS } from './materials';
import { manualReimbursementReturnTemplates } from './return-templates';
import { REIMBURSEMENT_AGENT_COMMITMENT, REIMBURSEMENT_PERSONAL_COMMITMENT } from './commitment';
import { maskAccount, type PayeeView } from './payee';
import {
  manualReimbursementDraft,
  manualReimbursementSection,
  MANUAL_REIMBURSEMENT_FIELD_LABELS,
  type ManualReimbursementSection,
} from './schema';

/**
 * 住院省内异地线上手工报销 (GLOSSARY: manualReimbursement; 003 六（四）): one stay paid in full, reimbursed afterwards.
 * The view carries the 收款账户 masked only: the number is sealed at rest and never sent back.
 */
export type ManualReimbursementView = Omit<ManualReimbursementSection, 'payee'> & { amountUppercase?: string; payee?: PayeeView };

declare module '../types' {
  interface ApplicationSections {
    manualReimbursement: ManualReimbursementSection;
  }
  interface ApplicationSectionViews {
    manualReimbursement: ManualReimbursementView;
  }
}

function amountUppercase(s: ManualReimbursementSection | undefined): string | undefined {
  return s?.amount && isAmount(s.amount) ? rmbUppercase(s.amount) : undefined;
}

function payeeView(s: ManualReimbursementSection): PayeeView | undefined {
  if (!s.payee) return undefined;
  const accountMasked = maskedOf(s.payee.account);
  return { ...(s.payee.bank ? { bank: s.payee.bank } : {}), ...(accountMasked ? { accountMasked } : {}) };
}

export const manualReimbursement: ApplicationTypeModule<'manualReimbursement', ManualReimbursementSection, ManualReimbursementView> = {
  id: 'manualReimbursement',
  label: '住院省内异地线上手工报销',
  schema: { complete: manualReimbursementSection, draft: manualReimbursementDraft },
  fieldLabels: { '': '报销信息', ...MANUAL_REIMBURSEMENT_FIELD_LABELS },
  numberPrefix: () => GUIDE_NUMBER_PREFIX,
  materialItems: MANUAL_REIMBURSEMENT_MATERIALS,
  checklist: () => MANUAL_REIMBURSEMENT_MATERIALS,
  commitmentForms: [REIMBURSEMENT_PERSONAL_COMMITMENT, REIMBURSEMENT_AGENT_COMMITMENT],
  staffConsole: { returnTemplates: manualReimbursementReturnTemplates },
  // 附件3 when an agent files, 附件2 otherwise (003 六（四）).
  commitmentFor: (hasAgent) => (hasAgent ? REIMBURSEMENT_AGENT_COMMITMENT : REIMBURSEMENT_PERSONAL_COMMITMENT),
  commitmentValues(s) {
    const upper = amountUppercase(s);
    return {
      ...(s?.hospital ? { hospital: s.hospital } : {}),
      ...(s?.admissionDate ? { admissionDate: s.admissionDate } : {}),
      ...(s?.dischargeDate ? { dischargeDate: s.dischargeDate } : {}),
      ...(s?.amount && isAmount(s.amount) ? { amount: grouped(s.amount) } : {}),
      ...(upper ? { amountUppercase: upper } : {}),
    };
  },
  // The payee field by field too: a fix that changes the bank keeps the sealed number, and a new number replaces it.
  mergeDraft: (before, draft) => {
    const merged = { ...before, ...draft };
    if (before?.payee || draft.payee) merged.payee = { ...before?.payee, ...draft.payee };
    return merged;
  },
  sealed: { 'payee.account': maskAccount },
  view(s) {
    const upper = amountUppercase(s);
    const { payee: _sealed, ...rest } = s;
    const payee = payeeView(s);
    return { ...rest, ...(upper ? { amountUppercase: upper } : {}), ...(payee ? { payee } : {}) };
  },
};
