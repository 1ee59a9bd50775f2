import type { ApplicationView } from '../../../../shared/contract/applications';
import { draftRequest } from '../model/content';
import type { ApplyDraft } from '../model/draft';
import { createDraft, updateDraft } from '../../../services/applications';

/**
 * Saves the draft on the server: creates it the first time, updates it afterwards (a returned application is updated
 * the same way). Returns the server's view and the draft with its server id recorded.
 */
export async function saveToServer(draft: ApplyDraft): Promise<{ view: ApplicationView; draft: ApplyDraft }> {
  const req = draftRequest(draft);
  const view = draft.serverId ? await updateDraft({ id: draft.serverId, ...req }) : await createDraft({ ...req });
  return { view, draft: { ...draft, serverId: view.id, serverMemberId: draft.memberId || draft.serverMemberId } };
}
