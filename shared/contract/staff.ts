import type { ApplicationStatus, ApplicationSummary, ApplicationView, Page } from './applications';
import type { ApplicationType } from '../applications/types';

/**
 * Wire types of the staff console's HTTP API (issue 16): what the console (staff/) receives from the handlers in
 * server/staff/, served by the local gateway under /staff/api/ and on CloudBase through HTTP access to the `staff`
 * function. Every answer is an Envelope (./envelope.ts). Authentication is the staff's own (login and password,
 * a session cookie), independent of WeChat identities and development sessions.
 *
 * Routes (JSON bodies; every method other than GET needs the `X-CSRF-Token` header of the session):
 *   POST /staff/api/login                        {login, password} → StaffSession (sets the HttpOnly session cookie)
 *   POST /staff/api/logout                       → {}
 *   GET  /staff/api/me                           → StaffSession
 *   POST /staff/api/password                     {current, next} → {}
 *   GET  /staff/api/applications?…QueueQuery     → StaffQueuePage
 *   GET  /staff/api/applications/:idOrNumber     → StaffApplicationDetail
 *   POST /staff/api/applications/:id/reveal      {person: 'principal'|'agent'} → {idNumber} (written to the access log)
 *   POST /staff/api/applications/:id/accept      {amount?, confirmDuplicate?} → StaffApplicationDetail
 *   POST /staff/api/applications/:id/return      {reason, concerns?} → StaffApplicationDetail
 *   POST /staff/api/applications/:id/reject      {reason, concerns?} → StaffApplicationDetail
 *   GET  /staff/api/materials/:materialId        → the image bytes (image/jpeg|png), for a material the session may see
 *   GET  /staff/api/return-templates?type=…      → ReturnTemplate[]
 *   GET  /staff/api/users                        (admin) → Page<StaffUserView>
 *   POST /staff/api/users                        (admin) {login, name, role, region, area?, password} → StaffUserView
 *   POST /staff/api/users/:login/disable         (admin) → StaffUserView
 *   POST /staff/api/users/:login/enable          (admin) → StaffUserView
 *   POST /staff/api/users/:login/password        (admin) {password} → StaffUserView
 *   GET  /staff/api/access-log?cursor=&limit=    (admin) → Page<AccessLogEntry>
 */

/** reviewer: 审核 and decide; approver: also 审批 (the 县退役军人事务局's approval and payment); admin: manages accounts. */
export type StaffRole = 'reviewer' | 'approver' | 'admin';

/**
 * Where a staff member works, and so what they see: a region id of the registry or the 山西 filing offices' id
 * (shared/applications/offices.ts); `area` narrows it to one county, city or township ("通江县", "太原市"); null
 * sees the whole region.
 */
export interface StaffScope {
  region: string;
  area: string | null;
}

export interface StaffUserView extends StaffScope {
  login: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface StaffSession {
  user: StaffUserView;
  /** Sent back as the X-CSRF-Token header on every request that changes something. */
  csrfToken: string;
  /** When the session ends unless used (ISO). */
  expiresAt: string;
}

/** The office an application is handled by: its 参保地 (a filing) or the veteran's 乡镇 (a 优抚 claim). */
export interface ApplicationOffice extends StaffScope {
  /** As shown: "巴中市 通江县", "山西省 太原市". */
  label: string;
}

export interface QueueQuery {
  status?: ApplicationStatus | 'all';
  type?: ApplicationType;
  /** Submitted on or after / on or before, China dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** One area inside the staff member's region. */
  area?: string;
  /** A business number, a name, a phone number or an ID number (an ID number is matched by its lookup hash). */
  q?: string;
  order?: 'oldest' | 'newest';
  cursor?: string;
  limit?: number;
}

export interface StaffQueueItem extends ApplicationSummary {
  office: ApplicationOffice | null;
  /** Submitted at, China time, as shown: "2026-12-01 13:57". */
  submittedAtText: string | null;
  /** Another application of the same person for an overlapping stay (a possible duplicate claim). */
  duplicateWarning: string | null;
}

export interface StaffQueuePage extends Page<StaffQueueItem> {
  /** Per status, within the same scope and filters except status. */
  counts: Partial<Record<ApplicationStatus, number>>;
}

export interface StaffMaterialImage {
  id: string;
  item: string;
  name: string;
  mime: string;
  size: number;
  uploadedAt: string;
  /** GET path of the bytes (/staff/api/materials/:id), authorised by the session cookie. */
  url: string;
}

export interface StaffApplicationDetail {
  application: ApplicationView;
  office: ApplicationOffice | null;
  /** Every field as the applicant gave it, labelled, in form order (ID numbers masked until revealed). */
  fields: { path: string; label: string; value: string }[];
  materials: StaffMaterialImage[];
  /** The estimate stored with the application (a 优抚 claim's), with its explanation steps; null when none. */
  estimate: { summary: string; lines: { label: string; amount: string; note?: string }[] } | null;
  duplicateWarnings: string[];
  /** What this staff member may do now. */
  can: { accept: boolean; return: boolean; reject: boolean; reveal: boolean };
  /** What accepting asks for (a 优抚 claim's approved amount), by field. */
  acceptExtras: { field: 'amount' | 'confirmDuplicate'; label: string; required: boolean }[];
  /** Submitted at, China time ("2026-12-01 13:57"); null for an application never submitted. */
  submittedAtText: string | null;
  /** The application's timeline with each time as staff read it, China time. */
  timeline: (ApplicationView['timeline'][number] & { atText: string })[];
  /** Why an action in `can` is false for this staff member (e.g. acceptance is the county's), in plain Chinese. */
  notes: string[];
}

export interface ReturnTemplate {
  id: string;
  text: string;
  /** The boxes and materials it concerns, preselected when chosen. */
  concerns: { fields: string[]; materials: string[] };
}

export interface AccessLogEntry {
  at: string;
  staff: string;
  applicationId: string;
  number: string | null;
  person: 'principal' | 'agent';
  /** Whose number was seen, masked: "王大山 5119**********1234". */
  subject: string;
  /** Why the staff member needed it, in their words (optional). */
  reason?: string | null;
}
