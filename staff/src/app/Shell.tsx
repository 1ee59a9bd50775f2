import type { ReactElement, ReactNode } from 'react';
import { CalendarIcon, CardIcon, FileIcon, CheckRectangleIcon, HistoryIcon, LockOnIcon, LogoutIcon, UploadIcon, UsergroupIcon, ViewListIcon } from 'tdesign-icons-react';
import { hasVeteranProgram } from '../pages/veteran-region';
import { Button, Layout, Menu } from '../ui';
import { mayOpen, MenuPage, ROLE_LABELS } from './roles';
import { scopeLabel } from './regions';
import { navigate } from './route';
import { offersClaim } from '../../../shared/applications/veteran-subsidy/terms';
import { useSession, useStaff } from './session';
import { useNarrow } from './narrow';

const ITEMS: { page: MenuPage; label: string; icon: ReactElement }[] = [
  { page: 'queue', label: '待办队列', icon: <CheckRectangleIcon /> },
  { page: 'users', label: '账号管理', icon: <UsergroupIcon /> },
  { page: 'account-audit', label: '账号变更记录', icon: <FileIcon /> },
  { page: 'access-log', label: '访问日志', icon: <HistoryIcon /> },
  { page: 'veteran-round', label: '补助办理批次', icon: <CalendarIcon /> },
  { page: 'veteran-import', label: '名册与发放名单导入', icon: <UploadIcon /> },
  { page: 'veteran-ledger', label: '优抚对象台账', icon: <ViewListIcon /> },
  { page: 'identity', label: '身份核验', icon: <CardIcon /> },
  { page: 'password', label: '修改密码', icon: <LockOnIcon /> },
];

/** The frame of every page after login: the menu (only what the role may use), who is signed in, the page. */
export function Shell({ current, children }: { current: MenuPage; children: ReactNode }) {
  const { user } = useStaff();
  const { signOut } = useSession();
  const narrow = useNarrow();
  // The 非一站式 round only where the region's document sets one (000 第六条).
  const items = ITEMS.filter((i) => mayOpen(user.role, i.page) && (i.page !== 'veteran-round' || offersClaim(user.region)) && (!i.page.startsWith('veteran-') || hasVeteranProgram(user.region)));
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
