import type { ReturnTemplate, StaffRole } from '../contract/staff';

/**
 * What a type tells the staff console (server/staff/applications) beyond its form: the reasons staff return it for,
 * in its documents' words, who may decide it, and the words for its coded values. The console asks these and never
 * the type by name.
 */
export interface StaffConsoleTerms {
  /** Ready reasons for a 退回 (or 不予受理), each naming the boxes and materials it concerns. */
  returnTemplates(): ReturnTemplate[];
  /**
   * Who may accept, when the type's document gives acceptance to one office (the county's 审批拨付), with the
   * document's words; return and reject stay with every deciding role. Absent: reviewer and approver both accept.
   */
  acceptedBy?(): { roles: StaffRole[]; because: string };
  /** Plain words for coded values of the section, by field key ("scheme" → {"employee": "职工医保"}). */
  valueLabels?: Record<string, Record<string, string>>;
}
