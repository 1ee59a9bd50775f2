import { useCallback, useState } from 'react';
import { AddIcon } from 'tdesign-icons-react';
import { Button, MessagePlugin, Popconfirm, Space, Tag } from '../ui';
import type { BaseTableCol } from '../ui';
import type { StaffUserView } from '../../../shared/contract/staff';
import { disableUser, enableUser, users } from '../api/staff';
import { messageOf } from '../api/errors';
import { usePagedList } from '../app/paging';
import { ROLE_LABELS } from '../app/roles';
import { scopeLabel } from '../app/regions';
import { useStaff } from '../app/session';
import { chinaTime } from '../app/time';
import { PagedTable } from '../components/PagedTable';
import { CreateUserDialog } from '../components/CreateUserDialog';
import { ResetPasswordDialog } from '../components/ResetPasswordDialog';
import { ChangeAccessDialog } from '../components/ChangeAccessDialog';

const PAGE_SIZE = 20;

/** 账号管理 (admin): the accounts, a new one, disable or enable one, set a new password for one, change its role or scope. */
export function UsersPage() {
  const me = useStaff().user;
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<StaffUserView | null>(null);
  const [changing, setChanging] = useState<StaffUserView | null>(null);
  const fetchPage = useCallback((cursor: string | undefined) => users({ cursor, limit: PAGE_SIZE }), []);
  const list = usePagedList(fetchPage);
  const { items, current, show, reset } = list;

  async function toggle(u: StaffUserView) {
    try {
      await (u.disabled ? enableUser(u.login) : disableUser(u.login));
      void MessagePlugin.success(u.disabled ? `已启用 ${u.login}` : `已停用 ${u.login}，其登录随即失效`);
      void show(current);
    } catch (e) {
      void MessagePlugin.error(messageOf(e));
    }
  }

  const columns: BaseTableCol<StaffUserView>[] = [
    { colKey: 'login', title: '登录名', width: 140 },
    { colKey: 'name', title: '姓名', width: 110 },
    { colKey: 'role', title: '角色', width: 190, cell: ({ row }) => ROLE_LABELS[row.role] },
    { colKey: 'scope', title: '工作范围', width: 220, ellipsis: true, cell: ({ row }) => scopeLabel(row) },
    {
      colKey: 'disabled',
      title: '状态',
      width: 90,
      cell: ({ row }) => (
        <Tag theme={row.disabled ? 'default' : 'success'} variant="light">
          {row.disabled ? '已停用' : '正常'}
        </Tag>
      ),
    },
    { colKey: 'lastLoginAt', title: '最近登录', width: 160, cell: ({ row }) => (row.lastLoginAt ? chinaTime(row.lastLoginAt) : '从未登录') },
    {
      colKey: 'actions',
      title: '操作',
      width: 260,
      cell: ({ row }) => (
        <Space size={4}>
          {row.login !== me.login && (
            <Button size="small" variant="text" theme="primary" onClick={() => setChanging(row)} className="user-access">
              改角色
            </Button>
          )}
          <Button size="small" variant="text" theme="primary" onClick={() => setResetting(row)}>
            重置密码
          </Button>
          {row.login !== me.login && (
            <Popconfirm content={row.disabled ? `启用 ${row.name}（${row.login}）？` : `停用 ${row.name}（${row.login}）？停用后不能登录。`} onConfirm={() => void toggle(row)}>
              <Button size="small" variant="text" theme={row.disabled ? 'primary' : 'danger'}>
                {row.disabled ? '启用' : '停用'}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div className="staff-page">
      <div className="staff-page-head">
        <h2 className="staff-page-title">账号管理</h2>
        <Button theme="primary" icon={<AddIcon />} onClick={() => setCreating(true)} className="user-create">
          新建账号
        </Button>
      </div>
      <PagedTable<StaffUserView> rowKey="login" rows={items} columns={columns} list={list} pageSize={PAGE_SIZE} emptyText="暂无账号" unit="个账号" />
      <CreateUserDialog
        visible={creating}
        defaultRegion={me.region}
        onClose={() => setCreating(false)}
        onDone={(u) => {
          setCreating(false);
          void MessagePlugin.success(`已新建账号 ${u.login}`);
          reset();
          void show(0);
        }}
      />
      {changing && (
        <ChangeAccessDialog
          user={changing}
          onClose={() => setChanging(null)}
          onDone={() => {
            void MessagePlugin.success(`已更改 ${changing.login} 的角色或范围，其登录随即失效`);
            setChanging(null);
            void show(current);
          }}
        />
      )}
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            void MessagePlugin.success(`已为 ${resetting.login} 设置新密码`);
            setResetting(null);
          }}
        />
      )}
    </div>
  );
}
