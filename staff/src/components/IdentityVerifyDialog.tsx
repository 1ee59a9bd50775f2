import { useState } from 'react';
import { Input } from '../ui';
import { verifyIdentity } from '../api/staff';
import { useStaff } from '../app/session';
import { FormDialog } from './FormDialog';
import type { BindingDialogProps } from './BindingDialogProps';

/** The 核验编号 as people read it out: case, spaces and O/0, I/L/1 forgiven (the server's rule). */
function refOf(typed: string): string {
  return typed.replace(/\s/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

/**
 * 核验确认: the staff member has the card (and, for a relative, the proof of the relationship) in hand; they type the
 * name on the card and the 核验编号 the person shows in the mini-program, which must be the chosen account's.
 */
export function IdentityVerifyDialog({ idNumber, binding, onClose, onDone }: BindingDialogProps) {
  const { user } = useStaff();
  const agent = binding.role !== '本人';
  const [name, setName] = useState('');
  const [ref, setRef] = useState('');
  const [evidence, setEvidence] = useState(agent ? '核对身份证原件和户口簿等亲属关系证明' : '核对身份证原件');

  function check(): string | null {
    if (!name.trim()) return '请填写证件上的姓名';
    if (!ref.trim()) return '请填写申请人在小程序中出示的 6 位核验编号';
    if (refOf(ref) !== refOf(binding.ref)) return '核验编号与所选账号的不一致：请核对申请人手机上显示的编号';
    if (!evidence.trim()) return '请填写核验依据';
    return null;
  }

  return (
    <FormDialog
      header="核验确认"
      width="560px"
      confirm="确认已核验"
      className="identity-verify-dialog"
      check={check}
      send={() => verifyIdentity({ idNumber, name: name.trim(), ref: ref.trim(), evidence: evidence.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      <p>
        {agent
          ? `这是${binding.relation ?? '家属'}代办的绑定：请核对被代办人的身份证，以及证明亲属关系的户口簿等材料。`
          : '请核对本人的身份证原件，确认来人就是证件上的人。'}
        申报的姓名是“{binding.declaredName}”，须与证件上的姓名完全一致。
      </p>
      <div className="staff-field-label">
        证件姓名<span className="staff-required">*</span>
      </div>
      <Input name="identity-name" value={name} onChange={(v) => setName(String(v))} maxlength={30} placeholder="照证件填写" />
      <div className="staff-field-label">
        核验编号<span className="staff-required">*</span>（请申请人打开小程序出示）
      </div>
      <Input name="identity-ref" value={ref} onChange={(v) => setRef(String(v))} maxlength={8} placeholder="6 位字母或数字" />
      <div className="staff-field-label">
        核验依据<span className="staff-required">*</span>
      </div>
      <Input name="identity-evidence" value={evidence} onChange={(v) => setEvidence(String(v))} maxlength={100} />
      <p className="staff-muted staff-gap">
        记录的经办人：{user.name}（{user.login}）。本次核验写入绑定历史和访问日志。
      </p>
    </FormDialog>
  );
}
