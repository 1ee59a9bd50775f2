import type { AccessLogEntry, QueueQuery, ReturnTemplate, StaffApplicationDetail, StaffQueuePage, StaffRole, StaffSession, StaffUserView } from '../../../shared/contract/staff';
import type { Page } from '../../../shared/contract/applications';
import { get, post, seg } from './client';
import { download } from './download';

/** One function per route of shared/contract/staff.ts, typed by its wire types. */

export const login = (body: { login: string; password: string }) => post<StaffSession>('/login', body, { quiet401: true });
export const logout = () => post<Record<string, never>>('/logout');
export const me = () => get<StaffSession>('/me', {}, { quiet401: true });
export const changePassword = (body: { current: string; next: string }) => post<Record<string, never>>('/password', body);

export const queue = (query: QueueQuery) => get<StaffQueuePage>('/applications', { ...query });
export const detail = (idOrNumber: string) => get<StaffApplicationDetail>(`/applications/${seg(idOrNumber)}`);
export const reveal = (id: string, body: { person: 'principal' | 'agent'; reason?: string }) => post<{ idNumber: string; phone?: string }>(`/applications/${seg(id)}/reveal`, body);
/** confirmDuplicate: why a possible duplicate is accepted anyway, in the staff member's words. */
export const accept = (id: string, body: { amount?: string; confirmDuplicate?: string }) =>
  post<StaffApplicationDetail>(`/applications/${seg(id)}/accept`, body);

export interface Concerns {
  fields: string[];
  materials: string[];
}
export const returnApplication = (id: string, body: { reason: string; concerns?: Concerns }) =>
  post<StaffApplicationDetail>(`/applications/${seg(id)}/return`, body);
export const reject = (id: string, body: { reason: string; concerns?: Concerns }) => post<StaffApplicationDetail>(`/applications/${seg(id)}/reject`, body);
export const returnTemplates = (type: string) => get<ReturnTemplate[]>('/return-templates', { type });

export const users = (query: { cursor?: string; limit?: number } = {}) => get<Page<StaffUserView>>('/users', query);
export interface NewUser {
  login: string;
  name: string;
  role: StaffRole;
  region: string;
  area?: string;
  password: string;
}
export const createUser = (body: NewUser) => post<StaffUserView>('/users', body);
export const disableUser = (loginName: string) => post<StaffUserView>(`/users/${seg(loginName)}/disable`);
export const enableUser = (loginName: string) => post<StaffUserView>(`/users/${seg(loginName)}/enable`);
export const resetUserPassword = (loginName: string, password: string) => post<StaffUserView>(`/users/${seg(loginName)}/password`, { password });

export const accessLog = (query: { cursor?: string; limit?: number }) => get<Page<AccessLogEntry>>('/access-log', query);
export const accountAudit = (query: { login?: string; cursor?: string; limit?: number }) =>
  get<Page<import('../../../shared/contract/staff').StaffAccountAuditEntry>>('/account-audit', query);
export const changeUserAccess = (loginName: string, body: { role: StaffRole; region: string; area?: string | null }) =>
  post<StaffUserView>(`/users/${seg(loginName)}/access`, body);

export const identity = (idNumber: string) => get<import('../../../shared/contract/staff').StaffIdentityView>('/identity', { idNumber });
export const verifyIdentity = (body: { idNumber: string; name: string; ref: string; evidence: string }) =>
  post<import('../../../shared/contract/staff').StaffIdentityBinding>('/identity/verify', body);
export const revokeIdentity = (body: { idNumber: string; ref: string; reason: string }) =>
  post<import('../../../shared/contract/staff').StaffIdentityBinding>('/identity/revoke', body);
export const issueRosterCode = (body: { idNumber: string; name: string }) => post<import('../../../shared/contract/staff').StaffIssuedCode>('/identity/issue-code', body);

/** The queue under its current filters (every page) as an XLSX file, saved by the browser; resolves to its name. */
export const exportQueue = (query: QueueQuery) => {
  // Every page of the filters: the page's position and size are not sent.
  const filters = Object.fromEntries(Object.entries(query).filter(([k]) => k !== 'cursor' && k !== 'limit'));
  return download('/applications/export.xlsx', filters, '申请队列.xlsx');
};
/** The applicant's own PDF of a document (承诺书, 备案凭证), saved by the browser. */
export const downloadDocument = (id: string, document: 'commitment' | 'voucher') =>
  download(`/applications/${seg(id)}/documents/${document}.pdf`, {}, document === 'commitment' ? '承诺书.pdf' : '备案凭证.pdf');

/** The 非一站式 round of a township (000 第六条): the list, its 审批表 XLSX, 审核通过 and 标记已拨付. */
export interface RoundQuery {
  township?: string;
  year: number;
  month: 7 | 12;
}
export const veteranRound = (query: RoundQuery) => get<import('../../../shared/contract/staff').VeteranRoundView>('/veteran/round', { ...query });
export const exportVeteranRound = (query: RoundQuery) =>
  download('/veteran/round/export', { ...query }, `医疗补助审批表-${query.township ?? ''}-${query.year}年${query.month}月.xlsx`);
export const reviewRoundClaim = (id: string, body: { note?: string }) =>
  post<import('../../../shared/contract/staff').VeteranRoundMarkAnswer>(`/veteran/round/claims/${seg(id)}/review`, body);
/** 收缴登记 of the claim's 结算单 by the township's station, after its 审核 (000 第六条). */
export const collectRoundClaim = (id: string, body: { note?: string }) =>
  post<import('../../../shared/contract/staff').VeteranRoundMarkAnswer>(`/veteran/round/claims/${seg(id)}/collect`, body);
export const markRoundClaimPaid = (id: string, body: { date: string; paymentId?: string }) =>
  post<import('../../../shared/contract/staff').VeteranRoundMarkAnswer>(`/veteran/round/claims/${seg(id)}/paid`, body);

type VeteranContract = typeof import('../../../shared/contract/staff');
export interface VeteranImportFile {
  kind: import('../../../shared/contract/staff').VeteranImportKind;
  fileName: string;
  contentBase64: string;
}
export const previewVeteranImport = (body: VeteranImportFile) =>
  post<import('../../../shared/contract/staff').VeteranImportPreview>('/veteran/imports/preview', body);
export const commitVeteranImport = (body: VeteranImportFile & { token: string; allowErrors?: boolean }) =>
  post<import('../../../shared/contract/staff').VeteranImportCommitResult>('/veteran/imports/commit', body);
export const searchVeteranLedger = (query: { q: string; cursor?: string; limit?: number }) =>
  get<Page<import('../../../shared/contract/staff').VeteranRosterHit>>('/veteran/ledger/search', { ...query });
export const veteranLedger = (query: { idNumber?: string; person?: string; year?: number }) =>
  get<import('../../../shared/contract/staff').VeteranLedgerView>('/veteran/ledger', { ...query });
export type { VeteranContract };
