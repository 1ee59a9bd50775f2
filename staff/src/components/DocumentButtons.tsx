import { useState } from 'react';
import { DownloadIcon } from 'tdesign-icons-react';
import { Button, MessagePlugin, Space } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { downloadDocument } from '../api/staff';
import { messageOf } from '../api/errors';

const LABELS = { commitment: '下载承诺书（PDF）', voucher: '下载备案凭证（PDF）' } as const;

/** The applicant's own PDFs of this application (the ones it has), as the mini-program saves them. */
export function DocumentButtons({ detail }: { detail: StaffApplicationDetail }) {
  const [busy, setBusy] = useState<string | null>(null);
  const kinds = detail.documents ?? [];
  if (kinds.length === 0) return null;
  async function run(kind: 'commitment' | 'voucher') {
    setBusy(kind);
    try {
      await downloadDocument(detail.application.id, kind);
    } catch (e) {
      void MessagePlugin.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  }
  return (
    <Space className="staff-gap document-buttons">
      {kinds.map((k) => (
        <Button key={k} variant="outline" icon={<DownloadIcon />} loading={busy === k} onClick={() => void run(k)} className={`document-${k}`}>
          {LABELS[k]}
        </Button>
      ))}
    </Space>
  );
}
