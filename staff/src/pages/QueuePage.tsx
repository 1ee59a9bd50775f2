import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RefreshIcon, SearchIcon } from 'tdesign-icons-react';
import { Alert, Button, DateRangePicker, Input, Link, Select, Space, Switch, BaseTable, Tabs, Tag } from '../ui';
import type { BaseTableCol } from '../ui';
import type { ApplicationStatus } from '../../../shared/contract/applications';
import type { QueueQuery, StaffQueueItem, StaffQueuePage } from '../../../shared/contract/staff';
import { queue } from '../api/staff';
import { ExportQueueButton } from '../components/ExportQueueButton';
import { messageOf } from '../api/errors';
import { useCursorPages } from '../app/paging';
import { hrefOf } from '../app/route';
import { useStaff } from '../app/session';
import { QUEUE_TABS, statusTheme } from '../app/statuses';
import { TYPE_OPTIONS } from '../app/types';
import { EmptyState } from '../components/EmptyState';
import { scopeRegion } from '../app/regions';
import { useNarrow } from '../app/narrow';

const PAGE_SIZE = 20;
type Tab = ApplicationStatus | 'all';

interface Filters {
  type?: string;
  range: string[];
  area?: string;
  q: string;
  order: 'oldest' | 'newest';
}

const COLUMNS: BaseTableCol<StaffQueueItem>[] = [
  {
    colKey: 'number',
    title: '业务编号',
    width: 150,
    cell: ({ row }) => (
      <Link theme="primary" href={hrefOf({ page: 'detail', id: row.number ?? row.id })} className="queue-number">
        {row.number ?? row.id}
      </Link>
    ),
  },
  { colKey: 'typeLabel', title: '事项', ellipsis: true },
  {
    colKey: 'principal',
    title: '申请人',
    width: 150,
    cell: ({ row }) => (
      <span>
        {row.principal.name ?? '—'}
        {row.agent?.name ? <span className="staff-muted">（{row.agent.name}代办）</span> : null}
      </span>
    ),
  },
  { colKey: 'idNumberMasked', title: '身份证号', width: 165, cell: ({ row }) => row.principal.idNumberMasked ?? '—' },
  { colKey: 'office', title: '办理机构', width: 120, ellipsis: true, cell: ({ row }) => row.office?.label ?? '—' },
  { colKey: 'submittedAtText', title: '提交时间', width: 140, cell: ({ row }) => row.submittedAtText ?? '—' },
  {
    colKey: 'status',
    title: '状态',
    width: 130,
    cell: ({ row }) => (
      <Space size={4} breakLine>
        <Tag theme={statusTheme(row.status)} variant="light">
          {row.statusLabel}
        </Tag>
        {row.duplicateWarning && (
          <Tag theme="danger" variant="outline" title={row.duplicateWarning}>
            疑似重复
          </Tag>
        )}
      </Space>
    ),
  },
];

/**
 * 待办队列: the applications of the staff member's scope, by status (with counts), filtered by type, date, area and a
 * search box; oldest first unless switched; paged by the server (共 N 件). Times are China time as the server writes them.
 */
export function QueuePage() {
  const { user } = useStaff();
  // On a tablet the ID number and the office (the same for a county's staff) give their room to the rest.
  const narrow = useNarrow();
  const columns = narrow ? COLUMNS.filter((c) => c.colKey !== 'idNumberMasked' && c.colKey !== 'office') : COLUMNS;
  const [tab, setTab] = useState<Tab>('submitted');
  const [filters, setFilters] = useState<Filters>({ range: [], q: '', order: 'oldest' });
  const [search, setSearch] = useState('');
  const [result, setResult] = useState<StaffQueuePage | null>(null);
  const [current, setCurrent] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // The areas of the region's office list; a roster's 乡镇 are not listed, so those seen in the queue are offered.
  const listedAreas = scopeRegion(user.region)?.areas ?? null;
  const [seenAreas, setSeenAreas] = useState<string[]>([]);
  const areas = listedAreas ?? seenAreas;

  const query = useMemo<QueueQuery>(
    () => ({
      status: tab,
      type: filters.type as QueueQuery['type'],
      from: filters.range[0] || undefined,
      to: filters.range[1] || undefined,
      area: filters.area || undefined,
      q: filters.q || undefined,
      order: filters.order,
      limit: PAGE_SIZE,
    }),
    [tab, filters],
  );
  const fetchPage = useCallback((cursor: string | undefined) => queue({ ...query, cursor }), [query]);
  const { load, reset } = useCursorPages(fetchPage);
  // Filters changed quickly: only the answer to the latest request is shown.
  const latest = useRef(0);

  const show = useCallback(
    async (index: number) => {
      const ticket = ++latest.current;
      setLoading(true);
      setError(null);
      try {
        const { page, index: reached } = await load(index);
        if (ticket !== latest.current) return;
        setResult(page);
        setCurrent(reached);
        const seen = page.items.map((i) => i.office?.area).filter((a): a is string => !!a);
        setSeenAreas((known) => Array.from(new Set([...known, ...seen])).sort());
      } catch (e) {
        if (ticket === latest.current) setError(messageOf(e));
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    },
    [load],
  );

  useEffect(() => {
    reset();
    void show(0);
  }, [reset, show]);

  const counts = result?.counts ?? {};
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const emptyText = tab === 'submitted' && !filters.q && !filters.type && !filters.range.length && !filters.area ? '暂无待办' : '没有符合条件的申请';

  return (
    <div className="staff-page">
      <div className="staff-page-head">
        <h2 className="staff-page-title">待办队列</h2>
        <Space>
          <ExportQueueButton query={query} />
          <Button variant="outline" icon={<RefreshIcon />} onClick={() => void show(current)}>
            刷新
          </Button>
        </Space>
      </div>
      <Tabs value={tab} onChange={(v) => setTab(v as Tab)} className="queue-tabs">
        {QUEUE_TABS.map((t) => (
          <Tabs.TabPanel key={t.value} value={t.value} label={`${t.label} ${t.value === 'all' ? total : (counts[t.value] ?? 0)}`} />
        ))}
      </Tabs>
      <div className="queue-filters">
        <Select
          className="queue-filter"
          value={filters.type}
          options={TYPE_OPTIONS}
          clearable
          placeholder="全部事项"
          onChange={(v) => setFilters((f) => ({ ...f, type: (v as string) || undefined }))}
        />
        <DateRangePicker
          className="queue-filter-date"
          value={filters.range}
          valueType="YYYY-MM-DD"
          clearable
          placeholder={['提交日期起', '提交日期止']}
          onChange={(v) => setFilters((f) => ({ ...f, range: (v as string[]).filter(Boolean) }))}
        />
        {user.area === null && (
          <Select
            className="queue-filter"
            value={filters.area}
            options={areas.map((a) => ({ label: a, value: a }))}
            filterable
            creatable={listedAreas === null}
            clearable
            placeholder="全部县区/乡镇"
            onChange={(v) => setFilters((f) => ({ ...f, area: (v as string) || undefined }))}
          />
        )}
        <Input
          className="queue-search"
          name="q"
          value={search}
          clearable
          placeholder="业务编号/姓名/手机号/身份证号"
          onChange={(v) => setSearch(String(v))}
          onEnter={() => setFilters((f) => ({ ...f, q: search.trim() }))}
          onClear={() => setFilters((f) => ({ ...f, q: '' }))}
        />
        <Button theme="primary" icon={<SearchIcon />} onClick={() => setFilters((f) => ({ ...f, q: search.trim() }))} className="queue-search-button">
          搜索
        </Button>
        <span className="queue-order">
          <Switch
            value={filters.order === 'newest'}
            onChange={(v) => setFilters((f) => ({ ...f, order: v ? 'newest' : 'oldest' }))}
          />
          <span className="staff-muted">{filters.order === 'oldest' ? '最早提交的在前' : '最新提交的在前'}</span>
        </span>
      </div>
      {error && <Alert theme="error" message={error} className="staff-gap" />}
      <BaseTable<StaffQueueItem>
        rowKey="id"
        className="queue-table"
        data={result?.items ?? []}
        columns={columns}
        loading={loading}
        hover
        stripe
        tableLayout="fixed"
        empty={<EmptyState text={error ? '未能读取，请点“刷新”重试' : emptyText} />}
        pagination={{
          current: current + 1,
          pageSize: PAGE_SIZE,
          total: result?.total ?? 0,
          showPageSize: false,
          showJumper: false,
          totalContent: (
            <span>
              <span className="queue-total">共 {result?.total ?? 0} 件</span>
              <span className="staff-muted">　时间均为北京时间</span>
            </span>
          ),
          onCurrentChange: (page) => void show(page - 1),
        }}
      />
    </div>
  );
}
