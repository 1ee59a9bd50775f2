/** The applications services: pure functions over a Store and the caller's identity. Functions and the CLI call these. */
export type { AppContext, Identity } from './context';
export { createDraft, updateDraft } from './drafts';
export { submit } from './submit';
export { withdraw } from './withdraw';
export { cancelFiling, changeFiling } from './change-cancel';
export { listMine, getOne } from './queries';
export { staffList, staffShow, accept, returnApplication, reject } from './staff';
export { saveFamilyMember, listFamilyMembers, deleteFamilyMember } from './family';
export { claimIdentity } from './claims';
export { uploadMaterial, MAX_MATERIAL_BYTES } from './materials';
export { attachMaterial, issueUploadTicket } from './attach';
export { deleteMaterial, materialLinks } from './material-read';
export { ApplicationError } from './errors';
export type { ApplicationView, ApplicationSummary } from './view';
