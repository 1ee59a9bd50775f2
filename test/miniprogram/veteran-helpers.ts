import { saveFamilyMember } from '../../server/applications';
import { verifiedMember, verifiedSelf } from './identity-helpers';
import { importPayments } from '../../server/veteran/import/payments';
import { importRoster } from '../../server/veteran/import/roster';
import { emptyClaim, splitDate, type ClaimDraft } from '../../miniprogram/packages/veteran/model/claim';
import { LI, LI_DAUGHTER, PAYMENT_HEADER, ROSTER_HEADER, csv, ledgerContext, rosterRows, writeFile } from '../veteran/ledger-helpers';

/** Li (在乡复员军人) and his daughter's phones; a stranger who is on no roster. */
export const LI_PHONE = { openid: 'o-vet-li' };
export const DAUGHTER_PHONE = { openid: 'o-vet-daughter' };
export const STRANGER_PHONE = { openid: 'o-vet-stranger' };

/**
 * The county's roster and 2026 payment list on a fresh store (clock at 2026-11-20, China): Li's 800 定额门诊补助 paid
 * on 2026-02-15 and a 9,500 一站式 住院补助 on 2026-08-03 — so 30,000 − 9,500 = 20,500 is left of his cap.
 */
export async function countyContext() {
  const ctx = ledgerContext();
  await importRoster(ctx, { file: writeFile(ctx.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
  await importPayments(ctx, {
    file: writeFile(
      ctx.dataDir,
      'payments.csv',
      csv([PAYMENT_HEADER, [LI.name, LI.idNumber, '定额门诊补助', '', '2026-02-15', '800', '', ''], [LI.name, LI.idNumber, '住院补助', '一站式', '2026-08-03', '9500', '阳城县人民医院', '']]),
    ),
    allowErrors: false,
  });
  return ctx;
}

/** The daughter saves her father once, as the page's member form does: declared only, his ledger not open yet. */
export async function declaredFather(ctx: Awaited<ReturnType<typeof countyContext>>) {
  return saveFamilyMember(ctx, DAUGHTER_PHONE, { name: LI.name, relation: 'parent', idNumber: LI.idNumber });
}

/** Saved, and the relationship verified by the office: she reads his ledger and files for him. */
export async function savedFather(ctx: Awaited<ReturnType<typeof countyContext>>) {
  return verifiedMember(ctx, await declaredFather(ctx), LI.idNumber);
}

/** Li himself, verified at the counter: his own ledger opens. */
export async function verifiedLi(ctx: Awaited<ReturnType<typeof countyContext>>) {
  await verifiedSelf(ctx, LI_PHONE, { name: LI.name, idNumber: LI.idNumber });
}

/** Li's 县外 stay (山西省人民医院, 2026-09-28 – 10-08, 12,000 left after insurance) as the claim page holds it. */
export function claimFor(whose: string, patch: Partial<ClaimDraft> = {}): ClaimDraft {
  const self = whose === '';
  return {
    ...emptyClaim(whose),
    hospital: '山西省人民医院',
    admission: splitDate('2026-09-28'),
    discharge: splitDate('2026-10-08'),
    inScopeSelfPay: '12000',
    exclusions: { falseInformation: 'no', misconduct: 'no', liableThirdParty: 'no', cosmeticOrRehabilitation: 'no', notSettledByInsurance: 'no' },
    settlementSheet: 'original',
    me: self ? { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' } : { name: LI_DAUGHTER.name, idNumber: LI_DAUGHTER.idNumber, phone: LI_DAUGHTER.phone },
    principalPhone: self ? '' : '13800002222',
    signerName: self ? LI.name : LI_DAUGHTER.name,
    accepted: true,
    ...patch,
  };
}
