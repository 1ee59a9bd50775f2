import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '../../../../shared/contract/applications';
import { getApplication } from '../../../services/applications';

/**
 * The stored application behind the draft being fixed, while it is a returned one: what the pages of the fix read
 * the reason and its concerns from (<ReturnNotice>). Null for a draft, before it loads, or when it cannot be read:
 * the page works without it, and the form's own banner still says it was returned.
 */
export function useReturnedView(draft: { serverId: string; status: string }): ApplicationView | null {
  const [view, setView] = useState<ApplicationView | null>(null);
  useDidShow(() => {
    if (draft.status !== 'returned' || !draft.serverId) {
      setView(null);
      return;
    }
    getApplication(draft.serverId)
      .then((v) => setView(v.status === 'returned' ? v : null))
      .catch(() => setView(null));
  });
  return view;
}
