import { remoteFiling } from '../../../../shared/applications/remote-filing';
import { manualReimbursement } from '../../../../shared/applications/manual-reimbursement';
import { buildContentSchemas } from '../../../../shared/applications/content-schema';
import type { RemoteFilingKind } from '../../../../shared/applications/remote-filing/kinds';

/**
 * The application types this flow files, by their modules (shared/applications): a 备案 of a kind, or a 手工报销 of a
 * stay (a third type, the 优抚 住院医疗补助, has its own pages). The one place the pages learn which type is which;
 * the modules themselves come without the registry, so this package does not load every region's programs.
 */
export const APPLY_MODULES = { remoteFiling, manualReimbursement } as const;
export const FILED_HERE = [remoteFiling.id, manualReimbursement.id] as const;
export type ApplyType = (typeof FILED_HERE)[number];

export function typeLabel(type: ApplyType): string {
  return APPLY_MODULES[type].label;
}

/** A 备案: its form asks the kind, the scheme and the destination. */
export function isFiling(type: string): type is typeof remoteFiling.id {
  return type === 'remoteFiling';
}

/** A 手工报销: its form asks the stay (hospital, dates) and the amount. */
export function isReimbursement(type: string): type is typeof manualReimbursement.id {
  return type === 'manualReimbursement';
}

/** The function's own content schemas over these types: a message beside a box is the one the server would give. */
export const { complete: applicationContent, draft: draftContent } = buildContentSchemas(Object.values(APPLY_MODULES));

/** What the page calls the application: a 备案's kind once chosen ("异地长期居住人员备案"), else the type. */
export function applyTitle(type: ApplyType, kind: RemoteFilingKind | ''): string {
  const module = APPLY_MODULES[type] as { title?: (s: { kind?: RemoteFilingKind }) => string | undefined; label: string };
  return (kind ? module.title?.({ kind }) : undefined) ?? module.label;
}

/** A type that stays in force once accepted (a 备案), so it can be changed or cancelled: the module says so. */
export function staysInForce(type: string): boolean {
  return (APPLY_MODULES as Record<string, { staysInForce?: boolean }>)[type]?.staysInForce === true;
}
