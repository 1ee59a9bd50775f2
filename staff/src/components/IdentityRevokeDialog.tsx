import { useState } from 'react';
import { Alert, Dialog, Textarea } from '../ui';
import type { StaffIdentityBinding } from '../../../shared/contract/staff';
import { revokeIdentity } from '../api/staff';
import { messageOf } from '../api/errors';
import { useStaff } from '../app/session';

/** 撤销 a binding, with the reason kept in its history; any office may, including one that did not verify it. */
export function IdentityRevokeDialog({
  idNumber,
  binding,
  onClose,
  onDone,
}: {
  idNumber: string;
  binding: StaffIdentityBinding;
  onClose: () => void;
  onDone: () => void;
}) {
  const { user } = useStaff();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = `${user.name}（${user.login}）`;

  async function submit() {
    if (!reason.trim()) return setError('请填写撤销的原因');
    setBusy(true);
    setError(null);
    try {
      await revokeIdentity({ idNumber, ref: binding.ref, reason: reason.trim() });
      onDone();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      visible
      header="撤销绑定"
      width="560px"
      confirmBtn={{ content: '确认撤销', loading: busy, theme: 'danger' }}
      cancelBtn="取消"
      onConfirm={() => void submit()}
      onClose={onClose}
      className="identity-revoke-dialog"
    >
      <p>
        撤销后，{binding.account}（{binding.role}，核验编号 {binding.ref}）不再绑定此人，需要时在小程序中重新申报、重新核验。
        {binding.verifiedBy && binding.verifiedBy !== mine ? `这条绑定由 ${binding.verifiedBy} 核验；撤销会记下原核验人和您的原因。` : ''}
      </p>
      <div className="staff-field-label">
        原因<span className="staff-required">*</span>
      </div>
      <Textarea name="revoke-reason" value={reason} onChange={(v) => setReason(String(v))} autosize={{ minRows: 3, maxRows: 6 }} maxlength={200} />
      <p className="staff-muted staff-gap">记录的经办人：{mine}。本次撤销写入绑定历史和访问日志。</p>
      {error && <Alert theme="error" message={error} className="staff-gap" />}
    </Dialog>
  );
}
