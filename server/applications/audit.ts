import type { StoreTx } from '../store/store';
import type { ApplicationRecord, ApplicationStatus, AuditActor, AuditEntry } from '../store/types';
import { maskIdNumbersInText } from '../../shared/idcard';
import { newId } from './context';

/** Appends one entry (who, when, what) in the caller's transaction. Notes are masked: no ID number is ever stored here. */
export async function audit(
  tx: StoreTx,
  record: ApplicationRecord,
  at: string,
  actor: AuditActor,
  action: AuditEntry['action'],
  fromStatus: ApplicationStatus | null,
  note: string,
): Promise<void> {
  await tx.appendAudit({
    id: newId(),
    applicationId: record.id,
    at,
    actor,
    action,
    fromStatus,
    toStatus: record.status,
    note: maskIdNumbersInText(note),
  });
}
