/**
 * The staff console's application routes from the attacker's side (issue 16): a 巴中 reviewer asks for a 山西
 * application by id, by number, through every search key, through a material id and through a 查看 — each the same
 * NOT_FOUND (or an empty page), nothing logged; drafts are the applicant's; an administrator decides nothing.
 */
import { ADAPTERS, type TestContext } from '../../applications/adapters';
import { FATHER_ID, father, rejection } from '../../applications/helpers';
import { NOT_FOUND_MESSAGE } from '../../../server/applications/errors';
import * as apps from '../../../server/applications';
import { ADMIN, BAZHONG_ALL, DAUGHTER, TAIYUAN, TONGJIANG, call, filed, placed } from './world';
import type { StaffApplicationDetail, StaffQueuePage } from '../../../shared/contract/staff';

describe.each(ADAPTERS)('staff scope (%s)', (_name, make) => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = make();
  });
  afterEach(() => ctx.cleanup());

  test('a 巴中 reviewer cannot reach a 山西 application by id, number, search, material or reveal; nothing is logged', async () => {
    const shanxi = await filed(ctx, '2026-12-01T02:00:00.000Z', { region: 'shanxi', area: '太原市' });
    const detail = (await call(ctx, TAIYUAN, 'GET', `/applications/${shanxi.id}`)) as StaffApplicationDetail;
    const materialId = detail.materials[0].id;
    expect(detail.materials[0].url).toBe(`/staff/api/materials/${materialId}`);

    const notFound = async (p: Promise<unknown>) => expect(await rejection(p)).toMatchObject({ code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
    for (const attacker of [TONGJIANG, BAZHONG_ALL]) {
      await notFound(call(ctx, attacker, 'GET', `/applications/${shanxi.id}`));
      await notFound(call(ctx, attacker, 'GET', `/applications/${shanxi.number}`));
      await notFound(call(ctx, attacker, 'GET', `/materials/${materialId}`));
      await notFound(call(ctx, attacker, 'POST', `/applications/${shanxi.id}/reveal`, { person: 'principal' }));
      await notFound(call(ctx, attacker, 'POST', `/applications/${shanxi.id}/accept`, {}));
      await notFound(call(ctx, attacker, 'POST', `/applications/${shanxi.id}/return`, { reason: '请补充材料' }));
      // The same answer as an id that does not exist.
      await notFound(call(ctx, attacker, 'GET', '/applications/no-such-id'));
      for (const q of [shanxi.number!, FATHER_ID, father.phone, father.name, father.name.slice(0, 1)]) {
        const page = (await call(ctx, attacker, 'GET', `/applications?status=all&q=${encodeURIComponent(q)}`)) as StaffQueuePage;
        expect(page).toMatchObject({ items: [], total: 0 });
        expect(Object.values(page.counts).every((n) => n === 0)).toBe(true);
      }
      // Asking for an area of another region's office is asking inside one's own region: nothing.
      expect(((await call(ctx, attacker, 'GET', '/applications?area=太原市&status=all')) as StaffQueuePage).total).toBe(0);
    }
    expect(await ctx.store.count('staffAccessLog')).toBe(0);
    expect((await ctx.store.getApplication(shanxi.id))!.status).toBe('submitted');
    expect(await ctx.store.count('audit')).toBe((await ctx.store.listAudit(shanxi.id)).length);
  });

  test('an area reviewer sees their own area only; the region-wide approver sees every area of the region', async () => {
    const tongjiang = await filed(ctx, '2026-12-01T02:00:00.000Z', { region: 'bazhong', area: '通江县' });
    const bazhou = await filed(ctx, '2026-12-01T03:00:00.000Z', { region: 'bazhong', area: '巴州区' });
    const ids = async (actor: typeof TONGJIANG, query = '') => ((await call(ctx, actor, 'GET', `/applications${query}`)) as StaffQueuePage).items.map((i) => i.id);
    expect(await ids(TONGJIANG)).toEqual([tongjiang.id]);
    expect(await ids(BAZHONG_ALL)).toEqual([tongjiang.id, bazhou.id]);
    expect(await ids(BAZHONG_ALL, '?area=巴州区')).toEqual([bazhou.id]);
    // Naming another area does not widen an area reviewer's scope.
    expect(await ids(TONGJIANG, '?area=巴州区')).toEqual([]);
    expect((await rejection(call(ctx, TONGJIANG, 'GET', `/applications/${bazhou.id}`))).code).toBe('NOT_FOUND');
    const item = ((await call(ctx, TONGJIANG, 'GET', '/applications')) as StaffQueuePage).items[0];
    expect(item).toMatchObject({ office: { region: 'bazhong', area: '通江县' }, submittedAtText: '2026-12-01 10:00' });
  });

  test('drafts are the applicant’s: not in any queue, not openable, their photos not readable', async () => {
    const draft = await apps.createDraft(ctx, DAUGHTER, { content: { type: 'remoteFiling', principal: father } });
    await placed(ctx, draft.id, { region: 'bazhong', area: '通江县' });
    const page = (await call(ctx, BAZHONG_ALL, 'GET', '/applications?status=all')) as StaffQueuePage;
    expect(page.total).toBe(0);
    expect((await rejection(call(ctx, BAZHONG_ALL, 'GET', `/applications/${draft.id}`))).code).toBe('NOT_FOUND');
    expect((await rejection(call(ctx, BAZHONG_ALL, 'POST', `/applications/${draft.id}/reveal`, { person: 'principal' }))).code).toBe('NOT_FOUND');
    expect((await rejection(call(ctx, BAZHONG_ALL, 'GET', '/applications?status=draft'))).code).toBe('INVALID_INPUT');
    // A draft withdrawn before it was ever submitted stays the applicant's too.
    await apps.withdraw(ctx, DAUGHTER, { id: draft.id });
    expect(((await call(ctx, BAZHONG_ALL, 'GET', '/applications?status=withdrawn')) as StaffQueuePage).total).toBe(0);
  });

  test('an administrator account decides nothing and reads no application', async () => {
    await expect(call(ctx, ADMIN, 'GET', '/applications')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(ctx, ADMIN, 'GET', '/return-templates?type=remoteFiling')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  test('bad input is refused in Chinese naming the field, whatever its shape', async () => {
    const refusal = (path: string) => rejection(call(ctx, BAZHONG_ALL, 'GET', path));
    expect(await refusal('/applications?status=nope')).toMatchObject({ code: 'INVALID_INPUT', field: 'status' });
    expect((await refusal('/applications?status=nope')).message).toMatch(/^状态：/);
    expect(await refusal('/applications?from=2026-13-01')).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
    expect(await refusal('/applications?from=2026-12-02&to=2026-12-01')).toMatchObject({ code: 'INVALID_INPUT', field: 'to' });
    expect(await refusal('/applications?limit=0')).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
    expect(await refusal('/applications?limit=abc')).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
    expect(await refusal('/applications?cursor=not-a-cursor!')).toMatchObject({ code: 'INVALID_INPUT', field: 'cursor' });
    expect(await refusal('/applications?q=%3Cscript%3E')).toMatchObject({ code: 'INVALID_INPUT', field: 'q' });
    expect(await refusal('/applications?sort=id')).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal('/return-templates?type=__proto__')).toMatchObject({ code: 'INVALID_INPUT', field: 'type' });
    expect((await rejection(call(ctx, BAZHONG_ALL, 'GET', '/applications/%E0%A4%A'))).code).toBe('NOT_FOUND');
    expect((await rejection(call(ctx, BAZHONG_ALL, 'GET', '/materials/..%2F..%2Fetc'))).code).toBe('NOT_FOUND');
    for (const body of [null, 'x', [], { reason: 5 }, { reason: '好', extra: 1 }]) {
      expect((await rejection(call(ctx, BAZHONG_ALL, 'POST', '/applications/abc/return', body))).code).toMatch(/INVALID_INPUT|NOT_FOUND/);
    }
  });
});
