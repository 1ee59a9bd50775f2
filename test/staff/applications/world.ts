import * as apps from '../../../server/applications';
import { attachMaterial, issueUploadTicket } from '../../../server/applications/attach';
import type { StaffUserView } from '../../../shared/contract/staff';
import type { ApplicationRecord } from '../../../server/store/types';
import { STAFF_APPLICATION_ROUTES } from '../../../server/staff/applications';
import type { TestContext } from '../../applications/adapters';
import { daughter as daughterPerson, father, longTermForFather } from '../../applications/helpers';
import { jpegOf } from '../../reliability/images';

/** The staff accounts the tests act as, as the router hands them to the handlers. */
function staff(login: string, name: string, role: StaffUserView['role'], region: string, area: string | null): StaffUserView {
  return { login, name, role, region, area, disabled: false, createdAt: '2026-11-01T00:00:00.000Z', lastLoginAt: null };
}
export const TONGJIANG = staff('bz-li', '李审核', 'reviewer', 'bazhong', '通江县');
export const TONGJIANG_2 = staff('bz-zhao', '赵审核', 'reviewer', 'bazhong', '通江县');
export const BAZHONG_ALL = staff('bz-wang', '王科长', 'approver', 'bazhong', null);
export const TAIYUAN = staff('sx-chen', '陈审核', 'reviewer', 'shanxi', '太原市');
export const ADMIN = staff('admin', '管理员', 'admin', 'bazhong', null);

export const DAUGHTER = { openid: 'o-daughter' };
export const sign = { accepted: true as const, signerName: daughterPerson.name };

/** Calls a route the way the router does after its checks: by method and path below /staff/api. */
export async function call(ctx: TestContext, actor: StaffUserView, method: 'GET' | 'POST', path: string, body: unknown = method === 'GET' ? null : {}) {
  const [pathname, search = ''] = path.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const route of STAFF_APPLICATION_ROUTES) {
    const match = route.method === method ? pathname.match(route.pattern) : null;
    if (!match) continue;
    if (!route.roles.includes(actor.role)) throw Object.assign(new Error('role'), { code: 'FORBIDDEN' });
    return route.handle(ctx, actor, match, { query, body });
  }
  throw new Error(`no route ${method} ${path}`);
}

let requests = 0;

/**
 * The daughter files a 备案 for her father (with a photo of the residence proof), submitted at `at`; the handling
 * office is then set on the stored record (the office itself is the filing page's choice, tested elsewhere).
 */
export async function filed(
  ctx: TestContext,
  at: string,
  office: { region: string; area: string | null },
  content: ReturnType<typeof longTermForFather> = longTermForFather(),
): Promise<ApplicationRecord> {
  ctx.clock.at = new Date(at);
  const draft = await apps.createDraft(ctx, DAUGHTER, { content });
  const item = 'residenceProof';
  const ticket = await issueUploadTicket(ctx, DAUGHTER, { applicationId: draft.id, item });
  const fileId = await ctx.files.inbox.put(ticket.cloudPath, jpegOf(32, 16));
  await attachMaterial(ctx, DAUGHTER, { applicationId: draft.id, item, fileId, requestId: `staff-mat-${String(++requests).padStart(5, '0')}` });
  await apps.submit(ctx, DAUGHTER, { requestId: `staff-sub-${String(++requests).padStart(5, '0')}`, id: draft.id, commitment: sign });
  return placed(ctx, draft.id, office);
}

/** Sets the handling office on a stored record. */
export async function placed(ctx: TestContext, id: string, office: { region: string; area: string | null }): Promise<ApplicationRecord> {
  const r = (await ctx.store.getApplication(id))!;
  const next = { ...r, office };
  await ctx.store.updateApplication(next);
  return next;
}

export { father };

let copies = 0;

/** A copy of a stored record under a new id and number, submitted at `submittedAt` (bulk queues without the flow). */
export async function copyOf(ctx: TestContext, template: ApplicationRecord, submittedAt: string, over: Partial<ApplicationRecord> = {}): Promise<ApplicationRecord> {
  const n = ++copies;
  const r: ApplicationRecord = {
    ...template,
    id: `copy${String(n).padStart(6, '0')}`,
    number: `BZ-2026-${String(900000 + n)}`,
    createdAt: submittedAt,
    updatedAt: submittedAt,
    submittedAt,
    ...over,
  };
  await ctx.store.insertApplication(r);
  return r;
}
