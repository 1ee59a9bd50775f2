import type { StaffRoute } from '../route';
import { DECIDING_ROLES } from './roles';
import { staffQueue } from './queue';
import { loadInScope } from './scope';
import { staffDetail } from './detail';
import { staffMaterial } from './material';
import { staffDecide } from './decisions';
import { staffReveal } from './reveal';
import { returnTemplates } from './templates';
import { staffExport } from './export';
import { staffDocument } from './documents';

export type { StaffActor } from './scope';

/**
 * The routes of the staff console's applications part, as the router (server/staff/http.ts, its StaffRoute) takes
 * them: it authenticates, checks the CSRF token and `roles`, and wraps the answer in the envelope; each handler here
 * validates its input and checks the scope of every record it touches. `pattern` matches the path after /staff/api.
 */
export type StaffApplicationRoute = StaffRoute;

/** A path segment as sent (percent-encoded); one that does not decode matches nothing, like an unknown id. */
function segment(match: RegExpMatchArray, i: number): string {
  try {
    return decodeURIComponent(match[i]);
  } catch {
    return '';
  }
}

export const STAFF_APPLICATION_ROUTES: StaffApplicationRoute[] = [
  { method: 'GET', pattern: /^\/applications\/?$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { query }) => staffQueue(ctx, actor, query) },
  // Before the detail route, which would read "export.xlsx" as an id.
  { method: 'GET', pattern: /^\/applications\/export\.xlsx$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { query }) => staffExport(ctx, actor, query) },
  { method: 'GET', pattern: /^\/applications\/([^/]+)\/documents\/([a-z]+)\.pdf$/, roles: DECIDING_ROLES, handle: (ctx, actor, m) => staffDocument(ctx, actor, segment(m, 1), segment(m, 2)) },
  {
    method: 'GET',
    pattern: /^\/applications\/([^/]+)$/,
    roles: DECIDING_ROLES,
    handle: async (ctx, actor, m) => staffDetail(ctx, actor, await loadInScope(ctx, actor, segment(m, 1))),
  },
  {
    method: 'POST',
    pattern: /^\/applications\/([^/]+)\/accept$/,
    roles: DECIDING_ROLES,
    handle: (ctx, actor, m, { body, via }) => staffDecide(ctx, actor, 'accept', segment(m, 1), body, via),
  },
  { method: 'POST', pattern: /^\/applications\/([^/]+)\/return$/, roles: DECIDING_ROLES, handle: (ctx, actor, m, { body }) => staffDecide(ctx, actor, 'return', segment(m, 1), body) },
  { method: 'POST', pattern: /^\/applications\/([^/]+)\/reject$/, roles: DECIDING_ROLES, handle: (ctx, actor, m, { body }) => staffDecide(ctx, actor, 'reject', segment(m, 1), body) },
  { method: 'POST', pattern: /^\/applications\/([^/]+)\/reveal$/, roles: DECIDING_ROLES, handle: (ctx, actor, m, { body }) => staffReveal(ctx, actor, segment(m, 1), body) },
  { method: 'GET', pattern: /^\/materials\/([^/]+)$/, roles: DECIDING_ROLES, handle: (ctx, actor, m) => staffMaterial(ctx, actor, segment(m, 1)) },
  { method: 'GET', pattern: /^\/return-templates\/?$/, roles: DECIDING_ROLES, handle: async (_ctx, _actor, _m, { query }) => returnTemplates(query) },
];
