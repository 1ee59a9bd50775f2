import { useCallback, useEffect, useState } from 'react';
import { DatePicker } from 'tdesign-react/es/date-picker';
import { Alert, BaseTable, Button, Card, Dialog, Link, MessagePlugin, Radio, Select, Space, Tag } from '../ui';
import type { BaseTableCol } from '../ui';
import type { VeteranRoundClaim, VeteranRoundView } from '../../../shared/contract/staff';
import { collectRoundClaim, exportVeteranRound, markRoundClaimPaid, reviewRoundClaim, veteranRound } from '../api/staff';
import { messageOf } from '../api/errors';
import { useStaff } from '../app/session';
import { hrefOf } from '../app/route';
import { EmptyState } from '../components/EmptyState';

/** Today's China date, "2026-12-01". */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The round a claim filed today would go to (000 第六条: 7 月和 12 月). */
function currentRound(): { year: number; month: 7 | 12 } {
  const today = chinaToday();
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) <= 7 ? 7 : 12 };
}

const yuanText = (v: string | null | undefined) => (v === null || v === undefined ? '—' : v);
const NOWRAP = { whiteSpace: 'nowrap' } as const;

type Row = VeteranRoundClaim & { key: string };

/**
 * 非一站式 round (000 第六条: 每年7月和12月，乡(镇)退役军人服务站审核后统一收缴登记，填写《医疗补助审批表》，报县退役军人
 * 事务局审批拨付): a township's claims of one round with their amounts and totals, the XLSX 审批表, 审核通过 and then
 * 收缴登记 for the station's reviewers, and 标记已拨付 for the county's approvers once both are recorded.
 */
export function VeteranRoundPage() {
  const { user } = useStaff();
  const start = currentRound();
  const [township, setTownship] = useState(user.area ?? '');
  const [year, setYear] = useState(start.year);
  const [month, setMonth] = useState<7 | 12>(start.month);
  const [view, setView] = useState<VeteranRoundView | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState<VeteranRoundClaim | null>(null);
  const [payDate, setPayDate] = useState(chinaToday());
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setView(await veteranRound({ township: township || undefined, year, month }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setLoading(false);
    }
  }, [township, year, month]);

  useEffect(() => {
    void load();
  }, [load]);

  const review = async (c: VeteranRoundClaim) => {
    setBusy(true);
    try {
      const answer = await reviewRoundClaim(c.id, {});
      // The totals are the server's (decimal, to the fen): read the round again.
      await load();
      void MessagePlugin.success(answer.already ?? `已记录审核通过：${c.name}，待县退役军人事务局审批`);
    } catch (e) {
      void MessagePlugin.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const collect = async (c: VeteranRoundClaim) => {
    setBusy(true);
    try {
      const answer = await collectRoundClaim(c.id, {});
      await load();
      void MessagePlugin.success(answer.already ?? `已收缴登记：${c.name} 的医保结算单`);
    } catch (e) {
      void MessagePlugin.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const markPaid = async () => {
    if (!paying) return;
    setBusy(true);
    try {
      const answer = await markRoundClaimPaid(paying.id, { date: payDate });
      // The totals are the server's (decimal, to the fen): read the round again.
      await load();
      void MessagePlugin.success(answer.already ?? `已标记已拨付：${paying.name}，${payDate}`);
      setPaying(null);
    } catch (e) {
      void MessagePlugin.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    try {
      const name = await exportVeteranRound({ township: township || undefined, year, month });
      void MessagePlugin.success(`已导出 ${name}`);
    } catch (e) {
      void MessagePlugin.error(messageOf(e));
    }
  };

  const columns: BaseTableCol<Row>[] = [
    { colKey: 'number', title: '业务编号', cell: ({ row }) => <Link style={NOWRAP} href={hrefOf({ page: 'detail', id: row.number ?? row.id })}>{row.number ?? row.id}</Link> },
    { colKey: 'name', title: '姓名', width: 90 },
    { colKey: 'categoryLabel', title: '优抚对象类别', width: 150 },
    { colKey: 'hospital', title: '住院医疗机构', ellipsis: true },
    {
      colKey: 'stay',
      title: '住院日期',
      cell: ({ row }) => (
        <span style={NOWRAP}>
          {row.admissionDate} 至<br />
          {row.dischargeDate}
        </span>
      ),
    },
    { colKey: 'inScopeSelfPay', title: '报销后合规部分（元）', align: 'right', cell: ({ row }) => yuanText(row.inScopeSelfPay) },
    { colKey: 'estimatedSubsidy', title: '测算补助（元）', align: 'right', cell: ({ row }) => yuanText(row.estimatedSubsidy) },
    { colKey: 'statusLabel', title: '状态', cell: ({ row }) => <Tag theme={row.status === 'accepted' ? 'success' : 'default'}>{row.statusLabel}</Tag> },
    {
      colKey: 'review',
      title: '服务站审核',
     
      cell: ({ row }) => (row.review ? `审核通过 ${row.review.by}` : user.role === 'reviewer' && (row.status === 'submitted' || row.status === 'accepted') ? (
        <Button size="small" variant="outline" disabled={busy} onClick={() => void review(row)}>
          审核通过
        </Button>
      ) : '—'),
    },
    {
      colKey: 'collected',
      title: '收缴登记',
      cell: ({ row }) =>
        row.collected ? (
          <span title={row.collected.atText}>已登记 {row.collected.by}</span>
        ) : user.role === 'reviewer' && row.review ? (
          <Button size="small" variant="outline" disabled={busy} onClick={() => void collect(row)}>
            收缴登记
          </Button>
        ) : row.review ? (
          '待服务站登记'
        ) : (
          '—'
        ),
    },
    { colKey: 'approved', title: '核定补助（元）', align: 'right', cell: ({ row }) => yuanText(row.approved?.amount) },
    {
      colKey: 'disbursed',
      title: '拨付',
     
      cell: ({ row }) =>
        row.disbursed ? (
          `已拨付 ${row.disbursed.date}`
        ) : row.approved && user.role === 'approver' && row.review && row.collected ? (
          <Button size="small" theme="primary" variant="outline" disabled={busy} onClick={() => (setPayDate(chinaToday()), setPaying(row))}>
            标记已拨付
          </Button>
        ) : row.approved && !(row.review && row.collected) ? (
          '待服务站审核、收缴登记'
        ) : row.approved ? (
          '待拨付'
        ) : (
          '—'
        ),
    },
  ];

  const thisYear = currentRound().year;
  const years = [thisYear - 1, thisYear, thisYear + 1].filter((y) => y >= 2026);
  return (
    <div className="staff-page">
      <Card title="非一站式补助办理批次" bordered={false}>
        <Space breakLine align="center">
          <Select
            style={{ width: 200 }}
            label="乡（镇）："
            value={township}
            disabled={user.area !== null}
            placeholder="请选择乡（镇）"
            options={(view?.townships ?? (township ? [township] : [])).map((t) => ({ label: t, value: t }))}
            onChange={(v) => setTownship(String(v ?? ''))}
          />
          <Select style={{ width: 140 }} label="年度：" value={year} options={years.map((y) => ({ label: `${y} 年`, value: y }))} onChange={(v) => setYear(Number(v))} />
          <Radio.Group variant="default-filled" value={month} onChange={(v) => setMonth(Number(v) as 7 | 12)}>
            <Radio.Button value={7}>7 月</Radio.Button>
            <Radio.Button value={12}>12 月</Radio.Button>
          </Radio.Group>
          <Button variant="outline" onClick={() => void load()}>
            刷新
          </Button>
          <Button theme="primary" disabled={!township} onClick={() => void download()}>
            导出审批表
          </Button>
        </Space>
        {view && (
          <Alert
            style={{ marginTop: 16 }}
            theme="info"
            message={`${view.rule}导出的《医疗补助审批表》：000 未规定审批表栏目，本表栏目依据 000 所列项目与申请所载内容。服务站先审核通过、再收缴登记医保结算单（原件或加盖医疗机构印章的复印件）；受理即审批：补助在受理时记入台账；两项登记都有之后才能“标记已拨付”，它只记录拨付日期，不再重复记入。`}
          />
        )}
        {error && <Alert style={{ marginTop: 16 }} theme="error" message={error} />}
      </Card>
      <Card bordered={false} style={{ marginTop: 16 }} title={view?.township ? `${view.township} · ${view.roundLabel}` : '请选择乡（镇）'}>
        {view && view.township && view.claims.length === 0 && !loading ? (
          <EmptyState text={`${view.roundLabel}没有${view.township}的补助申请`} />
        ) : (
          <BaseTable<Row> rowKey="key" loading={loading} data={(view?.claims ?? []).map((c) => ({ ...c, key: c.id }))} columns={columns} tableLayout="auto" tableContentWidth="1400px" />
        )}
        {view && view.township && (
          <div className="staff-round-totals" data-testid="round-totals" style={{ marginTop: 12, fontWeight: 600 }}>
            合计 {view.totals.count} 件；测算补助 {view.totals.estimated} 元；核定补助 {view.totals.approved} 元；已拨付 {view.totals.disbursed} 元
          </div>
        )}
      </Card>
      <Dialog
        header="标记已拨付"
        visible={paying !== null}
        confirmBtn={{ content: '确认已拨付', loading: busy }}
        onConfirm={() => void markPaid()}
        onClose={() => setPaying(null)}
        onCancel={() => setPaying(null)}
      >
        {paying && (
          <Space direction="vertical">
            <div>
              {paying.name}：核定补助 {paying.approved?.amount} 元（{paying.approved?.date} 受理并记入台账）
            </div>
            <DatePicker value={payDate} format="YYYY-MM-DD" valueType="YYYY-MM-DD" onChange={(v) => setPayDate(String(v))} />
          </Space>
        )}
      </Dialog>
    </div>
  );
}
