import { useState } from 'react';
import { DownloadIcon } from 'tdesign-icons-react';
import { Button, MessagePlugin } from '../ui';
import type { QueueQuery } from '../../../shared/contract/staff';
import { exportQueue } from '../api/staff';
import { messageOf } from '../api/errors';

/** 导出 Excel: every page of the queue under the current filters; above the server's maximum, its message is shown. */
export function ExportQueueButton({ query }: { query: QueueQuery }) {
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const name = await exportQueue(query);
      void MessagePlugin.success(`已导出 ${name}`);
    } catch (e) {
      void MessagePlugin.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="outline" icon={<DownloadIcon />} loading={busy} onClick={() => void run()} className="queue-export">
      导出 Excel
    </Button>
  );
}
