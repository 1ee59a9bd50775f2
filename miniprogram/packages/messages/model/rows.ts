import type { MessageView } from '../../../services/messages';

/** One 消息 as the list shows it: Beijing time, and a tone per event like the application's status badge. */
export interface MessageRow {
  id: string;
  applicationId: string;
  title: string;
  body: string;
  when: string;
  unread: boolean;
  tone: 'warn' | 'ok' | 'bad';
}

const TONE: Record<MessageView['event'], MessageRow['tone']> = { returned: 'warn', accepted: 'ok', rejected: 'bad' };

export function beijingTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export function messageRows(items: MessageView[]): MessageRow[] {
  return items.map((m) => ({
    id: m.id,
    applicationId: m.applicationId,
    title: m.title,
    body: m.body,
    when: beijingTime(m.createdAt),
    unread: !m.read,
    tone: TONE[m.event],
  }));
}

/** The application a message is about. */
export const applicationUrl = (applicationId: string) => `/packages/apply/pages/detail/index?id=${encodeURIComponent(applicationId)}`;

