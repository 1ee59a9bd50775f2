import { useCallback, useMemo } from 'react';
import { Link } from '../ui';
import type { BaseTableCol } from '../ui';
import type { AccessLogEntry } from '../../../shared/contract/staff';
import { accessLog } from '../api/staff';
import { usePagedList } from '../app/paging';
import { hrefOf } from '../app/route';
import { chinaTime } from '../app/time';
import { PagedTable } from '../components/PagedTable';

const PAGE_SIZE = 50;
const PERSON: Record<AccessLogEntry['person'], string> = { principal: '本人', agent: '代办人' };

type Row = AccessLogEntry & { key: string };

const COLUMNS: BaseTableCol<Row>[] = [
  { colKey: 'at', title: '查看时间（北京时间）', width: 170, cell: ({ row }) => chinaTime(row.at) },
  { colKey: 'staff', title: '查看人', width: 140 },
  {
    colKey: 'number',
    title: '业务编号',
    width: 170,
    // An identity lookup (server/staff/identity.ts) names no application.
    cell: ({ row }) =>
      row.applicationId ? <Link href={hrefOf({ page: 'detail', id: row.number ?? row.applicationId })}>{row.number ?? row.applicationId}</Link> : '身份核验',
  },
  { colKey: 'person', title: '被查看人', width: 90, cell: ({ row }) => PERSON[row.person] },
  { colKey: 'subject', title: '姓名与号码（已遮挡）', width: 240 },
  { colKey: 'reason', title: '查看原因', ellipsis: true, cell: ({ row }) => row.reason || '未填写' },
];

/** 访问日志 (admin): every full-ID view, newest first as the server pages it. */
export function AccessLogPage() {
  const fetchPage = useCallback((cursor: string | undefined) => accessLog({ cursor, limit: PAGE_SIZE }), []);
  const list = usePagedList(fetchPage);
  const { items, current } = list;
  const rows = useMemo<Row[]>(() => items.map((e, i) => ({ ...e, key: `${current}-${i}` })), [items, current]);

  return (
    <div className="staff-page">
      <div className="staff-page-head">
        <h2 className="staff-page-title">访问日志</h2>
      </div>
      <p className="staff-muted staff-gap">每一次查看完整身份证号都记在这里：谁、什么时候、查看了哪份申请中谁的号码。</p>
      <PagedTable<Row> rowKey="key" rows={rows} columns={COLUMNS} list={list} pageSize={PAGE_SIZE} emptyText="暂无查看记录" />
    </div>
  );
}
