import type { ApplicationView } from '../../../../shared/contract/applications';
import { keepRequestIdAfter, newRequestId } from '../../../models/request-id';
import { createDraft, getApplication, submitApplication, updateDraft, withdrawApplication } from '../../../services/applications';
import { attachPhoto } from '../../../services/image';
import { toServiceError } from '../../../services/errors';
import { draftPayload, needsNewServerDraft, sentOptionalOf, type ClaimDraft } from '../model/claim';

/**
 * Files the claim through the applications flow: saves it as a server draft (created once, then updated), uploads
 * the 结算单 photo to it, and submits it with the signed commitment under a request id made once per attempt. Every
 * step's result is saved on the device before the next (`save`), so a lost answer is retried, not repeated: the
 * saved draft is looked up first — if the server already holds it as submitted, that is the answer.
 */
export async function fileClaim(
  start: ClaimDraft,
  /** The 结算单 photo and the checklist item it is (the region's claim form: `sheetItem`). */
  photo: { path: string; item: string } | null,
  save: (draft: ClaimDraft) => void,
): Promise<ApplicationView> {
  let draft = start;
  const keep = (next: ClaimDraft) => {
    draft = next;
    save(next);
  };

  if (draft.serverId) {
    // The last attempt's answer may have been lost after it was filed; or the draft was withdrawn meanwhile.
    const current = await getApplication(draft.serverId).catch((e) => {
      if (toServiceError(e).code === 'NOT_FOUND') return null;
      throw e;
    });
    if (current && (current.status === 'submitted' || current.status === 'accepted')) return current;
    if (!current || (current.status !== 'draft' && current.status !== 'returned')) {
      keep({ ...draft, serverId: '', sentOptional: [], photoUploaded: false, requestId: '' });
    }
  }

  if (needsNewServerDraft(draft)) {
    // A figure cleared since the last save cannot be cleared on the server draft: file a fresh one, drop the old.
    const old = draft.serverId;
    keep({ ...draft, serverId: '', sentOptional: [], photoUploaded: false, requestId: '' });
    await withdrawApplication(old).catch(() => undefined);
  }

  const payload = draftPayload(draft);
  const view = draft.serverId ? await updateDraft({ id: draft.serverId, ...payload }) : await createDraft({ ...payload });
  keep({ ...draft, serverId: view.id, sentOptional: sentOptionalOf(draft) });

  if (!draft.photoUploaded && photo) {
    // Uploaded as a file and attached by its fileID (services/upload): never inside the call.
    await attachPhoto({ applicationId: draft.serverId, item: photo.item }, photo);
    keep({ ...draft, photoUploaded: true });
  }

  const requestId = draft.requestId || newRequestId();
  keep({ ...draft, requestId });
  try {
    return await submitApplication({ requestId, id: draft.serverId, commitment: { accepted: true, signerName: draft.signerName.trim() } });
  } catch (error) {
    // Refused for a reason: the next attempt is a new one. Lost in transport: keep the id, the retry may find it filed.
    if (!keepRequestIdAfter(toServiceError(error))) keep({ ...draft, requestId: '' });
    throw error;
  }
}
