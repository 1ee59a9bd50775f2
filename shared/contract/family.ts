import type { CloseRelative } from '../filing/relations';

/** A saved family member as the client sees it: the ID number masked, never sent back whole. */
export interface FamilyMemberView {
  id: string;
  name: string;
  relation: CloseRelative;
  relationLabel: string;
  idNumberMasked: string;
  phoneMasked: string | null;
  /**
   * The account's agent binding to this relative: `declared` files for them; `verified` (the 服务站's code, or staff
   * checked the relationship) also reads a 优抚 relative's ledger and files their 住院补助 claims.
   */
  level: 'declared' | 'verified';
  /** The 核验编号 to show at the office. */
  ref: string;
}

