import { useState } from 'react';
import { Alert, Button, Card, Dialog, Input, Space } from '../ui';
import type { StaffIssuedCode } from '../../../shared/contract/staff';
import { issueRosterCode } from '../api/staff';
import { messageOf } from '../api/errors';

/**
 * 发放一次性核验码 (服务站): for a veteran on the roster of the staff member's own township or county, the name typed
 * exactly as the roster has it. The code is shown once, here; a new one ends the old.
 */
export function RosterCodeCard({ idNumber }: { idNumber: string }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<StaffIssuedCode | null>(null);

  async function issue() {
    if (!name.trim()) return setError('请填写名册上的姓名');
    setBusy(true);
    setError(null);
    try {
      setIssued(await issueRosterCode({ idNumber, name: name.trim() }));
      setName('');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="发放一次性核验码（服务站）" className="staff-card staff-gap">
      <p className="staff-muted">
        只对本乡（镇）或本县优抚对象名册上的人员发放。本人或家属在小程序中输入姓名、身份证号和核验码，三者与名册一致即完成核验。
        再次发放会使之前的核验码作废。
      </p>
      <Space>
        <Input name="roster-name" value={name} onChange={(v) => setName(String(v))} maxlength={30} placeholder="名册上的姓名" style={{ width: 200 }} />
        <Button theme="primary" variant="outline" loading={busy} onClick={() => void issue()} className="roster-code-button">
          发放核验码
        </Button>
      </Space>
      {error && <Alert theme="error" message={error} className="staff-gap" />}
      {issued && (
        <Dialog
          visible
          header="一次性核验码"
          width="480px"
          confirmBtn="我已交给申请人"
          cancelBtn={null}
          onConfirm={() => setIssued(null)}
          onClose={() => setIssued(null)}
          className="roster-code-dialog"
        >
          <p>
            {issued.name}　{issued.idNumberMasked}
          </p>
          <p className="roster-code">
            <strong>{`${issued.code.slice(0, 4)} ${issued.code.slice(4)}`}</strong>
          </p>
          <p className="staff-muted">有效期至 {issued.expiresAtText}（北京时间）。核验码只显示这一次，关闭后无法再查看，请当面交给本人或家属。</p>
        </Dialog>
      )}
    </Card>
  );
}
