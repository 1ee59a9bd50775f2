import { useCallback, useEffect, useState } from 'react';
import { SearchIcon } from 'tdesign-icons-react';
import { Alert, BaseTable, Button, Card, Descriptions, Input, Link, Select, Space } from '../ui';
import type { BaseTableCol } from '../ui';
import type { VeteranLedgerView, VeteranRosterHit } from '../../../shared/contract/staff';
import { searchVeteranLedger, veteranLedger } from '../api/staff';
import { useCursorPages } from '../app/paging';
import { messageOf } from '../api/errors';

type Payment = VeteranLedgerView['payments'][number];

const yuan = (s: string | null) => (s === null ? '—' : `${s} 元`);
const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

const COLUMNS: BaseTableCol<Payment>[] = [
  { colKey: 'date', title: '发放日期', width: 110 },
  { colKey: 'kind', title: '补助类型', width: 120 },
  { colKey: 'route', title: '结算方式', width: 100, cell: ({ row }) => row.route ?? '—' },
  { colKey: 'amount', title: '金额（元）', width: 110 },
  { colKey: 'hospital', title: '医院', ellipsis: true, cell: ({ row }) => row.hospital ?? '—' },
  { colKey: 'source', title: '来源', width: 120 },
  { colKey: 'recordedAtText', title: '登记时间（北京时间）', width: 160 },
];

const HITS_PAGE = 20;
const ID_SHAPE = /^\d{17}[\dX]$/;

/**
 * 优抚对象台账: one veteran's year — the 定额门诊补助, the 住院医疗补助 paid and what is left of the annual cap, every
 * payment. Found by name (or its beginning) or by the ID number on the card (matched by its lookup hash), within the
 * account's scope: a 服务站 sees its 乡（镇）'s only.
 */
export function VeteranLedgerPage() {
  const [typed, setTyped] = useState('');
  const [year, setYear] = useState(thisYear());
  const [view, setView] = useState<VeteranLedgerView | null>(null);
  const [who, setWho] = useState<{ idNumber?: string; person?: string } | null>(null);
  const [hits, setHits] = useState<{ items: VeteranRosterHit[]; total: number; page: number; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [name, setName] = useState('');
  const fetchHits = useCallback((cursor: string | undefined) => searchVeteranLedger({ q: name, limit: HITS_PAGE, cursor }), [name]);
  const pages = useCursorPages(fetchHits);

  async function load(person: { idNumber?: string; person?: string }, y: number) {
    setLoading(true);
    setError(null);
    try {
      setView(await veteranLedger({ ...person, year: y }));
      setWho(person);
    } catch (e) {
      setError(messageOf(e));
      setView(null);
    } finally {
      setLoading(false);
    }
  }

  async function showHits(page: number) {
    setLoading(true);
    setError(null);
    try {
      const { page: got, index } = await pages.load(page);
      setHits({ items: got.items, total: got.total, page: index, name });
    } catch (e) {
      setError(messageOf(e));
      setHits(null);
    } finally {
      setLoading(false);
    }
  }

  // A new name: back to its first page.
  useEffect(() => {
    if (!name) return;
    pages.reset();
    void showHits(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- showHits reads the pages of this name
  }, [name]);

  function find() {
    const text = typed.replace(/\s/g, '').toUpperCase();
    if (!text) return setError('请填写姓名或身份证号');
    setView(null);
    if (ID_SHAPE.test(text)) {
      setHits(null);
      setName('');
      return void load({ idNumber: text }, year);
    }
    if (text === name) return void showHits(0);
    setName(text);
  }
  const years = Array.from({ length: 5 }, (_, i) => thisYear() - i);
  const hitColumns: BaseTableCol<VeteranRosterHit & { key: string }>[] = [
    { colKey: 'name', title: '姓名', width: 110, cell: ({ row }) => <Link className="ledger-hit" onClick={() => void load({ person: row.ref }, year)}>{row.name}</Link> },
    { colKey: 'idNumberMasked', title: '身份证号（部分隐藏）', width: 200 },
    { colKey: 'category', title: '优抚类别', width: 140 },
    { colKey: 'township', title: '所在地', cell: ({ row }) => `${row.county ?? ''} ${row.township}`.trim() },
    { colKey: 'rosterYear', title: '名册年度', width: 100 },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title="优抚对象台账" bordered>
        <Space>
          <Input name="ledger-query" value={typed} onChange={(v) => setTyped(String(v))} placeholder="姓名（可只写开头）或 18 位身份证号" style={{ width: 280 }} onEnter={() => find()} />
          <Select
            value={year}
            style={{ width: 120 }}
            options={years.map((y) => ({ label: `${y} 年`, value: y }))}
            onChange={(v) => {
              setYear(Number(v));
              if (view && who) void load(who, Number(v));
            }}
          />
          <Button icon={<SearchIcon />} loading={loading} onClick={() => find()} className="ledger-search">
            查询
          </Button>
        </Space>
        <p className="staff-hint">按姓名查本账号范围内名册上的人；身份证号按查找值匹配，不解密名册。</p>
      </Card>
      {error && <Alert theme="error" message={error} />}
      {hits && !view && (
        <Card title={`“${hits.name}”的查询结果`} bordered>
          <BaseTable
            rowKey="key"
            className="ledger-hits"
            data={hits.items.map((h) => ({ ...h, key: h.ref }))}
            columns={hitColumns}
            size="small"
            empty="名册上没有这个姓名的人（或不在本账号范围内）"
            pagination={{
              current: hits.page + 1,
              pageSize: HITS_PAGE,
              total: hits.total,
              showPageSize: false,
              totalContent: <span>共 {hits.total} 人</span>,
              onCurrentChange: (p) => void showHits(p - 1),
            }}
          />
        </Card>
      )}
      {view && (
        <Card title={`${view.person.name} ${view.year} 年`} bordered>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions
              column={2}
              items={[
                { label: '身份证号', content: view.person.idNumber },
                { label: '优抚类别', content: view.person.category },
                { label: '所在地', content: `${view.person.county ?? ''} ${view.person.township}`.trim() },
                { label: '名册年度', content: `${view.person.rosterYear} 年` },
                { label: '定额门诊补助', content: view.allowance.paid ? `已发 ${yuan(view.allowance.paid.amount)}（${view.allowance.paid.date}）` : `未发放${view.allowance.standard ? `（标准 ${yuan(view.allowance.standard)}）` : ''}` },
                { label: '住院医疗补助已付', content: `${yuan(view.inpatientPaid)}（${view.inpatientCount} 笔）` },
                { label: '年度最高限额', content: yuan(view.annualCap) },
                { label: '剩余额度', content: yuan(view.remainingCap) },
              ]}
            />
            {view.rulesNote && <Alert theme="info" message={view.rulesNote} />}
            <BaseTable rowKey="key" data={view.payments.map((p, i) => ({ ...p, key: i }))} columns={COLUMNS} size="small" empty="这一年还没有发放记录" />
          </Space>
        </Card>
      )}
    </Space>
  );
}
