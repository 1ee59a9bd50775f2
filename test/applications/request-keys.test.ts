/**
 * Request keys (issue 12 item 8): createDraft, uploadMaterial/attachMaterial and saving a family member take a key like
 * submit does, so a call the platform delivers twice creates one thing. Calls without a key (the first release's
 * pages) still work, and a key never answers for another action.
 */
import * as apps from '../../server/applications';
import { LIMITS } from '../../server/identity/rate-limit';
import { freshContext, counts, longTermForFather, idWith, rejection } from './helpers';
import { jpegOf } from '../reliability/images';

const me = { openid: 'o-me' };
const other = { openid: 'o-other' };
const JPEG = jpegOf(16, 8).toString('base64');

let ctx: ReturnType<typeof freshContext>;
beforeEach(() => {
  ctx = freshContext();
});
afterEach(() => ctx.cleanup());

describe('createDraft', () => {
  test('the same key twice is one draft, answered twice', async () => {
    const a = await apps.createDraft(ctx, me, { content: longTermForFather(), requestId: 'draft-key-0001' });
    const b = await apps.createDraft(ctx, me, { content: longTermForFather(), requestId: 'draft-key-0001' });
    expect(b.id).toBe(a.id);
    expect((await counts(ctx)).applications).toBe(1);
  });

  test('ten copies at once are one draft', async () => {
    const views = await Promise.all(
      Array.from({ length: 10 }, () => apps.createDraft(ctx, me, { content: longTermForFather(), requestId: 'draft-key-burst' })),
    );
    expect(new Set(views.map((v) => v.id)).size).toBe(1);
    expect((await counts(ctx)).applications).toBe(1);
  });

  test('without a key (the first release) each call is a draft; another account with the same key gets its own', async () => {
    await apps.createDraft(ctx, me, { content: longTermForFather() });
    await apps.createDraft(ctx, me, { content: longTermForFather() });
    const mine = await apps.createDraft(ctx, me, { content: longTermForFather(), requestId: 'shared-key-01' });
    const theirs = await apps.createDraft(ctx, other, { content: longTermForFather(), requestId: 'shared-key-01' });
    expect(theirs.id).not.toBe(mine.id);
    expect((await counts(ctx)).applications).toBe(4);
  });

  test("a draft's key used again to submit it files it (keys of different actions never answer for each other)", async () => {
    const draft = await apps.createDraft(ctx, me, { content: longTermForFather(), requestId: 'one-key-for-all' });
    const filed = await apps.submit(ctx, me, { requestId: 'one-key-for-all', id: draft.id, commitment: { accepted: true, signerName: '张小红' } });
    expect(filed).toMatchObject({ id: draft.id, status: 'submitted' });
  });

  test('a malformed key is refused in Chinese before anything is written', async () => {
    const refused = await rejection(apps.createDraft(ctx, me, { content: longTermForFather(), requestId: 'a:b' }));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'requestId', message: expect.stringContaining('请求编号') });
    expect((await counts(ctx)).applications).toBe(0);
  });
});

describe('uploadMaterial (base64, the first release)', () => {
  test('the same key twice stores one photo; without a key each call stores one', async () => {
    const { id } = await apps.createDraft(ctx, me, { content: longTermForFather() });
    const req = { applicationId: id, item: 'residenceProof', contentBase64: JPEG, requestId: 'upload-key-01' };
    const a = await apps.uploadMaterial(ctx, me, req);
    const b = await apps.uploadMaterial(ctx, me, req);
    expect(b).toEqual(a);
    expect(await ctx.store.listMaterials(id)).toHaveLength(1);
    await apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: JPEG });
    expect(await ctx.store.listMaterials(id)).toHaveLength(2);
  });
});

describe('saveFamilyMember', () => {
  const mother = { name: '王秀英', relation: 'parent', idNumber: idWith('11010519520301002') };

  test('a retried save answers with the entry and spends no second declaration', async () => {
    const first = await apps.saveFamilyMember(ctx, me, { ...mother, requestId: 'family-key-01' });
    // More retries than the hourly declaration limit allows saves: none is refused, none is counted.
    for (let i = 0; i < LIMITS.declarePerAccountHour.max + 2; i++) {
      await expect(apps.saveFamilyMember(ctx, me, { ...mother, requestId: 'family-key-01' })).resolves.toEqual(first);
    }
    expect(await apps.listFamilyMembers(ctx, me)).toHaveLength(1);
    // The one declaration spent: the rest of the hour's allowance is still there.
    for (let i = 1; i < LIMITS.declarePerAccountHour.max; i++) {
      await apps.saveFamilyMember(ctx, me, { ...mother, requestId: `family-key-n${String(i).padStart(3, '0')}` });
    }
  });
});
