import { useState } from 'react';
import { Alert, Button, Card, Input, MessagePlugin } from '../ui';
import { changePassword } from '../api/staff';
import { ApiError, messageOf } from '../api/errors';

/** 修改密码: the current one, the new one twice. What a good password is, the server says. */
export function PasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);

  async function submit() {
    if (!current) return setError({ message: '请填写当前密码', field: 'current' });
    if (!next) return setError({ message: '请填写新密码', field: 'next' });
    if (next !== again) return setError({ message: '两次填写的新密码不一致', field: 'again' });
    setBusy(true);
    setError(null);
    try {
      await changePassword({ current, next });
      setCurrent('');
      setNext('');
      setAgain('');
      void MessagePlugin.success('密码已修改，下次登录请用新密码');
    } catch (e) {
      setError({ message: messageOf(e), field: e instanceof ApiError ? e.field : undefined });
    } finally {
      setBusy(false);
    }
  }

  const status = (f: string) => (error?.field === f ? 'error' : 'default');
  return (
    <div className="staff-page">
      <div className="staff-page-head">
        <h2 className="staff-page-title">修改密码</h2>
      </div>
      <Card bordered className="staff-card password-card">
        <div className="staff-field-label">当前密码</div>
        <Input name="current" type="password" value={current} onChange={(v) => setCurrent(String(v))} status={status('current')} autocomplete="current-password" />
        <div className="staff-field-label">新密码</div>
        <Input name="next" type="password" value={next} onChange={(v) => setNext(String(v))} status={status('next')} autocomplete="new-password" />
        <div className="staff-field-label">再次填写新密码</div>
        <Input name="again" type="password" value={again} onChange={(v) => setAgain(String(v))} status={status('again')} autocomplete="new-password" onEnter={() => void submit()} />
        {error && <Alert theme="error" message={error.message} className="staff-gap" />}
        <Button theme="primary" loading={busy} onClick={() => void submit()} className="staff-gap">
          修改密码
        </Button>
      </Card>
    </div>
  );
}
