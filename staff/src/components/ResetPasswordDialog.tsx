import { useState } from 'react';
import { Alert, Dialog, Input } from '../ui';
import type { StaffUserView } from '../../../shared/contract/staff';
import { resetUserPassword } from '../api/staff';
import { messageOf } from '../api/errors';

/** 重置密码 of one account (admin): the new password is told to the person outside the console. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: StaffUserView; onClose: () => void; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!password) return setError('请填写新密码');
    setBusy(true);
    setError(null);
    try {
      await resetUserPassword(user.login, password);
      onDone();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog visible header={`重置密码：${user.name}（${user.login}）`} width="480px" confirmBtn={{ content: '设置新密码', loading: busy }} cancelBtn="取消" onConfirm={() => void submit()} onClose={onClose}>
      <div className="staff-field-label">新密码</div>
      <Input name="reset-password" type="password" value={password} onChange={(v) => setPassword(String(v))} autocomplete="new-password" />
      <p className="staff-muted">设置后请当面或电话告知本人，并请其登录后在“修改密码”中改成自己的密码。</p>
      {error && <Alert theme="error" message={error} className="staff-gap" />}
    </Dialog>
  );
}
