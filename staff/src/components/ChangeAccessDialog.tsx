import { useState } from 'react';
import { Input, Select } from '../ui';
import type { StaffRole, StaffUserView } from '../../../shared/contract/staff';
import { changeUserAccess } from '../api/staff';
import { ROLE_LABELS } from '../app/roles';
import { SCOPE_REGIONS, scopeRegion } from '../app/regions';
import { FormDialog } from './FormDialog';

/** 更改角色或范围 of another account (admin): the account's sessions end; the change is in 账号变更记录. */
export function ChangeAccessDialog({ user, onClose, onDone }: { user: StaffUserView; onClose: () => void; onDone: () => void }) {
  const [role, setRole] = useState<StaffRole>(user.role);
  const [region, setRegion] = useState(user.region);
  const [area, setArea] = useState(user.area ?? '');
  const areas = scopeRegion(region)?.areas ?? [];

  return (
    <FormDialog
      header={`更改角色或范围：${user.name}（${user.login}）`}
      width="520px"
      confirm="确认更改"
      check={() => null}
      send={() => changeUserAccess(user.login, { role, region, area: area.trim() || null })}
      onClose={onClose}
      onDone={onDone}
    >
      <div className="staff-form-grid">
        <div className="staff-field-label">角色</div>
        <Select value={role} onChange={(v) => setRole(v as StaffRole)} options={(Object.keys(ROLE_LABELS) as StaffRole[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        <div className="staff-field-label">地区</div>
        <Select value={region} onChange={(v) => (setRegion(String(v)), setArea(''))} options={SCOPE_REGIONS} />
        <div className="staff-field-label">所辖区域</div>
        {areas === null ? (
          <Input name="access-area" value={area} onChange={(v) => setArea(String(v))} placeholder="名册上的乡镇名称；不填则可办理全地区" />
        ) : (
          <Select value={area} onChange={(v) => setArea((v as string) ?? '')} options={[{ value: '', label: '全地区（不限县区）' }, ...areas.map((a) => ({ value: a, label: a }))]} disabled={areas.length === 0} />
        )}
      </div>
      <p className="staff-muted">更改后该账号已登录的会话全部结束，需重新登录。</p>
    </FormDialog>
  );
}
