import { useCallback, useEffect, useState } from 'react';
import { CheckCircleIcon, CloseCircleIcon, RollbackIcon } from 'tdesign-icons-react';
import { Alert, Breadcrumb, Button, Card, Descriptions, Loading, MessagePlugin, Space, Tag } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { detail as fetchDetail } from '../api/staff';
import { DocumentButtons } from '../components/DocumentButtons';
import { messageOf } from '../api/errors';
import { hrefOf } from '../app/route';
import { statusTheme } from '../app/statuses';
import { FieldsCard, Revealed } from '../components/FieldsCard';
import { CommitmentCard } from '../components/CommitmentCard';
import { MaterialsCard } from '../components/MaterialsCard';
import { EstimateCard } from '../components/EstimateCard';
import { TimelineCard } from '../components/TimelineCard';
import { AcceptDialog } from '../components/AcceptDialog';
import { ReturnDialog } from '../components/ReturnDialog';
import { RejectDialog } from '../components/RejectDialog';
import { DecisionNotice } from '../components/DecisionNotice';

type Decision = 'accept' | 'return' | 'reject';

const DONE: Record<Decision, string> = {
  accept: '已受理，申请人会收到通知',
  return: '已退回，申请人会收到通知',
  reject: '已不予受理，申请人会收到通知',
};

/** 申请详情: everything the applicant gave, the materials, the record, and the decisions this staff member may take. */
export function DetailPage({ id }: { id: string }) {
  const [detail, setDetail] = useState<StaffApplicationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<Revealed>({});
  const [open, setOpen] = useState<Decision | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setDetail(await fetchDetail(id));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  async function decided(d: Decision) {
    setOpen(null);
    await load();
    void MessagePlugin.success(DONE[d]);
  }

  if (error && !detail) {
    return (
      <div className="staff-page">
        <Back />
        <Alert theme="error" message={error} />
      </div>
    );
  }
  if (!detail) {
    return (
      <div className="staff-page staff-loading">
        <Loading text="正在读取申请…" />
      </div>
    );
  }

  const { application: a, can } = detail;
  const decidable = can.accept || can.return || can.reject;
  return (
    <div className="staff-page detail-page">
      <Back />
      <Card bordered className="staff-card detail-head">
        <div className="detail-title">
          <span className="detail-number" id="detail-number">
            {a.number ?? a.id}
          </span>
          <Tag theme={statusTheme(a.status)} variant="light" size="large" className="detail-status">
            {a.statusLabel}
          </Tag>
        </div>
        <Descriptions
          column={3}
          items={[
            { label: '事项', content: a.typeLabel },
            { label: '办理机构', content: detail.office?.label ?? '未指定' },
            { label: '提交时间', content: detail.submittedAtText ? `${detail.submittedAtText}（北京时间）` : '未提交' },
          ]}
        />
      </Card>
      {detail.duplicateWarnings.length > 0 && (
        <Alert theme="warning" title="可能重复申请" message={detail.duplicateWarnings.join('；')} className="staff-gap duplicate-alert" />
      )}
      <DecisionNotice detail={detail} />
      {detail.notes.map((n) => (
        <Alert key={n} theme="info" message={n} className="staff-gap detail-note" />
      ))}
      {decidable && (
        <div className="decision-bar">
          <Space>
            {can.accept && (
              <Button theme="primary" icon={<CheckCircleIcon />} onClick={() => setOpen('accept')} className="decide-accept">
                受理
              </Button>
            )}
            {can.return && (
              <Button theme="warning" icon={<RollbackIcon />} onClick={() => setOpen('return')} className="decide-return">
                退回
              </Button>
            )}
            {can.reject && (
              <Button theme="danger" variant="outline" icon={<CloseCircleIcon />} onClick={() => setOpen('reject')} className="decide-reject">
                不予受理
              </Button>
            )}
          </Space>
        </div>
      )}
      <FieldsCard detail={detail} revealed={revealed} onRevealed={(person, n) => setRevealed((r) => ({ ...r, [person]: n }))} />
      <MaterialsCard detail={detail} />
      {detail.estimate && <EstimateCard estimate={detail.estimate} />}
      <CommitmentCard commitment={a.commitment} />
      <DocumentButtons detail={detail} />
      <TimelineCard timeline={detail.timeline} />
      {can.accept && <AcceptDialog detail={detail} visible={open === 'accept'} onClose={() => setOpen(null)} onDone={() => void decided('accept')} />}
      {can.return && <ReturnDialog detail={detail} visible={open === 'return'} onClose={() => setOpen(null)} onDone={() => void decided('return')} />}
      {can.reject && <RejectDialog detail={detail} visible={open === 'reject'} onClose={() => setOpen(null)} onDone={() => void decided('reject')} />}
    </div>
  );
}

function Back() {
  return (
    <Breadcrumb className="staff-gap">
      <Breadcrumb.BreadcrumbItem href={hrefOf({ page: 'queue' })}>待办队列</Breadcrumb.BreadcrumbItem>
      <Breadcrumb.BreadcrumbItem>申请详情</Breadcrumb.BreadcrumbItem>
    </Breadcrumb>
  );
}
