import type { Whose } from './whose';

/** The 优抚补助 pages; a claim's own page (timeline, materials) is the filing task's detail page. */
export const ROOT = '/packages/veteran/pages';
export const STATUS_URL = `${ROOT}/index/index`;

function withMember(url: string, whose: Whose): string {
  return whose === '' ? url : `${url}?member=${encodeURIComponent(whose)}`;
}

export function statusUrl(whose: Whose): string {
  return withMember(STATUS_URL, whose);
}

export function claimUrl(whose: Whose): string {
  return withMember(`${ROOT}/claim/index`, whose);
}

export function detailUrl(applicationId: string): string {
  return `/packages/apply/pages/detail/index?id=${encodeURIComponent(applicationId)}`;
}
