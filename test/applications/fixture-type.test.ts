import * as apps from '../../server/applications';
import { registerApplicationTypeForTest } from '../../shared/applications/registry';
import { cardPickup } from './fixture-type';
import { father, freshContext, rejection } from './helpers';

/**
 * A new application type is one module plus its registration: the generic lifecycle (draft → submit → staff
 * return/accept → audit) files it, merges its own fields through the module, and shows them through the module's
 * views — without a line of server/applications naming it. Before issue 13, the schema refused the type and
 * mergeDraft had no branch for it, so its section was dropped.
 */
const me = { openid: 'o-card' };
const sign = { accepted: true, signerName: father.name };

let ctx: ReturnType<typeof freshContext>;
let unregister: () => void;
beforeEach(() => {
  unregister = registerApplicationTypeForTest(cardPickup);
  ctx = freshContext();
});
afterEach(async () => {
  unregister();
  await ctx.cleanup();
});

test('a fixture type is drafted, merged by its module, submitted, returned, fixed, accepted and audited', async () => {
  const draft = await apps.createDraft(ctx, me, { content: { type: 'cardPickup', principal: father, cardPickup: { answers: { byPost: true } } } });
  expect(draft).toMatchObject({ type: 'cardPickup', typeLabel: '领取证件（测试）', title: `${father.name}的领取证件（测试）`, status: 'draft' });
  expect(draft.principal.idNumberMasked).toBe('110105********002X');

  // Only what changes is sent; the module merges its answers one by one, so the first answer stays.
  const updated = await apps.updateDraft(ctx, me, { id: draft.id, content: { type: 'cardPickup', cardPickup: { office: '城关服务站', answers: { replacement: true } } } });
  const section = (updated as unknown as Record<string, unknown>).cardPickup;
  expect(section).toEqual({ office: '城关服务站', answers: { byPost: true, replacement: true }, officeLabel: '城关服务站（本人查看）' });
  // Its checklist and commitment are the module's, with the blanks it fills.
  expect(updated.materials.map((m) => m.item)).toEqual(['oldCard']);
  expect(updated.missingMaterials).toEqual(['旧证件照片']);
  expect(updated.commitment).toMatchObject({ formId: 'cardPickupPromise', paragraphs: [`本人${father.name}承诺到城关服务站领取。`] });
  // The other types' sections are absent, as for any record.
  expect(updated).toMatchObject({ remoteFiling: null, manualReimbursement: null });

  // A field the module does not know is refused, named by the module's labels: nothing is silently dropped.
  const unknown = await rejection(apps.updateDraft(ctx, me, { id: draft.id, content: { type: 'cardPickup', cardPickup: { colour: 'red' } } }));
  expect(unknown).toMatchObject({ code: 'INVALID_INPUT', field: 'content.cardPickup.colour' });
  expect(unknown.message).toMatch(/^领取信息：/);

  const submitted = await apps.submit(ctx, me, { requestId: 'card-req-0001', id: draft.id, commitment: sign });
  expect(submitted).toMatchObject({ status: 'submitted', commitment: { formId: 'cardPickupPromise', signerName: father.name } });

  const returned = await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: '请写明哪个服务站' });
  expect(returned).toMatchObject({ status: 'returned', decisionReason: '请写明哪个服务站' });
  expect((returned as unknown as Record<string, { officeLabel: string }>).cardPickup.officeLabel).toBe('城关服务站（经办查看）');

  await apps.updateDraft(ctx, me, { id: draft.id, content: { type: 'cardPickup', cardPickup: { office: '北留服务站' } } });
  await apps.submit(ctx, me, { requestId: 'card-req-0002', id: draft.id, commitment: sign });

  // Staff decision extras belong to the types whose server hooks take them.
  expect(await rejection(apps.accept(ctx, { id: draft.id, staff: '王经办', amount: '10.00' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' });
  const accepted = await apps.accept(ctx, { id: draft.id, staff: '王经办' });
  expect(accepted.status).toBe('accepted');
  expect((accepted as unknown as Record<string, unknown>).cardPickup).toMatchObject({ office: '北留服务站', answers: { byPost: true, replacement: true } });
  expect(accepted.timeline.map((t) => [t.action, t.toStatus])).toEqual([
    ['create', 'draft'],
    ['update', 'draft'],
    ['submit', 'submitted'],
    ['return', 'returned'],
    ['update', 'returned'],
    ['submit', 'submitted'],
    ['accept', 'accepted'],
  ]);
  // Not a type that stays in force: no 变更 or 取消.
  expect(await rejection(apps.cancelFiling(ctx, me, { id: draft.id }))).toMatchObject({ code: 'INVALID_STATE', field: 'type' });

  // Withdrawal is generic too (a second application of the type).
  const other = await apps.createDraft(ctx, me, { content: { type: 'cardPickup', cardPickup: { office: '城关服务站' } } });
  expect((await apps.withdraw(ctx, me, { id: other.id })).status).toBe('withdrawn');
});

test('once unregistered, the type is refused again: the schemas are built from the registry', async () => {
  unregister();
  const refused = await rejection(apps.createDraft(ctx, me, { content: { type: 'cardPickup', cardPickup: { office: '城关服务站' } } }));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT' });
  unregister = registerApplicationTypeForTest(cardPickup);
});
