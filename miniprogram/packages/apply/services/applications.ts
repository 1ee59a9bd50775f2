import type { ApplicationSummary, ApplicationView } from '../../../../server/applications/view';
import type { FamilyMemberView } from '../../../../server/applications/family';
import type { MaterialView } from '../../../../server/applications/materials';
import { callFunction } from '../../../services/api';

/**
 * The filing task's verbs over the `applications` and `family` functions. Pages never see how a call travels
 * (wx.cloud on weapp, the gateway over HTTP in the browser); refusals arrive as ServiceError in plain Chinese.
 */
const apps = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('applications', { action, ...payload });
const family = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('family', { action, ...payload });

export const createDraft = (payload: Record<string, unknown>) => apps<ApplicationView>('createDraft', payload);
export const updateDraft = (payload: Record<string, unknown>) => apps<ApplicationView>('updateDraft', payload);
export const submitApplication = (payload: { requestId: string; id: string; commitment: { accepted: true; signerName: string } }) =>
  apps<ApplicationView>('submit', payload);
export const withdrawApplication = (id: string) => apps<ApplicationView>('withdraw', { id });
export const cancelFiling = (payload: { id: string; reason?: string }) => apps<ApplicationView>('cancelFiling', payload);
export const changeFiling = (id: string) => apps<ApplicationView>('changeFiling', { id });
export const listMyApplications = () => apps<ApplicationSummary[]>('listMine');
export const getApplication = (id: string) => apps<ApplicationView>('getOne', { id });
export const uploadMaterial = (payload: { applicationId: string; item: string; contentBase64: string }) =>
  apps<MaterialView>('uploadMaterial', payload);

export const listFamily = () => family<FamilyMemberView[]>('list');
export const saveFamilyMember = (payload: Record<string, string>) => family<FamilyMemberView>('save', payload);
export const claimIdentity = (payload: { name: string; idNumber: string }) =>
  family<{ name: string; idNumberMasked: string }>('claimIdentity', payload);
