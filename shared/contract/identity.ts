/** How a binding was verified: staff at the office, the 服务站's code, WeChat face verification, or a test stand-in. */
export type VerificationSource = 'staff' | 'rosterCode' | 'wechatFace' | 'standIn';

/** Where the account stands (DEVELOPERS.md "身份与核验"): who it says it is, how far that is verified, and how to verify. */
export interface IdentityStatus {
  self: null | {
    name: string;
    idNumberMasked: string;
    level: 'declared' | 'verified';
    ref: string;
    source: VerificationSource | null;
    verifiedAt: string | null;
  };
  methods: { staff: true; rosterCode: true; wechatFace: boolean };
}
