import { z } from 'zod';
import { veteranClaimFigures } from '../applications/veteran-subsidy';

/**
 * Requests of the `subsidy` function's ledger actions. Whose ledger: the caller's own (no familyMemberId) or a saved
 * family member's; never an ID number in the request.
 */
const familyMemberId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '家庭成员编号格式不正确');
const year = z
  .number({ invalid_type_error: '年度须为数字，例如 2026' })
  .int('年度须为整数，例如 2026')
  .min(2000, '年度须在 2000 年以后')
  .max(2100, '年度不正确');

export const subsidyStatusRequest = z.object({ familyMemberId: familyMemberId.optional(), year: year.optional() }).strict();

/**
 * The 结算单 figures of a 县外 住院, estimated against the ledger before the claim is filed: as every region offering
 * the claim accepts them (the function then checks the person's own region offers it).
 */
export const estimateClaimRequest = z.object({ familyMemberId: familyMemberId.optional(), veteranSubsidy: veteranClaimFigures }).strict();
