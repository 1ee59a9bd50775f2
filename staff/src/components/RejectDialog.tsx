import { useState } from 'react';
import { Alert, Dialog, Textarea } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { reject } from '../api/staff';
import { messageOf } from '../api/errors';

/** 不予受理, with the reason the applicant will read; it ends the application. */
export function RejectDialog({ detail, visible, onClose, onDone }: { detail: StaffApplicationDetail; visible: boolean; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!reason.trim()) return setError('请填写不予受理的原因');
    setBusy(true);
    setError(null);
    try {
      await reject(detail.application.id, { reason: reason.trim() });
      onDone();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      visible={visible}
      header="不予受理"
      width="560px"
      confirmBtn={{ content: '确认不予受理', loading: busy, theme: 'danger' }}
      cancelBtn="取消"
      onConfirm={() => void submit()}
      onClose={onClose}
      className="reject-dialog"
    >
      <p>不予受理后这份申请即办结，申请人会收到通知，需要时只能重新申请。</p>
      <div className="staff-field-label">
        原因<span className="staff-required">*</span>（申请人会看到这段话）
      </div>
      <Textarea name="reject-reason" value={reason} onChange={(v) => setReason(String(v))} autosize={{ minRows: 3, maxRows: 6 }} maxlength={200} />
      {error && <Alert theme="error" message={error} className="staff-gap" />}
    </Dialog>
  );
}
