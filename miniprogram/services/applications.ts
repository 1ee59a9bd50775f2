import type { ApplicationSummary, ApplicationView, MaterialView, Page } from '../../shared/contract/applications';
import type { FamilyMemberView } from '../../shared/contract/family';
import { callFunction } from './api';
import type { IdentityStatus } from '../models/identity';
import { newRequestId } from '../models/request-id';

/**
 * The filing task's verbs over the `applications` and `family` functions. Pages never see how a call travels
 * (wx.cloud on weapp, the gateway over HTTP in the browser); refusals arrive as ServiceError in plain Chinese.
 */
const apps = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('applications', { action, ...payload });
const family = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('family', { action, ...payload });

// Creating calls carry a request key (a new one per call): a retry of that call cannot create a second draft, photo or entry.
export const createDraft = (payload: Record<string, unknown>) => apps<ApplicationView>('createDraft', { requestId: newRequestId(), ...payload });
export const updateDraft = (payload: Record<string, unknown>) => apps<ApplicationView>('updateDraft', payload);
export const submitApplication = (payload: { requestId: string; id: string; commitment: { accepted: true; signerName: string } }) =>
  apps<ApplicationView>('submit', payload);
export const withdrawApplication = (id: string) => apps<ApplicationView>('withdraw', { id });
export const cancelFiling = (payload: { id: string; reason?: string }) => apps<ApplicationView>('cancelFiling', payload);
export const changeFiling = (id: string) => apps<ApplicationView>('changeFiling', { id });
/** 我的申请, a page at a time, newest first: `nextCursor` fetches the next page, `total` says how many there are. */
export const listMyApplications = (cursor?: string) => apps<Page<ApplicationSummary>>('listMine', cursor ? { cursor } : {});
export const getApplication = (id: string) => apps<ApplicationView>('getOne', { id });
export const uploadMaterial = (payload: { applicationId: string; item: string; contentBase64: string }) =>
  apps<MaterialView>('uploadMaterial', { requestId: newRequestId(), ...payload });
/** A photo already uploaded as a file (services/image attachPhoto): its fileID, checked and re-encoded by the function. */
export const attachMaterial = (payload: { applicationId: string; item: string; fileId: string; requestId: string }) =>
  apps<MaterialView>('attachMaterial', payload);

export const listFamily = () => family<FamilyMemberView[]>('list');
export const saveFamilyMember = (payload: Record<string, string>) => family<FamilyMemberView>('save', { requestId: newRequestId(), ...payload });

/** 本人信息与核验 (model/identity.ts): the account's own binding, declaring it, and the ways to verify it. */
export const getIdentity = () => family<IdentityStatus>('identity');
export const declareSelf = (payload: { name: string; idNumber: string }) => family<IdentityStatus>('declareSelf', payload);
/** The 服务站's one-time code: for oneself, or with familyMemberId for a saved relative (the agent binding). */
export const verifyWithCode = (payload: { name: string; idNumber: string; code: string; familyMemberId?: string }) =>
  family<IdentityStatus>('verifyWithCode', payload);
/** WeChat 人脸核身 2.0, only where methods.wechatFace: the server's getVerifyId, then its queryVerifyInfo. */
export const startFaceVerify = () => family<{ verifyId: string }>('startFaceVerify');
export const finishFaceVerify = (verifyId: string) => family<IdentityStatus>('finishFaceVerify', { verifyId });
