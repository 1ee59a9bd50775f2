import { useState } from 'react';
import { Input } from '../ui';
import type { StaffUserView } from '../../../shared/contract/staff';
import { resetUserPassword } from '../api/staff';
import { FormDialog } from './FormDialog';

/** 重置密码 of one account (admin): the new password is told to the person outside the console. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: StaffUserView; onClose: () => void; onDone: () => void }) {
  const [password, setPassword] = useState('');

  return (
    <FormDialog
      header={`重置密码：${user.name}（${user.login}）`}
      width="480px"
      confirm="设置新密码"
      check={() => (password ? null : '请填写新密码')}
      send={() => resetUserPassword(user.login, password)}
      onClose={onClose}
      onDone={onDone}
    >
      <div className="staff-field-label">新密码</div>
      <Input name="reset-password" type="password" value={password} onChange={(v) => setPassword(String(v))} autocomplete="new-password" />
      <p className="staff-muted">设置后请当面或电话告知本人，并请其登录后在“修改密码”中改成自己的密码。</p>
    </FormDialog>
  );
}
