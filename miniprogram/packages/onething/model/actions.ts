import type { FlowAction } from '../../../../shared/onething/checklist';

/** The product's own flows a checklist step opens. */
export const ACTIONS: Record<FlowAction, { label: string; url: (code?: string) => string }> = {
  filing: { label: '去办异地就医备案 ›', url: () => '/packages/apply/pages/index/index' },
  reimbursement: { label: '去办手工报销 ›', url: () => '/packages/apply/pages/index/index' },
  estimate: { label: '估算能报多少 ›', url: () => '/packages/estimate/pages/form/index' },
  catalogue: {
    label: '看这个病的认定标准 ›',
    url: (code) => (code ? `/packages/catalogue/pages/detail/index?code=${encodeURIComponent(code)}` : '/packages/catalogue/pages/index/index'),
  },
};
