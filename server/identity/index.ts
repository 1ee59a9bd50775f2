/** The identity model (issue 11): accounts bound to persons, with levels, sources and an audit. */
export { declareSelf, verifyWithCode, startFaceVerify, finishFaceVerify, getIdentity, identityStatus, selfBinding } from './service';
export type { IdentityStatus } from './service';
export { staffBindings, staffVerify, staffRevoke, staffIssueCode } from './staff';
export { verifiedFor, isVerified, isActive, getBindingOf } from './bindings';
