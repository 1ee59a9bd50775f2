import { Card, Timeline } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';

const DOT: Record<string, string> = { accept: 'green', return: 'orange', reject: 'red', withdraw: 'gray', cancel: 'gray' };

/** What happened to the application, oldest first, in China time as the server writes it. */
export function TimelineCard({ timeline }: { timeline: StaffApplicationDetail['timeline'] }) {
  return (
    <Card title="办理记录" bordered className="staff-card timeline-card">
      {timeline.length === 0 ? (
        <p className="staff-muted">暂无办理记录。</p>
      ) : (
        <Timeline mode="same">
          {timeline.map((e, i) => (
            <Timeline.Item key={i} dotColor={DOT[e.action] ?? 'primary'} label={e.atText}>
              <div className="timeline-status">
                {e.statusLabel}
                <span className="staff-muted">　{e.who}</span>
              </div>
              {e.note && <div className="timeline-note">{e.note}</div>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
