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
      list: (app, who, p) => listMessages(app, who, p),
      unread: (app, who, p) => unreadCount(app, who, p),
      markRead: (app, who, p) => markRead(app, who, p),
      subscribe: (app, who, p) => recordSubscription(app, who, p),
    },
    '消息',
  ),
};
