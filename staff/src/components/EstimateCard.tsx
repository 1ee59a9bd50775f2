import { Card, BaseTable } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';

type Line = NonNullable<StaffApplicationDetail['estimate']>['lines'][number];

/** The estimate stored with the application, as it was when filed: the summary and each line with its explanation. */
export function EstimateCard({ estimate }: { estimate: NonNullable<StaffApplicationDetail['estimate']> }) {
  return (
    <Card title="申请时的测算" bordered className="staff-card estimate-card">
      <p className="estimate-summary">{estimate.summary}</p>
      <BaseTable<Line & { key: number }>
        rowKey="key"
        size="small"
        bordered
        data={estimate.lines.map((l, key) => ({ ...l, key }))}
        columns={[
          { colKey: 'label', title: '项目', width: 220 },
          { colKey: 'amount', title: '金额（元）', width: 130, align: 'right' },
          { colKey: 'note', title: '说明', cell: ({ row }) => row.note ?? '' },
        ]}
      />
    </Card>
  );
}
