import type { ApplicationStatus } from '../../../shared/contract/applications';

/** The queue's tabs, in the order staff work through them: what waits for them first. */
export const QUEUE_TABS: { value: ApplicationStatus | 'all'; label: string }[] = [
  { value: 'submitted', label: '待受理' },
  { value: 'returned', label: '已退回' },
  { value: 'accepted', label: '已受理' },
  { value: 'rejected', label: '不予受理' },
  { value: 'withdrawn', label: '已撤回' },
  { value: 'cancelled', label: '已取消备案' },
  { value: 'all', label: '全部' },
];

export type TagTheme = 'default' | 'primary' | 'warning' | 'danger' | 'success';

export function statusTheme(status: ApplicationStatus): TagTheme {
  switch (status) {
    case 'submitted':
      return 'primary';
    case 'returned':
      return 'warning';
    case 'accepted':
      return 'success';
    case 'rejected':
      return 'danger';
    default:
      return 'default';
  }
}
