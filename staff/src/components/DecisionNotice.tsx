import { Alert } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { concernLabels } from '../app/concerns';

/** The decision already taken (退回 or 不予受理): its reason and the boxes and materials it names, as the applicant sees them. */
export function DecisionNotice({ detail }: { detail: StaffApplicationDetail }) {
  const { application: a } = detail;
  if (!a.decisionReason) return null;
  const named = a.returnConcerns ? concernLabels(detail, a.returnConcerns) : [];
  return (
    <Alert
      theme={a.status === 'rejected' ? 'error' : 'info'}
      title={a.status === 'rejected' ? '不予受理的原因' : '上次退回的原因'}
      message={
        <div className="decision-notice">
          <div className="decision-reason">{a.decisionReason}</div>
          {named.length > 0 && <div className="staff-muted">涉及：{named.join('、')}</div>}
        </div>
      }
      className="staff-gap"
    />
  );
}
