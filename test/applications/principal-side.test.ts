import * as apps from '../../server/applications';
import * as identity from '../../server/identity';
import { filedForMeLine, listRows } from '../../miniprogram/packages/apply/model/status';
import { ADAPTERS, type TestContext } from './adapters';
import { FATHER_ID, PAYEE, daughter as daughterPerson, father as fatherPerson, rejection, verifiedSelf } from './helpers';

/**
 * Issue 15: her father, on his own phone, sees the filings she made for him once his account is verified as him
 * (a verified self binding), marked "由 张小红（子女）代办" — her name and what she is to him. The daughter files as the
 * mini-program does (the father saved once as a family member, sent by id). Knowing his ID number opens nothing: a
 * declared binding, his own or an attacker's, lists nothing and opens nothing.
 */
const daughter = { openid: 'o-daughter' };
const father = { openid: 'o-father' };
const attacker = { openid: 'o-attacker' };

async function fileTwoForFather(ctx: TestContext): Promise<string[]> {
  // She types his number with a small x; he declares it with a capital X: the same person (normalised before hashing).
  const member = await apps.saveFamilyMember(ctx, daughter, { name: fatherPerson.name, relation: 'parent', idNumber: FATHER_ID.toLowerCase(), phone: fatherPerson.phone });
  const agent = { name: daughterPerson.name, idNumber: daughterPerson.idNumber, phone: daughterPerson.phone };
  const filing = await apps.createDraft(ctx, daughter, {
    principalFamilyMemberId: member.id,
    content: {
      type: 'remoteFiling',
      agent,
      remoteFiling: { kind: 'longTermResident', scheme: 'resident', destination: { province: '广东省', city: '深圳市' }, residenceAddress: '深圳市南山区某街道 1 号' },
    },
  });
  await apps.submit(ctx, daughter, { requestId: 'req-principal-01', id: filing.id, commitment: { accepted: true, signerName: daughterPerson.name } });
  const claim = await apps.createDraft(ctx, daughter, {
    principalFamilyMemberId: member.id,
    content: { type: 'manualReimbursement', agent, manualReimbursement: { hospital: '太原市某医院', admissionDate: '2025-03-01', dischargeDate: '2025-03-10', amount: '1680.32', payee: PAYEE } },
  });
  await apps.submit(ctx, daughter, { requestId: 'req-principal-02', id: claim.id, commitment: { accepted: true, signerName: daughterPerson.name } });
  return [claim.id, filing.id];
}

describe.each(ADAPTERS)('filings about a person on that person\'s side (%s)', (_name, make) => {
  let ctx: TestContext;
  let ids: string[];
  beforeEach(async () => {
    ctx = make();
    ids = await fileTwoForFather(ctx);
  });
  afterEach(() => ctx.cleanup());

  test('declared only: nothing listed, nothing opened; verified: both listed, marked 由 张小红（子女）代办', async () => {
    // 本人信息: declared on his phone, as the identity page does; not yet checked by anyone.
    expect((await identity.declareSelf(ctx, father, { name: fatherPerson.name, idNumber: FATHER_ID })).self?.level).toBe('declared');
    expect((await apps.listMine(ctx, father)).items).toEqual([]);
    for (const id of ids) expect((await rejection(apps.getOne(ctx, father, { id }))).code).toBe('NOT_FOUND');

    await verifiedSelf(ctx, father, fatherPerson);
    const page = await apps.listMine(ctx, father);
    expect(page.total).toBe(2);
    expect(page.items.map((a) => a.id)).toEqual(ids);
    for (const a of page.items) {
      expect(a).toMatchObject({ myRole: 'principal', agent: { name: '张小红', relationLabel: '子女' } });
      expect(filedForMeLine(a)).toBe('由 张小红（子女）代办');
      expect(a.number).toMatch(/^SX-2026-\d{6}$/);
    }
    expect(listRows(page.items).map((r) => [r.role, r.filedBy])).toEqual([
      ['家人为我办理', '由 张小红（子女）代办'],
      ['家人为我办理', '由 张小红（子女）代办'],
    ]);
    const one = await apps.getOne(ctx, father, { id: ids[1] });
    expect(filedForMeLine(one)).toBe('由 张小红（子女）代办');
    // Hers stay hers, marked as filed for him; he did not file them, so the line is empty on her side.
    expect((await apps.listMine(ctx, daughter)).items.map((a) => filedForMeLine(a))).toEqual(['', '']);
  });

  test('an attacker who declares the father\'s ID number sees nothing, before and after the father is verified', async () => {
    expect((await identity.declareSelf(ctx, attacker, { name: fatherPerson.name, idNumber: FATHER_ID })).self?.level).toBe('declared');
    expect((await apps.listMine(ctx, attacker)).items).toEqual([]);
    await verifiedSelf(ctx, father, fatherPerson);
    expect((await apps.listMine(ctx, attacker)).items).toEqual([]);
    for (const id of ids) {
      expect((await rejection(apps.getOne(ctx, attacker, { id }))).code).toBe('NOT_FOUND');
      expect((await rejection(apps.withdraw(ctx, attacker, { id }))).code).toBe('NOT_FOUND');
    }
    expect((await apps.listMine(ctx, father)).total).toBe(2);
  });
});
