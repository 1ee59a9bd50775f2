import { useState } from 'react';
import { SearchIcon } from 'tdesign-icons-react';
import { Alert, BaseTable, Button, Card, Input, Space, Tag } from '../ui';
import type { BaseTableCol } from '../ui';
import type { StaffIdentityView } from '../../../shared/contract/staff';
import { identity } from '../api/staff';
import { messageOf } from '../api/errors';
import { EmptyState } from '../components/EmptyState';
import { IdentityVerifyDialog } from '../components/IdentityVerifyDialog';
import { IdentityRevokeDialog } from '../components/IdentityRevokeDialog';
import { RosterCodeCard } from '../components/RosterCodeCard';

type Binding = StaffIdentityView['bindings'][number];
type Event = StaffIdentityView['history'][number] & { key: string };

const LEVEL_THEME: Record<string, 'warning' | 'success' | 'default'> = { 待核验: 'warning', 已核验: 'success', 已撤销: 'default' };

const HISTORY_COLUMNS: BaseTableCol<Event>[] = [
  { colKey: 'atText', title: '时间（北京时间）', width: 160 },
  { colKey: 'action', title: '事项', width: 110 },
  { colKey: 'who', title: '由谁', width: 180 },
  { colKey: 'note', title: '说明', ellipsis: true },
];

/**
 * 身份核验: the staff side of the identity port. The staff member types the ID number from the card in front of them
 * (no list of people is offered), sees who declared that person, confirms a binding, revokes one, or (a 服务站)
 * issues the one-time code. The server logs every lookup.
 */
export function IdentityPage() {
  const [typed, setTyped] = useState('');
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const [view, setView] = useState<StaffIdentityView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState<Binding | null>(null);
  const [revoking, setRevoking] = useState<Binding | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function lookUp(number: string) {
    setLoading(true);
    setError(null);
    try {
      setView(await identity(number));
      setIdNumber(number);
    } catch (e) {
      setError(messageOf(e));
      setView(null);
      setIdNumber(null);
    } finally {
      setLoading(false);
    }
  }

  function search() {
    const number = typed.replace(/\s/g, '').toUpperCase();
    if (!number) return setError('请填写证件上的身份证号');
    setDone(null);
    void lookUp(number);
  }

  function finished(message: string) {
    setVerifying(null);
    setRevoking(null);
    setDone(message);
    if (idNumber) void lookUp(idNumber);
  }

  const columns: BaseTableCol<Binding>[] = [
    { colKey: 'ref', title: '核验编号', width: 100 },
    { colKey: 'account', title: '账号', width: 130 },
    { colKey: 'role', title: '身份', width: 120, cell: ({ row }) => (row.relation ? `${row.role}（${row.relation}）` : row.role) },
    { colKey: 'declaredName', title: '申报姓名', width: 100 },
    { colKey: 'level', title: '状态', width: 90, cell: ({ row }) => <Tag theme={LEVEL_THEME[row.level] ?? 'default'}>{row.level}</Tag> },
    {
      colKey: 'source',
      title: '核验情况',
      ellipsis: true,
      cell: ({ row }) =>
        row.revokedAtText
          ? `${row.revokedAtText} 撤销：${row.revokeReason ?? ''}`
          : row.verifiedAtText
            ? `${row.source ?? ''}，${row.verifiedBy ?? ''}，${row.verifiedAtText}`
            : `${row.createdAtText} 申报，尚未核验`,
    },
    {
      colKey: 'actions',
      title: '操作',
      width: 170,
      cell: ({ row }) => (
        <Space size="small">
          {row.level === '待核验' && (
            <Button size="small" theme="primary" onClick={() => setVerifying(row)} className="identity-verify-button">
              核验确认
            </Button>
          )}
          {row.level !== '已撤销' && (
            <Button size="small" theme="danger" variant="outline" onClick={() => setRevoking(row)}>
              撤销
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div className="staff-page">
      <div className="staff-page-head">
        <h2 className="staff-page-title">身份核验</h2>
      </div>
      <Alert
        theme="info"
        className="staff-gap"
        message="请按来人出示的身份证填写号码。绑定不记参保地：任何地区的经办窗口都可以为出示身份证的本人（或持关系证明的家属）核验，也可以撤销其他机构核验的绑定。每次按身份证号查询、核验、撤销、发放核验码，都会连同您的账号和所在地区记入访问日志。"
      />
      <Space className="staff-gap">
        <Input
          name="identity-id-number"
          value={typed}
          onChange={(v) => setTyped(String(v))}
          onEnter={search}
          maxlength={18}
          placeholder="18 位身份证号"
          className="identity-id-input"
          style={{ width: 280 }}
        />
        <Button theme="primary" icon={<SearchIcon />} loading={loading} onClick={search} className="identity-search-button">
          查询
        </Button>
      </Space>
      {error && <Alert theme="error" message={error} className="staff-gap" />}
      {done && <Alert theme="success" message={done} className="staff-gap" />}
      {view && idNumber && (
        <>
          <Card title={`${view.idNumberMasked} 的绑定`} className="staff-card staff-gap">
            <p className="staff-muted">每个绑定是一个小程序账号（只显示账号摘要）。申请人打开小程序的“本人信息与核验”可以看到自己的核验编号。</p>
            <BaseTable<Binding>
              rowKey="ref"
              data={view.bindings}
              columns={columns}
              hover
              tableLayout="fixed"
              empty={<EmptyState text="还没有账号申报过此人：请申请人先在小程序中填写本人信息或添加家庭成员" />}
            />
          </Card>
          <Card title="历史" className="staff-card staff-gap">
            <BaseTable<Event>
              rowKey="key"
              data={view.history.map((h, i) => ({ ...h, key: `${i}` }))}
              columns={HISTORY_COLUMNS}
              tableLayout="fixed"
              empty={<EmptyState text="暂无记录" />}
            />
          </Card>
          <RosterCodeCard idNumber={idNumber} />
        </>
      )}
      {verifying && idNumber && <IdentityVerifyDialog idNumber={idNumber} binding={verifying} onClose={() => setVerifying(null)} onDone={() => finished('已核验，已记入绑定历史')} />}
      {revoking && idNumber && <IdentityRevokeDialog idNumber={idNumber} binding={revoking} onClose={() => setRevoking(null)} onDone={() => finished('已撤销该绑定')} />}
    </div>
  );
}
