import type { MessageView } from '../../../services/messages';

/** One 消息 as the list shows it: Beijing time, and a tone per event like the application's status badge. */
export interface MessageRow {
  id: string;
  /** The page the message opens: the application, or for a deadline the year record it is about. */
  url: string;
  title: string;
  body: string;
  when: string;
  unread: boolean;
  tone: 'warn' | 'ok' | 'bad';
}

const TONE: Record<MessageView['event'], MessageRow['tone']> = { returned: 'warn', accepted: 'ok', rejected: 'bad', deadline: 'warn' };

export function beijingTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export function messageRows(items: MessageView[]): MessageRow[] {
  return items.map((m) => ({
    id: m.id,
    url: urlOf(m),
    title: m.title,
    body: m.body,
    when: beijingTime(m.createdAt),
    unread: !m.read,
    tone: TONE[m.event],
  }));
}

/** The application a message is about. */
export const applicationUrl = (applicationId: string) => `/packages/apply/pages/detail/index?id=${encodeURIComponent(applicationId)}`;

/** The year page of the record a deadline is about (its person and year, as the page reads them). */
export const yearUrl = (r: { person: string; year: number }) =>
  `/packages/estimate/pages/year/index?person=${encodeURIComponent(r.person)}&year=${r.year}`;

function urlOf(m: MessageView): string {
  if (m.applicationId !== null) return applicationUrl(m.applicationId);
  // A deadline without its record reference (none is written so) still opens the year page at this year.
  return m.yearRecord ? yearUrl(m.yearRecord) : '/packages/estimate/pages/year/index';
}

