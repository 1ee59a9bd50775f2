import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { readStored, removeStored, writeStored } from '../../../services/storage';
import { emptyDraft, parseDraft, serializeDraft, type ApplyDraft } from '../model/draft';
import { DRAFT_KEY } from '../model/storage-keys';

/** The one application in progress on this phone. */
export function loadDraft(): ApplyDraft {
  return readStored(DRAFT_KEY, (raw) => (raw === undefined ? emptyDraft() : parseDraft(raw)));
}

export function saveDraft(draft: ApplyDraft): void {
  writeStored(DRAFT_KEY, serializeDraft(draft));
}

export function clearDraft(): void {
  removeStored(DRAFT_KEY);
}

/**
 * The draft as a page sees it. Pages of the flow stay open under one another; each one reads the stored draft again
 * when it shows, and every change starts from the stored draft, so a page coming back never writes an old copy
 * over what a later page saved.
 */
export function useApplyDraft(): [ApplyDraft, (change: (draft: ApplyDraft) => ApplyDraft) => ApplyDraft] {
  const [draft, setDraft] = useState<ApplyDraft>(loadDraft);
  useDidShow(() => setDraft(loadDraft()));
  const update = useCallback((change: (draft: ApplyDraft) => ApplyDraft) => {
    const next = change(loadDraft());
    saveDraft(next);
    setDraft(next);
    return next;
  }, []);
  return [draft, update];
}
