import { useState } from 'react';
import { SearchIcon } from 'tdesign-icons-react';
import { Alert, BaseTable, Button, Card, Descriptions, Input, Select, Space } from '../ui';
import type { BaseTableCol } from '../ui';
import type { VeteranLedgerView } from '../../../shared/contract/staff';
import { veteranLedger } from '../api/staff';
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

/**
 * 优抚对象台账: one veteran's year — the 定额门诊补助, the 住院医疗补助 paid and what is left of the annual cap, every
 * payment. Looked up by the ID number on the card (matched by its lookup hash); a 服务站 sees its 乡（镇）'s only.
 */
export function VeteranLedgerPage() {
  const [typed, setTyped] = useState('');
  const [year, setYear] = useState(thisYear());
  const [view, setView] = useState<VeteranLedgerView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function load(idNumber: string, y: number) {
    if (!idNumber) return setError('请填写身份证号');
    setLoading(true);
    setError(null);
    try {
      setView(await veteranLedger({ idNumber, year: y }));
    } catch (e) {
      setError(messageOf(e));
      setView(null);
    } finally {
      setLoading(false);
    }
  }
  const number = () => typed.replace(/\s/g, '').toUpperCase();
  const years = Array.from({ length: 5 }, (_, i) => thisYear() - i);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title="优抚对象台账" bordered>
        <Space>
          <Input value={typed} onChange={(v) => setTyped(String(v))} placeholder="身份证号（18 位）" style={{ width: 260 }} onEnter={() => void load(number(), year)} />
          <Select
            value={year}
            style={{ width: 120 }}
            options={years.map((y) => ({ label: `${y} 年`, value: y }))}
            onChange={(v) => {
              setYear(Number(v));
              if (view) void load(number(), Number(v));
            }}
          />
          <Button icon={<SearchIcon />} loading={loading} onClick={() => void load(number(), year)}>
            查询
          </Button>
        </Space>
        <p className="staff-hint">按姓名查询暂未提供：名册按身份证号的查找值保存，请用证件上的号码查询。</p>
      </Card>
      {error && <Alert theme="error" message={error} />}
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
