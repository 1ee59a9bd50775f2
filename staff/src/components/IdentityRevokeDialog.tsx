import { useState } from 'react';
import { Textarea } from '../ui';
import { revokeIdentity } from '../api/staff';
import { useStaff } from '../app/session';
import { FormDialog } from './FormDialog';
import type { BindingDialogProps } from './BindingDialogProps';

/** 撤销 a binding, with the reason kept in its history; any office may, including one that did not verify it. */
export function IdentityRevokeDialog({ idNumber, binding, onClose, onDone }: BindingDialogProps) {
  const { user } = useStaff();
  const [reason, setReason] = useState('');
  const mine = `${user.name}（${user.login}）`;

  return (
    <FormDialog
      header="撤销绑定"
      width="560px"
      confirm="确认撤销"
      theme="danger"
      className="identity-revoke-dialog"
      check={() => (reason.trim() ? null : '请填写撤销的原因')}
      send={() => revokeIdentity({ idNumber, ref: binding.ref, reason: reason.trim() })}
      onClose={onClose}
      onDone={onDone}
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
    </FormDialog>
  );
}
