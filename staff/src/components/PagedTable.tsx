import { Alert, BaseTable } from '../ui';
import type { BaseTableCol } from '../ui';
import { EmptyState } from './EmptyState';

/** What usePagedList (app/paging.ts) gives a page: where the list is and how to show another page of it. */
export interface PagedListState {
  total: number;
  current: number;
  loading: boolean;
  error: string | null;
  show: (index: number) => Promise<void> | void;
}

/**
 * A server-paged table: the error above it, "共 N …" and page numbers under it, and an empty state that tells a
 * failed read from an empty list. The pages come from the server's cursors (usePagedList), never from slicing.
 */
export function PagedTable<Row extends object>({
  rowKey,
  rows,
  columns,
  list,
  pageSize,
  emptyText,
  unit = '条',
  className,
}: {
  rowKey: string;
  rows: Row[];
  columns: BaseTableCol<Row>[];
  list: PagedListState;
  pageSize: number;
  emptyText: string;
  /** What is counted in "共 N …": 条, 个账号. */
  unit?: string;
  className?: string;
}) {
  const { total, current, loading, error, show } = list;
  return (
    <>
      {error && <Alert theme="error" message={error} className="staff-gap" />}
      <BaseTable<Row>
        rowKey={rowKey}
        data={rows}
        columns={columns}
        loading={loading}
        hover
        tableLayout="fixed"
        className={className}
        empty={<EmptyState text={error ? '未能读取，请稍后重试' : emptyText} />}
        pagination={{
          current: current + 1,
          pageSize,
          total,
          showPageSize: false,
          totalContent: (
            <span>
              共 {total} {unit}
            </span>
          ),
          onCurrentChange: (page) => void show(page - 1),
        }}
      />
    </>
  );
}
