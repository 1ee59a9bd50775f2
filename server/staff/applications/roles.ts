import type { StaffRole } from '../../../shared/contract/staff';
import type { Decision } from '../../applications/staff';
import { applicationType } from '../../../shared/applications/registry';
import { ApplicationError } from '../../applications/errors';

/** The roles that decide applications; an administrator manages accounts and decides nothing. */
export const DECIDING_ROLES: StaffRole[] = ['reviewer', 'approver'];

/**
 * Who may take a decision on a type: acceptance belongs to the roles the type's document names (a 优抚 claim's
 * 审批拨付 is the county's: its module's staffConsole.acceptedBy), return and reject to every deciding role.
 */
export function decisionRefusal(role: StaffRole, type: string, action: Decision): string | null {
  if (!DECIDING_ROLES.includes(role)) return '管理员账号不办理申请';
  if (action !== 'accept') return null;
  const rule = applicationType(type).staffConsole?.acceptedBy?.();
  if (!rule || rule.roles.includes(role)) return null;
  return `${applicationType(type).label}须由审批人账号受理：${rule.because}。审核中发现问题的，可以退回或不予受理`;
}

export function requireDecision(role: StaffRole, type: string, action: Decision): void {
  const refusal = decisionRefusal(role, type, action);
  if (refusal) throw new ApplicationError('INVALID_STATE', refusal, 'role');
}
