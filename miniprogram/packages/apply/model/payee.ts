import type { ApplicationView } from '../../../../shared/contract/applications';
import { citationText } from '../../../../shared/source';
import { grouped } from '../../../../shared/money';
import { accountWarning, groupAccount, PAYEE_SOURCES } from '../../../../shared/applications/manual-reimbursement/payee';
import { REIMBURSEMENT_AMOUNT_NOTE, reimbursementAmountSourceText } from '../../../../shared/applications/manual-reimbursement/amount';
import type { ApplyDraft } from './draft';
import type { DetailRow } from './status';

/**
 * 收款账户 on the pages: the payee is the insured person (参保人) themself, by name, never typed (004 第二章 十七问:
 * "本人姓名的银行卡"; 003 is silent). The number is shown grouped while typed and, once the server holds it, only
 * masked: the server never sends it back.
 */
export const PAYEE_NOTE = '（参保人本人，须为本人姓名的银行卡）';
export const PAYEE_SOURCE_TEXT = `依据：${PAYEE_SOURCES.map(citationText).join('；')}。山西的办事指南没有写报销款付到哪个账户，依据的文件中只有巴中市医保手册写明凭“本人姓名的银行卡”办理。`;

/** The payee's name: the principal's, whoever files. */
export function payeeName(d: ApplyDraft): string {
  return (d.who === 'family' ? d.member?.name : d.principal.name) ?? '';
}

/** What the box shows as she types: "6222 0212 3456 7894" (digits only kept in the draft). */
export function accountShown(digits: string): string {
  return groupAccount(digits);
}

/** What is kept of a typed number: its digits (the box groups them; a paste may bring spaces or dashes). */
export function accountTyped(value: string): string {
  return value.replace(/\D/g, '').slice(0, 19);
}

export { accountWarning };

/** After a save: the number the server now holds, masked, and the typed one dropped from the phone. */
export function payeeAfterSave(view: ApplicationView): Partial<ApplyDraft> {
  const masked = view.manualReimbursement?.payee?.accountMasked;
  return masked ? { accountMasked: masked, account: '' } : {};
}

export function payeeRows(view: ApplicationView): DetailRow[] {
  const p = view.manualReimbursement?.payee;
  if (!p) return [];
  const rows: DetailRow[] = [{ label: '收款人', value: `${view.principal.name ?? '参保人'}${PAYEE_NOTE}` }];
  if (p.bank) rows.push({ label: '开户银行', value: p.bank });
  if (p.accountMasked) rows.push({ label: '银行卡号', value: p.accountMasked });
  return rows;
}

/** The money of a 手工报销, as the detail and commit pages show it: what was claimed, where it goes, what is not known. */
export interface ReimbursementMoney {
  claimed?: string;
  claimedWords?: string;
  payeeName: string;
  bank?: string;
  accountMasked?: string;
  note: string;
  source: string;
}

export function reimbursementMoney(view: ApplicationView): ReimbursementMoney | null {
  const mr = view.manualReimbursement;
  if (!mr) return null;
  return {
    ...(mr.amount && /^\d+(\.\d{1,2})?$/.test(mr.amount) ? { claimed: `${grouped(mr.amount)} 元` } : {}),
    ...(mr.amountUppercase ? { claimedWords: mr.amountUppercase } : {}),
    payeeName: view.principal.name ?? '参保人',
    ...(mr.payee?.bank ? { bank: mr.payee.bank } : {}),
    ...(mr.payee?.accountMasked ? { accountMasked: mr.payee.accountMasked } : {}),
    note: REIMBURSEMENT_AMOUNT_NOTE,
    source: reimbursementAmountSourceText(),
  };
}
