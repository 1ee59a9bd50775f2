/** Pages that several tasks link to. */

/** 本人信息与核验 (a page of the filing task); with a member, that family member's verification is opened. */
export const IDENTITY_URL = '/packages/apply/pages/identity/index';

export function identityUrl(familyMemberId?: string): string {
  return familyMemberId ? `${IDENTITY_URL}?member=${encodeURIComponent(familyMemberId)}` : IDENTITY_URL;
}

/** 帮助与电话: the offices and hotlines the documents print, region by region. */
export const HELP_URL = '/packages/help/pages/index/index';
