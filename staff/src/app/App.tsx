import { useEffect } from 'react';
import { Loading } from '../ui';
import { LoginPage } from '../pages/LoginPage';
import { QueuePage } from '../pages/QueuePage';
import { DetailPage } from '../pages/DetailPage';
import { UsersPage } from '../pages/UsersPage';
import { AccessLogPage } from '../pages/AccessLogPage';
import { AccountAuditPage } from '../pages/AccountAuditPage';
import { PasswordPage } from '../pages/PasswordPage';
import { IdentityPage } from '../pages/IdentityPage';
import { VeteranRoundPage } from '../pages/VeteranRoundPage';
import { VeteranImportPage } from '../pages/VeteranImportPage';
import { VeteranLedgerPage } from '../pages/VeteranLedgerPage';
import { Shell } from './Shell';
import { homeOf, mayOpen } from './roles';
import { navigate, useRoute } from './route';
import { useSession } from './session';

/** Which page: the login until a session is open, then the route, limited to what the role may open. */
export function App() {
  const route = useRoute();
  const { session } = useSession();
  const role = session?.user.role;
  // A detail belongs to the queue: whoever may not open the queue may not open one either.
  const menuPage = route.page === 'detail' ? 'queue' : route.page;
  const forbidden = role !== undefined && menuPage !== 'login' && !mayOpen(role, menuPage);

  useEffect(() => {
    if (role && (route.page === 'login' || forbidden)) navigate({ page: homeOf(role) });
  }, [role, route.page, forbidden]);

  if (session === undefined) {
    return (
      <div className="staff-boot">
        <Loading text="正在打开经办工作台…" />
      </div>
    );
  }
  if (session === null) return <LoginPage />;
  if (menuPage === 'login' || forbidden) return null;
  return (
    <Shell current={menuPage}>
      {route.page === 'queue' && <QueuePage />}
      {route.page === 'detail' && <DetailPage key={route.id} id={route.id} />}
      {route.page === 'users' && <UsersPage />}
      {route.page === 'access-log' && <AccessLogPage />}
      {route.page === 'account-audit' && <AccountAuditPage />}
      {route.page === 'password' && <PasswordPage />}
      {route.page === 'identity' && <IdentityPage />}
      {route.page === 'veteran-round' && <VeteranRoundPage />}
      {route.page === 'veteran-import' && <VeteranImportPage />}
      {route.page === 'veteran-ledger' && <VeteranLedgerPage />}
    </Shell>
  );
}
