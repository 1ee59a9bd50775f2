import * as apps from '../../../server/applications';
import { importRoster } from '../../../server/veteran/import/roster';
import { staffApplicationRoutes } from '../../../server/staff/routes';
import type { StaffUserView } from '../../../shared/contract/staff';
import { freshContext, verifiedSelf } from '../../applications/helpers';
import { LI, ROSTER_HEADER, WANG, ZHAO, csv, rosterRows, writeFile } from '../../veteran/ledger-helpers';

/**
 * 阳城's county for the round tests: the roster (李复员 and 王战 in 凤城镇, 赵三属 in 北留镇), each veteran verified, and
 * a clock the test sets. Claims are filed and accepted through the real services and routes.
 */
export type RoundCtx = ReturnType<typeof freshContext> & { now: () => Date; at: (iso: string) => void };

export function roundContext(): RoundCtx {
  const ctx = freshContext();
  let t = new Date('2026-07-10T02:00:00.000Z');
  return Object.assign(ctx, { now: () => t, at: (iso: string) => void (t = new Date(iso)) });
}

function staff(login: string, role: StaffUserView['role'], region: string, area: string | null): StaffUserView {
  return { login, name: `${login}经办`, role, region, area, disabled: false, createdAt: '2026-07-01T00:00:00.000Z', lastLoginAt: null };
}
/** 凤城镇's 服务站 (reviewer), 北留镇's, the county's approver (region-wide), a 凤城镇 approver, 巴中's approver. */
export const FENGCHENG = staff('fc-li', 'reviewer', 'yangcheng', '凤城镇');
export const BEILIU = staff('bl-zhao', 'reviewer', 'yangcheng', '北留镇');
export const COUNTY = staff('yc-wang', 'approver', 'yangcheng', null);
export const FENGCHENG_APPROVER = staff('fc-chen', 'approver', 'yangcheng', '凤城镇');
export const BAZHONG = staff('bz-wang', 'approver', 'bazhong', null);
export const ADMIN = staff('admin', 'admin', 'yangcheng', null);

export const who = {
  li: { openid: 'o-round-li' },
  wang: { openid: 'o-round-wang' },
  zhao: { openid: 'o-round-zhao' },
};

export async function county(ctx: RoundCtx): Promise<void> {
  await importRoster(ctx, { file: writeFile(ctx.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
  await verifiedSelf(ctx, who.li, LI);
  await verifiedSelf(ctx, who.wang, WANG);
  await verifiedSelf(ctx, who.zhao, ZHAO);
}

const NO = { falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false };

let n = 0;
/** A 县外 stay's claim filed by the veteran himself at `at` (ISO instant). */
export async function claimAt(
  ctx: RoundCtx,
  person: 'li' | 'wang' | 'zhao',
  at: string,
  stay: { hospital: string; admissionDate: string; dischargeDate: string; inScopeSelfPay: string; totalCost?: string; outOfScope?: string },
) {
  const p = { li: LI, wang: WANG, zhao: ZHAO }[person];
  ctx.at(at);
  return apps.submit(ctx, who[person], {
    requestId: `req-round-${String(++n).padStart(6, '0')}`,
    content: {
      type: 'veteranSubsidy',
      principal: { name: p.name, idNumber: p.idNumber, phone: '13800002222' },
      veteranSubsidy: { settlementSheet: 'sealedCopy', exclusions: NO, ...stay },
    },
    commitment: { accepted: true, signerName: p.name },
  });
}

/** Calls a staff route as the router does after its session, CSRF and role checks. */
export async function call(ctx: RoundCtx, actor: StaffUserView, method: 'GET' | 'POST', path: string, body: unknown = method === 'GET' ? null : {}): Promise<any> {
  const [pathname, search = ''] = path.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const route of staffApplicationRoutes()) {
    const match = route.method === method ? pathname.match(route.pattern) : null;
    if (!match) continue;
    if (!route.roles.includes(actor.role)) throw Object.assign(new Error('该账号无权进行此操作'), { code: 'FORBIDDEN' });
    return route.handle(ctx, actor, match, { query, body });
  }
  throw new Error(`no route ${method} ${path}`);
}

/** The rejection a promise ends with (fails the test when it resolves). */
export async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string; field?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; field?: string };
  }
  throw new Error('expected a refusal');
}
