import type { ReactElement, ReactNode } from 'react';
import { CheckRectangleIcon, HistoryIcon, LockOnIcon, LogoutIcon, UsergroupIcon } from 'tdesign-icons-react';
import { Button, Layout, Menu } from '../ui';
import { mayOpen, MenuPage, ROLE_LABELS } from './roles';
import { scopeLabel } from './regions';
import { navigate } from './route';
import { useSession, useStaff } from './session';
import { useNarrow } from './narrow';

const ITEMS: { page: MenuPage; label: string; icon: ReactElement }[] = [
  { page: 'queue', label: '待办队列', icon: <CheckRectangleIcon /> },
  { page: 'users', label: '账号管理', icon: <UsergroupIcon /> },
  { page: 'access-log', label: '访问日志', icon: <HistoryIcon /> },
  { page: 'password', label: '修改密码', icon: <LockOnIcon /> },
];

/** The frame of every page after login: the menu (only what the role may use), who is signed in, the page. */
export function Shell({ current, children }: { current: MenuPage; children: ReactNode }) {
  const { user } = useStaff();
  const { signOut } = useSession();
  const narrow = useNarrow();
  const items = ITEMS.filter((i) => mayOpen(user.role, i.page));
  const width = narrow ? '64px' : '208px';
  return (
    <Layout className="staff-shell">
      <Layout.Aside className="staff-aside" width={width}>
        <Menu
          className="staff-menu"
          value={current}
          width={width}
          collapsed={narrow}
          logo={<span className="staff-logo">{narrow ? '经办' : '经办工作台'}</span>}
          onChange={(value) => navigate({ page: value as MenuPage })}
        >
          {items.map((i) => (
            <Menu.MenuItem key={i.page} value={i.page} icon={i.icon}>
              {i.label}
            </Menu.MenuItem>
          ))}
        </Menu>
      </Layout.Aside>
      <Layout className="staff-main">
        <Layout.Header className="staff-header">
          <span className="staff-header-title">医保明白纸 · 经办工作台</span>
          <span className="staff-user" id="staff-user">
            {user.name}（{user.login}）· {ROLE_LABELS[user.role]} · {scopeLabel(user)}
          </span>
          <Button variant="text" icon={<LogoutIcon />} onClick={() => void signOut()} id="logout">
            退出登录
          </Button>
        </Layout.Header>
        <Layout.Content className="staff-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
