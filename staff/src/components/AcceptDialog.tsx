import { useState } from 'react';
import { Alert, Checkbox, Dialog, Input, Textarea } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { accept } from '../api/staff';
import { ApiError, messageOf } from '../api/errors';

/**
 * 受理, with what the detail says accepting asks for (a 优抚 claim's 核定金额; for a possible duplicate, why it is
 * accepted anyway). The amount is sent as typed (a decimal string); the server checks it and names the field if wrong.
 */
export function AcceptDialog({ detail, visible, onClose, onDone }: { detail: StaffApplicationDetail; visible: boolean; onClose: () => void; onDone: () => void }) {
  const [amount, setAmount] = useState('');
  const [confirmDuplicate, setConfirmDuplicate] = useState('');
  // A possible duplicate is accepted only with this box ticked and a reason (the server refuses otherwise).
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const extras = detail.acceptExtras;

  async function submit() {
    for (const x of extras) {
      if (x.required && x.field === 'amount' && !amount.trim()) return setError({ message: `请填写${x.label}`, field: 'amount' });
      if (x.required && x.field === 'confirmDuplicate' && !checked) return setError({ message: '请先核对结算单，勾选“已核对结算单，确属另一次住院”', field: 'confirmDuplicate' });
      if (x.required && x.field === 'confirmDuplicate' && !confirmDuplicate.trim()) return setError({ message: '请写明确认受理可能重复补助的理由', field: 'confirmDuplicate' });
    }
    setBusy(true);
    setError(null);
    try {
      const body: { amount?: string; confirmDuplicate?: string } = {};
      if (extras.some((x) => x.field === 'amount') && amount.trim()) body.amount = amount.trim();
      if (extras.some((x) => x.field === 'confirmDuplicate') && checked && confirmDuplicate.trim()) body.confirmDuplicate = confirmDuplicate.trim();
      await accept(detail.application.id, body);
      onDone();
    } catch (e) {
      setError({ message: messageOf(e), field: e instanceof ApiError ? e.field : undefined });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      visible={visible}
      header="受理"
      width="520px"
      confirmBtn={{ content: '确认受理', loading: busy, theme: 'primary' }}
      cancelBtn="取消"
      onConfirm={() => void submit()}
      onClose={onClose}
      className="accept-dialog"
    >
      <p>受理后申请人会收到通知，这份申请不能再修改。</p>
      {extras.map((x) =>
        x.field === 'amount' ? (
          <div key={x.field} className="staff-form-row">
            <div className="staff-field-label">
              {x.label}
              {x.required && <span className="staff-required">*</span>}
            </div>
            <Input name="amount" value={amount} onChange={(v) => setAmount(String(v))} suffix="元" status={error?.field === 'amount' ? 'error' : 'default'} placeholder="如 1200.00" />
          </div>
        ) : (
          <div key={x.field} className="staff-form-row">
            <div className="staff-field-label">
              {x.label}
              {x.required && <span className="staff-required">*</span>}
            </div>
            <Checkbox className="confirm-duplicate-check" checked={checked} onChange={(v) => setChecked(Boolean(v))}>
              已核对结算单，确属另一次住院
            </Checkbox>
            <Textarea
              name="confirm-duplicate"
              value={confirmDuplicate}
              onChange={(v) => setConfirmDuplicate(String(v))}
              disabled={!checked}
              placeholder="勾选后写明理由，记入办理记录"
              maxlength={200}
              autosize={{ minRows: 2, maxRows: 4 }}
              status={error?.field === 'confirmDuplicate' ? 'error' : 'default'}
            />
          </div>
        ),
      )}
      {detail.duplicateWarnings.length > 0 && <Alert theme="warning" message={detail.duplicateWarnings.join('；')} className="staff-gap" />}
      {error && <Alert theme="error" message={error.message} className="staff-gap" />}
    </Dialog>
  );
}
