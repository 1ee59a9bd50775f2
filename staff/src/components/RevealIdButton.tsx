import { useState } from 'react';
import { BrowseIcon } from 'tdesign-icons-react';
import { Button, Dialog, Input } from '../ui';
import { reveal } from '../api/staff';
import { messageOf } from '../api/errors';

/**
 * 查看 a full ID number and phone: only after the staff member confirms, because the server writes every view to the
 * access log (PIPL: who saw whose sensitive data, when). They are kept by the page only until it is left.
 */
export function RevealIdButton({ applicationId, person, onRevealed }: { applicationId: string; person: 'principal' | 'agent'; onRevealed: (shown: { idNumber: string; phone?: string }) => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const shown = await reveal(applicationId, { person, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onRevealed(shown);
      setOpen(false);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="small" variant="text" theme="primary" icon={<BrowseIcon />} onClick={() => setOpen(true)} className={`reveal-${person}`}>
        查看
      </Button>
      <Dialog
        visible={open}
        header="查看完整身份证号和手机号"
        confirmBtn={{ content: '确定查看', loading: busy }}
        cancelBtn="取消"
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
        className="reveal-dialog"
      >
        <p>查看完整身份证号将记入访问日志（查看人、时间、被查看人），同时显示完整手机号。仅在核对身份或需要回电时查看。</p>
        <div className="staff-field-label">查看原因（可不填，记入日志）</div>
        <Input name="reveal-reason" value={reason} onChange={(v) => setReason(String(v))} maxlength={100} placeholder="如：核对身份证照片" />
        {error && <p className="staff-error">{error}</p>}
      </Dialog>
    </>
  );
}
