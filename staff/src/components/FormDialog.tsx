import { useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Dialog } from '../ui';
import { messageOf } from '../api/errors';

/**
 * The console's form dialog: confirm checks the form (`check` returns the message naming what is missing, or null),
 * then sends it once, with the confirm button loading meanwhile; the server's refusal is shown under the form.
 */
export function FormDialog({
  visible = true,
  header,
  width,
  top,
  confirm,
  theme,
  className,
  check,
  send,
  onClose,
  onDone,
  children,
}: {
  visible?: boolean;
  header: string;
  width: string;
  top?: string;
  confirm: string;
  theme?: 'primary' | 'danger' | 'warning';
  className?: string;
  check: () => string | null;
  send: () => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const missing = check();
    if (missing) return setError(missing);
    setBusy(true);
    setError(null);
    try {
      await send();
      onDone();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      visible={visible}
      header={header}
      width={width}
      {...(top ? { top } : {})}
      confirmBtn={{ content: confirm, loading: busy, ...(theme ? { theme } : {}) }}
      cancelBtn="取消"
      onConfirm={() => void submit()}
      onClose={onClose}
      className={className}
    >
      {children}
      {error && <Alert theme="error" message={error} className="staff-gap" />}
    </Dialog>
  );
}
