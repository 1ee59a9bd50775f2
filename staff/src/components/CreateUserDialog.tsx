import { useState } from 'react';
import { Alert, Dialog, Input, Select } from '../ui';
import type { StaffRole, StaffUserView } from '../../../shared/contract/staff';
import { createUser } from '../api/staff';
import { ApiError, messageOf } from '../api/errors';
import { ROLE_LABELS } from '../app/roles';
import { SCOPE_REGIONS, scopeRegion } from '../app/regions';

interface Draft {
  login: string;
  name: string;
  role: StaffRole;
  region: string;
  area: string;
  password: string;
}

const LABELS: Record<keyof Draft, string> = { login: '登录名', name: '姓名', role: '角色', region: '地区', area: '所辖区域', password: '初始密码' };

/** 新建账号: login, name, role, region, the area it narrows to (empty: the whole region), and a first password. */
export function CreateUserDialog({ visible, defaultRegion, onClose, onDone }: { visible: boolean; defaultRegion: string; onClose: () => void; onDone: (u: StaffUserView) => void }) {
  const [draft, setDraft] = useState<Draft>({ login: '', name: '', role: 'reviewer', region: defaultRegion, area: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit() {
    for (const key of ['login', 'name', 'password'] as const) {
      if (!draft[key].trim()) return setError({ message: `请填写${LABELS[key]}`, field: key });
    }
    setBusy(true);
    setError(null);
    try {
      const u = await createUser({
        login: draft.login.trim(),
        name: draft.name.trim(),
        role: draft.role,
        region: draft.region,
        ...(draft.area.trim() ? { area: draft.area.trim() } : {}),
        password: draft.password,
      });
      setDraft({ login: '', name: '', role: 'reviewer', region: defaultRegion, area: '', password: '' });
      onDone(u);
    } catch (e) {
      setError({ message: messageOf(e), field: e instanceof ApiError ? e.field : undefined });
    } finally {
      setBusy(false);
    }
  }

  const areas = scopeRegion(draft.region)?.areas ?? [];
  const status = (key: keyof Draft) => (error?.field === key ? 'error' : 'default');
  return (
    <Dialog visible={visible} header="新建账号" width="560px" confirmBtn={{ content: '新建', loading: busy }} cancelBtn="取消" onConfirm={() => void submit()} onClose={onClose} className="create-user-dialog">
      <div className="staff-form-grid">
        <div className="staff-field-label">登录名</div>
        <Input name="new-login" value={draft.login} onChange={(v) => set('login', String(v))} status={status('login')} placeholder="字母、数字，登录时使用" />
        <div className="staff-field-label">姓名</div>
        <Input name="new-name" value={draft.name} onChange={(v) => set('name', String(v))} status={status('name')} />
        <div className="staff-field-label">角色</div>
        <Select value={draft.role} onChange={(v) => set('role', v as StaffRole)} options={(Object.keys(ROLE_LABELS) as StaffRole[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }))} status={status('role')} />
        <div className="staff-field-label">地区</div>
        <Select value={draft.region} onChange={(v) => setDraft((d) => ({ ...d, region: String(v), area: '' }))} options={SCOPE_REGIONS} status={status('region')} />
        <div className="staff-field-label">所辖区域</div>
        {areas === null ? (
          <Input name="new-area" value={draft.area} onChange={(v) => set('area', String(v))} status={status('area')} placeholder="名册上的乡镇名称，如某某镇；不填则可办理全地区" />
        ) : (
          <Select
            value={draft.area}
            onChange={(v) => set('area', (v as string) ?? '')}
            options={[{ value: '', label: '全地区（不限县区）' }, ...areas.map((a) => ({ value: a, label: a }))]}
            status={status('area')}
            disabled={areas.length === 0}
          />
        )}
        <div className="staff-field-label">初始密码</div>
        <Input name="new-password" type="password" value={draft.password} onChange={(v) => set('password', String(v))} status={status('password')} autocomplete="new-password" />
      </div>
      {error && <Alert theme="error" message={error.message} className="staff-gap" />}
    </Dialog>
  );
}
