import { FormEvent, useState } from 'react';
import { LockOnIcon, UserIcon } from 'tdesign-icons-react';
import { Alert, Button, Card, Input } from '../ui';
import { login } from '../api/staff';
import { messageOf } from '../api/errors';
import { useSession } from '../app/session';
import { navigate } from '../app/route';
import { homeOf } from '../app/roles';

/**
 * 登录: login and password. What the server refuses (a wrong password, a locked account and until when) is shown as
 * it says it; the console adds no rule of its own.
 */
export function LoginPage() {
  const { signedIn, notice } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!name.trim() || !password) {
      setError(!name.trim() ? '请填写登录名' : '请填写密码');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await login({ login: name.trim(), password });
      signedIn(session);
      navigate({ page: homeOf(session.user.role) });
    } catch (err) {
      setError(messageOf(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="staff-login">
      <Card className="staff-login-card" bordered>
        <h1 className="staff-login-title">医保明白纸 · 经办工作台</h1>
        <p className="staff-login-sub">医保经办机构、退役军人服务站工作人员使用</p>
        {notice && !error && <Alert theme="warning" message={notice} className="staff-gap login-notice" />}
        {error && <Alert theme="error" message={error} className="staff-gap login-error" />}
        <form onSubmit={(e) => void submit(e)}>
          <div className="staff-field-label">
            登录名
          </div>
          <Input name="login" value={name} onChange={(v) => setName(String(v))} prefixIcon={<UserIcon />} size="large" autocomplete="username" placeholder="管理员分配的登录名" />
          <div className="staff-field-label">
            密码
          </div>
          <Input
            name="password"
            type="password"
            value={password}
            onChange={(v) => setPassword(String(v))}
            onEnter={() => void submit()}
            prefixIcon={<LockOnIcon />}
            size="large"
            autocomplete="current-password"
          />
          <Button type="submit" theme="primary" size="large" block loading={busy} className="staff-login-button" id="login-submit">
            登录
          </Button>
        </form>
        <p className="staff-login-foot">忘记密码请联系本单位管理员重置。</p>
      </Card>
    </div>
  );
}
