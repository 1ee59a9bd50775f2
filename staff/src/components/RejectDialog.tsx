import { useState } from 'react';
import { Textarea } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { reject } from '../api/staff';
import { FormDialog } from './FormDialog';

/** 不予受理, with the reason the applicant will read; it ends the application. */
export function RejectDialog({ detail, visible, onClose, onDone }: { detail: StaffApplicationDetail; visible: boolean; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');

  return (
    <FormDialog
      visible={visible}
      header="不予受理"
      width="560px"
      confirm="确认不予受理"
      theme="danger"
      className="reject-dialog"
      check={() => (reason.trim() ? null : '请填写不予受理的原因')}
      send={() => reject(detail.application.id, { reason: reason.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      <p>不予受理后这份申请即办结，申请人会收到通知，需要时只能重新申请。</p>
      <div className="staff-field-label">
        原因<span className="staff-required">*</span>（申请人会看到这段话）
      </div>
      <Textarea name="reject-reason" value={reason} onChange={(v) => setReason(String(v))} autosize={{ minRows: 3, maxRows: 6 }} maxlength={200} />
    </FormDialog>
  );
}
