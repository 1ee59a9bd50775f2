import type { StaffRole } from '../../../shared/contract/staff';

export const ROLE_LABELS: Record<StaffRole, string> = {
  reviewer: '审核（经办、服务站）',
  approver: '审批（退役军人事务局）',
  admin: '管理员',
};

/** The pages of the menu. */
export type MenuPage = 'queue' | 'users' | 'access-log' | 'account-audit' | 'password' | 'veteran-round' | 'veteran-import' | 'veteran-ledger' | 'identity';

/**
 * Who may open what, as the API allows it (server/staff): reviewers and approvers handle applications; an
 * administrator manages accounts and reads their changes and the access log, and decides nothing. The menu shows only these pages,
 * and any other address goes to the role's first page.
 */
const PAGES: Record<StaffRole, MenuPage[]> = {
  reviewer: ['queue', 'veteran-round', 'veteran-ledger', 'identity', 'password'],
  // The roster and the payment list are the 县退役军人事务局's (000 第六条、第七条).
  approver: ['queue', 'veteran-round', 'veteran-import', 'veteran-ledger', 'identity', 'password'],
  admin: ['users', 'account-audit', 'access-log', 'password'],
};

export function mayOpen(role: StaffRole, page: MenuPage): boolean {
  return PAGES[role].includes(page);
}

export function homeOf(role: StaffRole): MenuPage {
  return PAGES[role][0];
}
