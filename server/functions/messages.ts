import type { MessagePage, SubscribeAnswer, UnreadCount } from '../../shared/contract/messages';
import { listMessages, markRead, recordSubscription, unreadCount } from '../notifications';
import { dispatch } from './actions';
import type { StoreFunction } from './types';

/**
 * 消息 (issue 12): what staff decided on the applications an account can see — the in-app list with its unread
 * count (the same on weapp, H5 and the local product), marking read, and the WeChat subscriptions the account
 * accepted (wx.requestSubscribeMessage's answer, reported by the client).
 */
export const messagesFunction: StoreFunction = {
  name: 'messages',
  kind: 'store',
  handle: dispatch(
    {
      // Each answer is held to the wire type the mini-program reads (shared/contract/messages.ts).
      list: (app, who, p): Promise<MessagePage> => listMessages(app, who, p),
      unread: (app, who, p): Promise<UnreadCount> => unreadCount(app, who, p),
      markRead: (app, who, p): Promise<UnreadCount> => markRead(app, who, p),
      subscribe: (app, who, p): Promise<SubscribeAnswer> => recordSubscription(app, who, p),
    },
    '消息',
  ),
};
