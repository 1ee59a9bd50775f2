import type { AccessLogEntry, QueueQuery, ReturnTemplate, StaffApplicationDetail, StaffQueuePage, StaffRole, StaffSession, StaffUserView } from '../../../shared/contract/staff';
import type { Page } from '../../../shared/contract/applications';
import { get, post, seg } from './client';

/** One function per route of shared/contract/staff.ts, typed by its wire types. */

export const login = (body: { login: string; password: string }) => post<StaffSession>('/login', body, { quiet401: true });
export const logout = () => post<Record<string, never>>('/logout');
export const me = () => get<StaffSession>('/me', {}, { quiet401: true });
export const changePassword = (body: { current: string; next: string }) => post<Record<string, never>>('/password', body);

export const queue = (query: QueueQuery) => get<StaffQueuePage>('/applications', { ...query });
export const detail = (idOrNumber: string) => get<StaffApplicationDetail>(`/applications/${seg(idOrNumber)}`);
export const reveal = (id: string, body: { person: 'principal' | 'agent'; reason?: string }) => post<{ idNumber: string }>(`/applications/${seg(id)}/reveal`, body);
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
