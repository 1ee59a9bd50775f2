/**
 * A possible duplicate (the same stay already paid) is refused at acceptance with what to do next, in the caller's
 * terms: the console's accept dialog (a box to tick and a reason), or the CLI's --confirm-duplicate flag.
 */
import { addPayment, listedPaymentId } from '../../../server/veteran/ledger';
import { staffApplicationRoutes } from '../../../server/staff/routes';
import { CONSOLE_DUPLICATE_STEP } from '../../../server/staff/applications/decisions';
import { createUser } from '../../../server/staff/accounts/users';
import { actAs } from '../../../bin/cli/commands/staff-accounts';
import { LI } from '../../veteran/ledger-helpers';
import { COUNTY, RoundCtx, call, claimAt, county, refusal, roundContext } from './round-world';

let ctx: RoundCtx;
let id: string;

beforeEach(async () => {
  ctx = roundContext();
  await county(ctx);
  id = (await claimAt(ctx, 'li', '2026-11-30T08:00:00.000Z', { hospital: '晋城市人民医院', admissionDate: '2026-11-01', dischargeDate: '2026-11-10', inScopeSelfPay: '1000.00' })).id;
  // Then the 一站式 list records the same stay as paid at the hospital's window.
  const p = {
    idHash: ctx.cipher.hash(LI.idNumber),
    year: 2026,
    kind: 'inpatientSubsidy' as const,
    route: 'oneStop' as const,
    date: '2026-11-10',
    amount: '950.00',
    hospital: '晋城市人民医院',
    reference: null,
    applicationId: null,
    importId: null,
    recordedBy: '王审批',
    recordedAt: '2026-12-01T01:00:00.000Z',
  };
  await ctx.store.transaction((tx) => addPayment(tx, { ...p, id: listedPaymentId(p) }, '2026-12-01T01:00:00.000Z'));
  ctx.at('2026-12-02T02:00:00.000Z');
});
afterEach(() => ctx.cleanup());

test('the console is told to tick the dialog\'s box and give a reason; the flag is not mentioned', async () => {
  const refused = await refusal(call(ctx, COUNTY, 'POST', `/applications/${id}/accept`, {}));
  expect(refused).toMatchObject({ code: 'DUPLICATE', field: 'confirmDuplicate' });
  expect(refused.message).toContain(`确属另一次住院的，${CONSOLE_DUPLICATE_STEP}，理由记入办理记录`);
  expect(refused.message).not.toContain('--confirm-duplicate');
  expect((await ctx.store.getApplication(id))?.status).toBe('submitted');
  // With the reason (what the dialog sends once ticked) it is accepted.
  const accepted = await call(ctx, COUNTY, 'POST', `/applications/${id}/accept`, { confirmDuplicate: '一站式结算已退费，改走非一站式' });
  expect(accepted.application.status).toBe('accepted');
});

test('the CLI (`staff accept … --as`, the route called with via cli) is told the flag', async () => {
  // `--as` goes through the same route with via: 'cli'.
  const route = staffApplicationRoutes().find((r) => r.method === 'POST' && r.pattern.test(`/applications/${id}/accept`))!;
  const viaCli = await refusal(Promise.resolve(route.handle(ctx, COUNTY, `/applications/${id}/accept`.match(route.pattern)!, { query: {}, body: {}, via: 'cli' })));
  expect(viaCli.message).toContain('用 --confirm-duplicate <理由> 受理');
  await createUser(ctx, null, { login: 'yc-wang', name: '王审批', role: 'approver', region: 'yangcheng', password: 'Shenpi-2026!x' });
  process.env.YIBAO_STAFF_PASSWORD = 'Shenpi-2026!x';
  try {
    const asCli = await refusal(actAs(ctx, 'yc-wang', 'accept', id, {}, {}));
    expect(asCli).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining('用 --confirm-duplicate <理由> 受理') });
  } finally {
    delete process.env.YIBAO_STAFF_PASSWORD;
  }
  expect((await ctx.store.getApplication(id))?.status).toBe('submitted');
});
