import type { Step } from './draft';

/** The filing pages, by step; detail and list take no draft. */
export const ROOT = '/packages/apply/pages';

export const STEP_URL: Record<Step, string> = {
  choose: `${ROOT}/index/index`,
  who: `${ROOT}/who/index`,
  form: `${ROOT}/form/index`,
  materials: `${ROOT}/materials/index`,
  commit: `${ROOT}/commit/index`,
};

export const LIST_URL = `${ROOT}/list/index`;

export function detailUrl(id: string): string {
  return `${ROOT}/detail/index?id=${encodeURIComponent(id)}`;
}
// 本人信息与核验, which other tasks link to too, is models/routes.ts.
