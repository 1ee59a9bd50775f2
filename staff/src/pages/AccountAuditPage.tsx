import { useCallback, useMemo, useState } from 'react';
import { SearchIcon } from 'tdesign-icons-react';
import { Button, Input, Space } from '../ui';
import type { BaseTableCol } from '../ui';
import type { StaffAccountAuditEntry } from '../../../shared/contract/staff';
import { accountAudit } from '../api/staff';
import { usePagedList } from '../app/paging';
import { PagedTable } from '../components/PagedTable';

const PAGE_SIZE = 50;

type Row = StaffAccountAuditEntry & { key: string };

const COLUMNS: BaseTableCol<Row>[] = [
  { colKey: 'atText', title: '时间（北京时间）', width: 150 },
  { colKey: 'actionLabel', title: '变更', width: 120 },
  { colKey: 'target', title: '账号', width: 120 },
  { colKey: 'scopeLabel', title: '账号范围', width: 170 },
  { colKey: 'actor', title: '操作人', width: 150 },
  { colKey: 'address', title: '来源', width: 180, ellipsis: true },
  { colKey: 'detail', title: '内容', ellipsis: true },
];

/**
 * 账号变更记录 (admin): every create, disable, enable, password reset or change, and role or scope change of the
 * accounts within the administrator's scope, from the console or the command line, newest first; one login's when
 * asked. Append-only on the server (server/staff/accounts/audit.ts).
 */
export function AccountAuditPage() {
  const [typed, setTyped] = useState('');
  const [login, setLogin] = useState('');
  const fetchPage = useCallback((cursor: string | undefined) => accountAudit({ cursor, limit: PAGE_SIZE, ...(login ? { login } : {}) }), [login]);
  const list = usePagedList(fetchPage);
  const { items } = list;
  const rows = useMemo<Row[]>(() => items.map((e) => ({ ...e, key: e.id })), [items]);

  return (
    <div className="staff-page">
      <div className="staff-page-head">
        <h2 className="staff-page-title">账号变更记录</h2>
      </div>
      <p className="staff-muted staff-gap">每一次创建、停用、启用账号，重置或修改密码，更改角色或范围都记在这里（只增不改）：谁、什么时候、从哪里、改了哪个账号的什么。</p>
      <Space className="staff-gap">
        <Input name="audit-login" value={typed} onChange={(v) => setTyped(String(v))} placeholder="登录名（不填看全部）" style={{ width: 220 }} onEnter={() => setLogin(typed.trim().toLowerCase())} />
        <Button icon={<SearchIcon />} onClick={() => setLogin(typed.trim().toLowerCase())} className="audit-search">
          查询
        </Button>
      </Space>
      <PagedTable<Row> rowKey="key" rows={rows} columns={COLUMNS} list={list} pageSize={PAGE_SIZE} emptyText="暂无变更记录" className="account-audit-table" />
    </div>
  );
}
