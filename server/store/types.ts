import type { ApplicationType, RemoteFilingKind } from '../../shared/filing/kinds';
import type { CloseRelative } from '../../shared/filing/relations';
import type { CommitmentFormId } from '../../shared/filing/commitments';
import type { MaterialItemId } from '../../shared/filing/materials';

/** An ID number at rest: AES-256-GCM ciphertext, a keyed hash for lookups, and the masked form for display. */
export interface SealedId {
  cipher: string;
  hash: string;
  masked: string;
}

export interface StoredPerson {
  name?: string;
  idNumber?: SealedId;
  phone?: string;
}

export interface StoredAgent extends StoredPerson {
  relation?: CloseRelative;
}

/** The form as stored: plain fields, ID numbers sealed. A draft may lack any part; a submitted one is complete. */
export interface StoredContent {
  type: ApplicationType;
  principal?: StoredPerson;
  agent?: StoredAgent;
  remoteFiling?: {
    kind?: RemoteFilingKind;
    scheme?: 'employee' | 'resident';
    destination?: { province: string; city: string };
    residenceAddress?: string;
  };
  manualReimbursement?: { hospital?: string; admissionDate?: string; dischargeDate?: string; amount?: string };
}

export type ApplicationStatus = 'draft' | 'submitted' | 'accepted' | 'returned' | 'rejected' | 'withdrawn';

export interface CommitmentRecord {
  formId: CommitmentFormId;
  kind: 'personalCommitment' | 'agentCommitment';
  signerName: string;
  /** ISO timestamp, server clock. */
  signedAt: string;
}

export interface ApplicationRecord {
  id: string;
  type: ApplicationType;
  status: ApplicationStatus;
  /** The openid that created it (the insured person, or the agent filing for them). */
  filerOpenid: string;
  /** Keyed hash of the principal's ID number, once known: how the principal finds it (see applications/access.ts). */
  principalIdHash: string | null;
  content: StoredContent;
  commitment: CommitmentRecord | null;
  /** The staff's reason when returned or rejected; cleared on resubmission. */
  decisionReason: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface AuditActor {
  role: 'applicant' | 'staff';
  /** openid for applicants, the staff member's name for staff. */
  id: string;
}

export interface AuditEntry {
  id: string;
  applicationId: string;
  at: string;
  actor: AuditActor;
  action: 'create' | 'update' | 'submit' | 'withdraw' | 'accept' | 'return' | 'reject' | 'upload';
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  /** Plain Chinese; never an unmasked ID number. */
  note: string;
}

export interface FamilyMemberRecord {
  id: string;
  openid: string;
  name: string;
  relation: CloseRelative;
  idNumber: SealedId;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MaterialRecord {
  id: string;
  applicationId: string;
  item: MaterialItemId;
  mime: 'image/jpeg' | 'image/png';
  size: number;
  sha256: string;
  /** A path under DATA_DIR/files locally, a cloud path (fileID) on CloudBase. */
  storagePath: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface IdempotencyRecord {
  openid: string;
  requestId: string;
  applicationId: string;
  createdAt: string;
}

export interface IdentityClaim {
  idHash: string;
  openid: string;
  claimedAt: string;
}

export type Collection = 'applications' | 'audit' | 'familyMembers' | 'materials' | 'idempotency' | 'identityClaims';
export const COLLECTIONS: Collection[] = ['applications', 'audit', 'familyMembers', 'materials', 'idempotency', 'identityClaims'];
