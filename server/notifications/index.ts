export { DecisionNotice, listMessages, markRead, recordSubscription, unreadCount, subscriptionId, MESSAGE_PAGE } from './service';
export type { MessageView, NotifyingContext } from './service';
export { remindDeadlines } from './deadlines';
export type { ReminderRun } from './deadlines';
export { notificationConfigFromEnv, TEMPLATE_ENV } from './config';
export type { NotificationConfig } from './config';
export { wechatSubscribeSender, stableTokenProvider } from './wechat';
export { standInSender } from './stand-in';
export type { SubscribeSend, SubscribeSender, SendOutcome } from './sender';
