import type { ApplicationStatus } from '../store/types';
import { ApplicationError } from './errors';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已提交，待受理',
  accepted: '已受理',
  returned: '已退回，待修改',
  rejected: '不予受理',
  withdrawn: '已撤回',
  cancelled: '已取消备案',
};

export type Action = 'update' | 'submit' | 'withdraw' | 'accept' | 'return' | 'reject' | 'upload' | 'cancel' | 'change';

const ACTION_LABELS: Record<Action, string> = {
  update: '修改',
  submit: '提交',
  withdraw: '撤回',
  accept: '受理',
  return: '退回',
  reject: '不予受理',
  upload: '上传材料',
  cancel: '取消备案',
  change: '变更备案',
};

/**
 * draft → submitted → accepted | returned | rejected; returned → (edit) → submitted again; withdrawn from draft,
 * submitted or returned — "withdrawn by the applicant before acceptance" (issue 4). rejected, withdrawn and cancelled
 * are final; so is accepted, except for a 备案 (below). Edits (and uploads) are allowed only while the applicant
 * holds the application: draft or returned.
 *
 * An accepted 异地就医备案 stays in force until changed or cancelled (issue 4; 004 第七章 二问 "备案有效期内无需重复
 * 备案" gives no end date): `cancel` ends it (→ cancelled, final); `change` leaves it as it is and starts a new
 * draft that replaces it once accepted (applications/change-cancel.ts). Neither document says how soon or how often a
 * filing may be changed or cancelled, so no waiting period or count is imposed. Only remoteFiling applications may
 * do either; that check is the caller's (change-cancel.ts), as this machine knows statuses, not types.
 */
const ALLOWED: Record<Action, ApplicationStatus[]> = {
  update: ['draft', 'returned'],
  upload: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  withdraw: ['draft', 'submitted', 'returned'],
  accept: ['submitted'],
  return: ['submitted'],
  reject: ['submitted'],
  cancel: ['accepted'],
  change: ['accepted'],
};

const TARGET: Partial<Record<Action, ApplicationStatus>> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  accept: 'accepted',
  return: 'returned',
  reject: 'rejected',
  cancel: 'cancelled',
};

/** The status after `action`, or a Chinese INVALID_STATE error naming the current status. */
export function transition(from: ApplicationStatus, action: Action): ApplicationStatus {
  if (!ALLOWED[action].includes(from)) {
    throw new ApplicationError('INVALID_STATE', `该申请当前状态为"${STATUS_LABELS[from]}"，不能${ACTION_LABELS[action]}`, 'status');
  }
  return TARGET[action] ?? from;
}
