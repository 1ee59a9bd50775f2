/**
 * The `messages` function (server/functions/messages.ts): 消息 about what staff decided on the applications an account
 * can see, and the WeChat subscriptions it accepted. The mini-program reads these types (services/messages.ts).
 */

/** What a message is about: the application was 退回, 受理 or 不予受理, or a claim of a recorded stay falls due soon. */
export type MessageEvent = 'returned' | 'accepted' | 'rejected' | 'deadline';

export interface MessageView {
  id: string;
  /** null for a deadline: it is about a stay of the year record below, not an application. */
  applicationId: string | null;
  /** The year record (person, year) whose page a deadline message opens. */
  yearRecord?: { person: string; year: number };
  event: MessageEvent;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** `list`: newest first, a page at a time, with the total and the unread count for the badge. */
export interface MessagePage {
  items: MessageView[];
  total: number;
  nextCursor: string | null;
  unread: number;
}

/** `unread` and `markRead` answer the unread count left. */
export interface UnreadCount {
  unread: number;
}

/** `subscribe`: the events whose one-time template the person accepted (one send each). */
export interface SubscribeAnswer {
  accepted: MessageEvent[];
}

/** The requests, by action. `subscribe.results` is wx.requestSubscribeMessage's answer: { [templateId]: 'accept' | … }. */
export type MessagesRequest =
  | { action: 'list'; cursor?: string; limit?: number; unread?: boolean }
  | { action: 'unread' }
  | { action: 'markRead'; id: string }
  | { action: 'markRead'; all: true }
  | { action: 'subscribe'; results: Record<string, string> };
