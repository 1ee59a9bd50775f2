import * as apps from '../../server/applications';
import { NOT_FOUND_MESSAGE } from '../../server/applications/errors';
import { freshContext, longTermForFather, rejection, verifiedSelf, STRANGER_ID, FATHER_ID, DAUGHTER_ID } from './helpers';

const daughter = { openid: 'o-daughter' };
const stranger = { openid: 'o-stranger' };
const father = { openid: 'o-father' };

describe('a person sees and changes only what they filed or what was filed for them', () => {
  let ctx: ReturnType<typeof freshContext>;
  let id: string;
  beforeEach(async () => {
    ctx = freshContext();
    id = (await apps.submit(ctx, daughter, { requestId: 'req-access-001', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } })).id;
  });
  afterEach(() => ctx.cleanup());

  test('another account guessing the id gets the same "not found" as for an id that does not exist', async () => {
    const guessed = await rejection(apps.getOne(ctx, stranger, { id }));
    const missing = await rejection(apps.getOne(ctx, stranger, { id: 'no-such-application' }));
    expect(guessed).toMatchObject({ code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE, field: 'id' });
    expect(JSON.stringify(guessed)).toBe(JSON.stringify(missing));
    expect((await apps.listMine(ctx, stranger)).items).toEqual([]);
  });

  test('another account can neither edit, submit, withdraw nor upload to it', async () => {
    await apps.returnApplication(ctx, { id, staff: '王经办', reason: '补材料' });
    for (const attempt of [
      apps.updateDraft(ctx, stranger, { id, content: { type: 'remoteFiling', remoteFiling: { residenceAddress: '别处' } } }),
      apps.submit(ctx, stranger, { requestId: 'req-access-002', id, commitment: { accepted: true, signerName: '张小红' } }),
      apps.withdraw(ctx, stranger, { id }),
      apps.uploadMaterial(ctx, stranger, { applicationId: id, item: 'residenceProof', contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64') }),
    ]) {
      expect(await rejection(attempt)).toMatchObject({ code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
    }
    expect((await apps.getOne(ctx, daughter, { id })).status).toBe('returned');
  });

  test('declaring someone else\'s ID number opens nothing and locks nobody out (issue 11)', async () => {
    // The stranger declares first, the daughter's and the father's numbers: accepted, answered like any declaration.
    const first = await apps.claimIdentity(ctx, stranger, { name: '张大山', idNumber: FATHER_ID });
    expect(first).toEqual({ name: '张大山', idNumberMasked: expect.stringContaining('*') });
    await apps.claimIdentity(ctx, stranger, { name: '张小红', idNumber: DAUGHTER_ID });
    expect((await apps.listMine(ctx, stranger)).items).toEqual([]);
    expect(await rejection(apps.getOne(ctx, stranger, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(apps.withdraw(ctx, stranger, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    // The real father declares after him: not locked out; verified at the office, he sees it; the stranger still not.
    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    expect((await apps.listMine(ctx, father)).items.map((a) => a.id)).toEqual([id]);
    expect((await apps.listMine(ctx, stranger)).items).toEqual([]);
    await apps.claimIdentity(ctx, stranger, { name: '路人', idNumber: STRANGER_ID });
    expect((await apps.listMine(ctx, stranger)).items).toEqual([]);
  });

  test('a principal who only declared his number sees nothing filed for him until he is verified', async () => {
    await apps.claimIdentity(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    expect((await apps.listMine(ctx, father)).items).toEqual([]);
    expect(await rejection(apps.getOne(ctx, father, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(apps.withdraw(ctx, father, { id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('the principal, once verified, sees it and may withdraw it, but may not edit it', async () => {
    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    expect((await apps.getOne(ctx, father, { id })).myRole).toBe('principal');
    await apps.returnApplication(ctx, { id, staff: '王经办', reason: '补材料' });
    expect(await rejection(apps.updateDraft(ctx, father, { id, content: { type: 'remoteFiling' } }))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await apps.withdraw(ctx, father, { id })).status).toBe('withdrawn');
  });

  test('a family member saved by one account cannot be used by another', async () => {
    const saved = await apps.saveFamilyMember(ctx, daughter, { name: '张大山', relation: 'parent', idNumber: FATHER_ID });
    expect(await apps.listFamilyMembers(ctx, stranger)).toEqual([]);
    expect(await rejection(apps.createDraft(ctx, stranger, { content: { type: 'remoteFiling' }, principalFamilyMemberId: saved.id }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'principalFamilyMemberId',
    });
    expect(await rejection(apps.deleteFamilyMember(ctx, stranger, { id: saved.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
