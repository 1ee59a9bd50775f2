import fs from 'fs';
import path from 'path';
import * as apps from '../../server/applications';
import { freshContext, longTermForFather, unmaskedIds, FATHER_ID, DAUGHTER_ID, father } from './helpers';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { pngOf } from '../reliability/images';

const me = { openid: 'o-me' };
// A real picture: uploads are decoded and re-encoded (issue 11), so a few magic bytes no longer pass.
const PNG = pngOf(4, 4);

describe('no unmasked ID number in any service response, nor in the database file', () => {
  test('every response of a whole flow, scanned as JSON', async () => {
    const ctx = freshContext();
    const responses: unknown[] = [];
    const keep = <T>(r: T) => (responses.push(r), r);
    const member = keep(await apps.saveFamilyMember(ctx, me, { name: father.name, relation: 'parent', idNumber: FATHER_ID, phone: father.phone }));
    keep(await apps.listFamilyMembers(ctx, me));
    const draft = keep(
      await apps.createDraft(ctx, me, {
        content: { type: 'remoteFiling', agent: { name: '张小红', idNumber: DAUGHTER_ID, phone: '13900001234' }, remoteFiling: longTermForFather().remoteFiling },
        principalFamilyMemberId: member.id,
      }),
    );
    expect(draft.agent?.relation).toBe('child'); // saved as my parent → I am his child
    keep(await apps.uploadMaterial(ctx, me, { applicationId: draft.id, item: 'residenceProof', contentBase64: PNG.toString('base64') }));
    keep(await apps.submit(ctx, me, { requestId: 'req-masking-01', id: draft.id, commitment: { accepted: true, signerName: '张小红' } }));
    // A staff reason that quotes a number is masked before it is stored.
    keep(await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: `请核对 ${FATHER_ID} 的户口簿` }));
    keep(await apps.getOne(ctx, me, { id: draft.id }));
    keep(await apps.listMine(ctx, me));
    keep(await apps.staffList(ctx, {}));
    keep(await apps.staffShow(ctx, { id: draft.id }));
    keep(await apps.claimIdentity(ctx, { openid: 'o-father' }, { name: father.name, idNumber: FATHER_ID }));

    expect(responses.flatMap(unmaskedIds)).toEqual([]);
    const text = JSON.stringify(responses);
    expect(text).toContain('110105********002X');
    expect(text).toContain('138****5678');
    expect(text).toContain('请核对 110105********002X 的户口簿');
    expect(text).not.toContain('v1:'); // no ciphertext either

    await ctx.store.close();
    // Closing checkpoints the WAL into the main file, so this one file holds every row written.
    const raw = fs.readFileSync(path.join(ctx.dataDir, SQLITE_FILE)).toString('latin1');
    expect(raw).toContain('110105********002X');
    expect(raw).not.toContain(FATHER_ID);
    expect(raw).not.toContain(DAUGHTER_ID);
    fs.rmSync(ctx.dataDir, { recursive: true, force: true });
  });

  test('an ID or mobile number typed into free text in another form — spaced, dashed, full-width, 15 digits, +86 — is masked before it is stored', async () => {
    const ctx = freshContext();
    const spacedId = '110105 19491231 002X';
    const wideId = '１１０１０５１９４９１２３１００２Ｘ';
    const oldId = '110105491231002';
    const phones = ['+86 137 1111 2222', '86-13633334444', '135-5555-6666']; // not the form's own phones, which are stored
    const content = {
      ...longTermForFather(),
      remoteFiling: { ...longTermForFather().remoteFiling, residenceAddress: `深圳市南山区某街道 1 号（身份证 ${spacedId}）` },
    };
    const draft = await apps.createDraft(ctx, me, { content });
    const withdrawn = await apps.withdraw(ctx, me, { id: draft.id, reason: `旧证 ${oldId}，新证 ${wideId}；电话 ${phones.join('、')}` });
    const text = JSON.stringify([draft, withdrawn, await apps.getOne(ctx, me, { id: draft.id })]);
    expect(text).toContain('身份证 110105 ******** 002X');
    expect(text).toContain('旧证 110105*****1002，新证 １１０１０５********００２Ｘ；电话 +86 137 **** 2222、86-136****4444、135-****-6666');

    await ctx.store.close();
    const raw = fs.readFileSync(path.join(ctx.dataDir, SQLITE_FILE)).toString('utf8');
    // What a reader could still recognise: full-width folded, separators dropped.
    const recognisable = raw.normalize('NFKC').replace(/[\s-]/g, '');
    const found = [FATHER_ID, oldId, '13711112222', '13633334444', '13555556666'].filter((n) => recognisable.includes(n));
    expect(found).toEqual([]);
    fs.rmSync(ctx.dataDir, { recursive: true, force: true });
  });
});
