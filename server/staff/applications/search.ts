import type { AppContext } from '../../applications/context';
import type { ApplicationQuery } from '../../store/store';
import { RuleError } from '../../../shared/errors';
import { normalizeNumber } from '../../../shared/applications/numbers';
import { normalizeIdNumber } from '../../../shared/idcard';

/**
 * What the queue's one search box was given, as a store filter. Each key is matched by the store, never by reading
 * records into memory: a business number and an ID number by an exact key (the ID through the cipher's lookup hash
 * against principal_id_hash — never by decrypting), a phone and a name by their fields within the staff member's
 * scope (SQLite reads those rows by the scope's index and compares the field; see the report in DEVELOPERS.md).
 */
export function searchFilter(ctx: AppContext, q: string): Pick<ApplicationQuery, 'number' | 'principalIdHashes' | 'phone' | 'principalNamePrefix'> {
  const text = q.normalize('NFKC').replace(/\s+/g, '');
  const number = normalizeNumber(text);
  if (number) return { number };
  if (/^\d{17}[\dXx]$/.test(text)) return { principalIdHashes: [ctx.cipher.hash(normalizeIdNumber(text))] };
  if (/^1\d{10}$/.test(text)) return { phone: text };
  // A name: Han characters, letters and the middle dot of minority names (and nothing that looks like a number).
  if (/^[\p{Script=Han}A-Za-z·•]{1,30}$/u.test(text)) return { principalNamePrefix: q.trim().normalize('NFC') };
  throw new RuleError('INVALID_INPUT', '搜索：请输入业务编号（例如 BZ-2026-000123）、姓名、11 位手机号或 18 位身份证号', 'q');
}
