import { readStored, removeStored, writeStored } from '../../../services/storage';
import { parseClaim, type ClaimDraft } from '../model/claim';
import { CLAIM_KEY, WHOSE_KEY } from '../model/storage-keys';
import { parseWhose, type Whose } from '../model/whose';

/** Whose ledger the page opens on. */
export function loadWhose(): Whose {
  return readStored(WHOSE_KEY, parseWhose);
}

export function saveWhose(whose: Whose): void {
  writeStored(WHOSE_KEY, whose);
}

/** The claim being filled in for `whose` (a claim kept for someone else is not it: an empty one is returned). */
export function loadClaim(whose: Whose): ClaimDraft {
  return readStored(CLAIM_KEY, (raw) => parseClaim(raw, whose));
}

export function saveClaim(draft: ClaimDraft): void {
  writeStored(CLAIM_KEY, JSON.stringify(draft));
}

export function clearClaim(): void {
  removeStored(CLAIM_KEY);
}
