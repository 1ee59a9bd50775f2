/**
 * Issue 11, "Identity": the trust model tried from the attacker's side. Knowing an ID number (and a name) must not
 * make an account that person; only a trusted source does (staff checking the card, the 服务站's one-time code with
 * the roster's exact name and number, a platform face check). Every case here failed before server/identity existed:
 * the first claimant owned the number, read the relatives' filings and the veteran ledger, and locked the person out.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import * as apps from '../../server/applications';
import * as identity from '../../server/identity';
import { subsidyStatus } from '../../server/veteran/status';
import { importRoster } from '../../server/veteran/import/roster';
import { LIMITS } from '../../server/identity/rate-limit';
import { standInFace, verificationFromEnv } from '../../server/identity/sources';
import { wechatFace, VERIFY_SUCCESS } from '../../server/identity/wechat-face';
import { freshContext, idWith, longTermForFather, rejection, verifiedSelf, FATHER_ID, father as fatherPerson } from '../applications/helpers';
import { csv, LI, LI_DAUGHTER, NOW, ROSTER_HEADER, rosterRows, writeFile } from '../veteran/ledger-helpers';

const daughter = { openid: 'o-daughter' };
const stranger = { openid: 'o-stranger' };
const father = { openid: 'o-father' };
const li = { openid: 'o-li' };
const liDaughter = { openid: 'o-li-daughter' };

type Ctx = ReturnType<typeof freshContext>;

/** A clock the test moves: rate-limit windows are real time windows. */
function clockedContext(start = NOW): Ctx & { advance(ms: number): void } {
  let t = start.getTime();
  const ctx = freshContext();
  return Object.assign(ctx, { now: () => new Date(t), advance: (ms: number) => void (t += ms), verification: { face: null } });
}

async function filedForFather(ctx: Ctx): Promise<string> {
  return (await apps.submit(ctx, daughter, { requestId: 'req-identity-01', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } })).id;
}

async function county(ctx: Ctx): Promise<void> {
  const file = writeFile(ctx.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()]));
  await importRoster(ctx, { file, region: 'yangcheng', staff: '王经办', allowErrors: false });
}

describe('a stranger who claims first sees nothing and locks nobody out', () => {
  let ctx: ReturnType<typeof clockedContext>;
  let id: string;
  beforeEach(async () => {
    ctx = clockedContext();
    id = await filedForFather(ctx);
  });
  afterEach(() => ctx.cleanup());

  test('declaring the father\'s name and number first opens none of what his daughter filed', async () => {
    const declared = await identity.declareSelf(ctx, stranger, { name: '张大山', idNumber: FATHER_ID });
    expect(declared.self).toMatchObject({ name: '张大山', level: 'declared', source: null, verifiedAt: null });
    expect((await apps.listMine(ctx, stranger)).items).toEqual([]);
    for (const attempt of [
      apps.getOne(ctx, stranger, { id }),
      apps.withdraw(ctx, stranger, { id }),
      apps.cancelFiling(ctx, stranger, { id }),
      apps.changeFiling(ctx, stranger, { id }),
    ]) {
      expect(await rejection(attempt)).toMatchObject({ code: 'NOT_FOUND' });
    }
    // The father comes later: not refused, not told anyone else declared him; verified at the office, he sees it.
    const his = await identity.declareSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    expect(his.self?.level).toBe('declared');
    await identity.staffVerify(ctx, { idNumber: FATHER_ID, name: '张大山', ref: his.self!.ref, staff: '王经办', evidence: '核对身份证原件' });
    expect((await apps.listMine(ctx, father)).items.map((a) => [a.id, a.myRole])).toEqual([[id, 'principal']]);
    expect((await apps.withdraw(ctx, father, { id })).status).toBe('withdrawn');
    // The stranger is still only declared, and still sees nothing.
    expect((await identity.getIdentity(ctx, stranger, {})).self?.level).toBe('declared');
    expect((await apps.listMine(ctx, stranger)).items).toEqual([]);
    // Staff see both accounts, by ref, with the whole history.
    const shown = await identity.staffBindings(ctx, { idNumber: FATHER_ID });
    expect(shown.bindings.map((b) => b.level).sort()).toEqual(['已核验', '待核验'].sort());
    expect(shown.history.map((h) => h.action)).toEqual(['declare', 'declare', 'verify']);
    expect(JSON.stringify(shown)).not.toContain('o-stranger');
  });

  test('the answer to a declaration is the same for a number the service knows and one it has never seen', async () => {
    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    const unknown = idWith('51190219700101123');
    const known = await identity.declareSelf(ctx, stranger, { name: '张大山', idNumber: FATHER_ID });
    const other = { openid: 'o-other' };
    const fresh = await identity.declareSelf(ctx, other, { name: '张大山', idNumber: unknown });
    const shape = (s: identity.IdentityStatus) => JSON.stringify({ ...s, self: { ...s.self, ref: 'REF', idNumberMasked: s.self!.idNumberMasked.length } });
    expect(shape(known)).toBe(shape(fresh));
    // And the old entry point no longer answers CONFLICT, which told which numbers were registered.
    expect(await apps.claimIdentity(ctx, { openid: 'o-third' }, { name: '张大山', idNumber: FATHER_ID })).toEqual({
      name: '张大山',
      idNumberMasked: known.self!.idNumberMasked,
    });
  });

  test('staff revoke a binding: the account loses what verification gave it, and the history says who and why', async () => {
    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    const ref = (await identity.getIdentity(ctx, father, {})).self!.ref;
    await identity.staffRevoke(ctx, { idNumber: FATHER_ID, ref, staff: '王经办', reason: '本人来电：手机已遗失' });
    expect((await apps.listMine(ctx, father)).items).toEqual([]);
    expect((await identity.getIdentity(ctx, father, {})).self).toBeNull();
    const history = (await identity.staffBindings(ctx, { idNumber: FATHER_ID })).history;
    expect(history[history.length - 1]).toMatchObject({ action: 'revoke', who: '王经办', note: '撤销：本人来电：手机已遗失' });
  });

  test('staff cannot verify a binding under another name than the one declared, nor with a ref of another person', async () => {
    const s = await identity.declareSelf(ctx, stranger, { name: '李四', idNumber: FATHER_ID });
    expect(await rejection(identity.staffVerify(ctx, { idNumber: FATHER_ID, name: '张大山', ref: s.self!.ref, staff: '王经办', evidence: '核对身份证原件' }))).toMatchObject({
      code: 'INVALID_STATE',
      field: 'name',
    });
    expect(await rejection(identity.staffVerify(ctx, { idNumber: idWith('51190219700101123'), name: '李四', ref: s.self!.ref, staff: '王经办', evidence: '核对' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'ref',
    });
    expect((await identity.getIdentity(ctx, stranger, {})).self?.level).toBe('declared');
  });

  test('a verified account cannot quietly become someone else', async () => {
    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    expect(await rejection(identity.declareSelf(ctx, father, { name: '张小红', idNumber: fatherPerson.idNumber === FATHER_ID ? idWith('51190219800101124') : FATHER_ID }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await identity.getIdentity(ctx, father, {})).self).toMatchObject({ name: '张大山', level: 'verified' });
  });
});

describe('the veteran ledger and roster data need a verified binding', () => {
  let ctx: ReturnType<typeof clockedContext>;
  beforeEach(async () => {
    ctx = clockedContext();
    await county(ctx);
  });
  afterEach(() => ctx.cleanup());

  test('name and number from the roster are not enough: the self route needs the 服务站 code, and the right name', async () => {
    await identity.declareSelf(ctx, stranger, { name: LI.name, idNumber: LI.idNumber });
    expect(await rejection(subsidyStatus(ctx, stranger, {}))).toMatchObject({ code: 'NEEDS_VERIFICATION' });
    const { code } = await identity.staffIssueCode(ctx, { idNumber: LI.idNumber, name: LI.name, staff: '凤城镇服务站 张站长' });
    expect(code).toMatch(/^\d{8}$/);
    // The right code with a wrong name, or the right name with a wrong code: the same answer, nothing opened.
    const wrongName = await rejection(identity.verifyWithCode(ctx, li, { name: '李复圆', idNumber: LI.idNumber, code }));
    const wrongCode = await rejection(identity.verifyWithCode(ctx, li, { name: LI.name, idNumber: LI.idNumber, code: code === '00000000' ? '00000001' : '00000000' }));
    expect(wrongName).toMatchObject({ code: 'VERIFY_FAILED', field: 'code' });
    expect(wrongCode).toEqual(wrongName);
    // The veteran with his code: verified, and his ledger opens; the code is spent.
    const ok = await identity.verifyWithCode(ctx, li, { name: LI.name, idNumber: LI.idNumber, code: ` ${code.slice(0, 4)} ${code.slice(4)} ` });
    expect(ok.self).toMatchObject({ level: 'verified', source: 'rosterCode' });
    expect((await subsidyStatus(ctx, li, {})).veteran.name).toBe(LI.name);
    expect(await rejection(identity.verifyWithCode(ctx, stranger, { name: LI.name, idNumber: LI.idNumber, code }))).toMatchObject({ code: 'VERIFY_FAILED' });
    expect(await rejection(subsidyStatus(ctx, stranger, {}))).toMatchObject({ code: 'NEEDS_VERIFICATION' });
  });

  test('five wrong codes end the code; a code for one veteran verifies nobody else', async () => {
    const { code } = await identity.staffIssueCode(ctx, { idNumber: LI.idNumber, name: LI.name, staff: '张站长' });
    for (let i = 0; i < 5; i++) {
      ctx.advance(LIMITS.verifyPerAccountHour.windowMs); // not the rate limit: the code's own count
      await rejection(identity.verifyWithCode(ctx, stranger, { name: LI.name, idNumber: LI.idNumber, code: String((Number(code) + 1 + i) % 1e8).padStart(8, '0') }));
    }
    ctx.advance(LIMITS.verifyPerAccountHour.windowMs);
    expect(await rejection(identity.verifyWithCode(ctx, li, { name: LI.name, idNumber: LI.idNumber, code }))).toMatchObject({ code: 'VERIFY_FAILED' });
    const fresh = await identity.staffIssueCode(ctx, { idNumber: LI.idNumber, name: LI.name, staff: '张站长' });
    expect(await rejection(identity.verifyWithCode(ctx, li, { name: '赵三属', idNumber: rosterRows()[1][1], code: fresh.code }))).toMatchObject({ code: 'VERIFY_FAILED' });
    expect((await identity.verifyWithCode(ctx, li, { name: LI.name, idNumber: LI.idNumber, code: fresh.code })).self?.level).toBe('verified');
  });

  test('a relative saved as a family member reads the ledger and files the claim only once the code verifies the relation', async () => {
    const member = await apps.saveFamilyMember(ctx, liDaughter, { name: LI.name, relation: 'parent', idNumber: LI.idNumber });
    expect(member).toMatchObject({ level: 'declared', ref: expect.stringMatching(/^[0-9A-Z]{6}$/) });
    expect(await rejection(subsidyStatus(ctx, liDaughter, { familyMemberId: member.id }))).toMatchObject({ code: 'NEEDS_VERIFICATION', field: 'familyMemberId' });
    const claim = {
      type: 'veteranSubsidy' as const,
      principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
      agent: { ...LI_DAUGHTER, relation: 'child' as const },
      veteranSubsidy: {
        hospital: '山西省人民医院',
        admissionDate: '2026-09-28',
        dischargeDate: '2026-10-08',
        totalCost: '30000',
        inScopeSelfPay: '12000',
        outOfScope: '1500',
        settlementSheet: 'sealedCopy' as const,
        exclusions: { falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false },
      },
    };
    const refused = await rejection(apps.submit(ctx, liDaughter, { requestId: 'req-vet-0001', content: claim, commitment: { accepted: true, signerName: LI_DAUGHTER.name } }));
    expect(refused).toMatchObject({ code: 'NEEDS_VERIFICATION', message: expect.stringContaining('为了保护您的信息') });
    expect(await ctx.store.count('applications')).toBe(0);
    const { code } = await identity.staffIssueCode(ctx, { idNumber: LI.idNumber, name: LI.name, staff: '张站长' });
    await identity.verifyWithCode(ctx, liDaughter, { name: LI.name, idNumber: LI.idNumber, code, familyMemberId: member.id });
    expect((await apps.listFamilyMembers(ctx, liDaughter))[0].level).toBe('verified');
    expect((await subsidyStatus(ctx, liDaughter, { familyMemberId: member.id })).viewer.role).toBe('agent');
    const filed = await apps.submit(ctx, liDaughter, { requestId: 'req-vet-0002', content: claim, commitment: { accepted: true, signerName: LI_DAUGHTER.name } });
    expect(filed.status).toBe('submitted');
    // Deleting the family member ends the binding (kept in the history as revoked).
    await apps.deleteFamilyMember(ctx, liDaughter, { id: member.id });
    const events = (await identity.staffBindings(ctx, { idNumber: LI.idNumber })).history.map((h) => h.action);
    expect(events).toEqual(['declare', 'verify', 'revoke']);
  });
});

describe('floods: declarations and submissions are rate-limited per account and for everyone', () => {
  let ctx: ReturnType<typeof clockedContext>;
  beforeEach(() => {
    ctx = clockedContext();
  });
  afterEach(() => ctx.cleanup());

  test('1,000 declarations from one account: the first 10 in an hour pass, the rest are told when to try again', async () => {
    const started = Date.now();
    const outcomes: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const r = await identity.declareSelf(ctx, stranger, { name: '张三', idNumber: idWith(`51190219800101${String(i).padStart(3, '0')}`) }).then(
        () => 'ok',
        (e: { code: string; message: string }) => `${e.code}`,
      );
      outcomes.push(r);
    }
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(LIMITS.declarePerAccountHour.max);
    expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(1000 - LIMITS.declarePerAccountHour.max);
    const refusal = await rejection(identity.declareSelf(ctx, stranger, { name: '张三', idNumber: FATHER_ID }));
    expect(refusal.message).toMatch(/^填写身份信息次数过多，请\d+ 分钟后再试$/);
    // Only the ten declarations were stored (the refused ones wrote nothing but the counter).
    expect(await ctx.store.count('identityBindings')).toBe(LIMITS.declarePerAccountHour.max);
    // An hour later, ten more; a day caps it at twenty.
    ctx.advance(LIMITS.declarePerAccountHour.windowMs);
    for (let i = 0; i < 12; i++) await identity.declareSelf(ctx, stranger, { name: '张三', idNumber: FATHER_ID }).catch(() => undefined);
    expect((await rejection(identity.declareSelf(ctx, stranger, { name: '张三', idNumber: FATHER_ID }))).code).toBe('RATE_LIMITED');
    console.log(`1,000 declarations from one account: ${outcomes.filter((o) => o === 'ok').length} accepted, ${Date.now() - started} ms`);
  });

  test('many accounts together: at most the global figure per minute', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < LIMITS.declareAllMinute.max + 30; i++) {
      outcomes.push(
        await identity.declareSelf(ctx, { openid: `o-bot-${i}` }, { name: '张三', idNumber: FATHER_ID }).then(
          () => 'ok',
          (e: { code: string }) => e.code,
        ),
      );
    }
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(LIMITS.declareAllMinute.max);
    ctx.advance(LIMITS.declareAllMinute.windowMs);
    expect((await identity.declareSelf(ctx, { openid: 'o-late' }, { name: '张三', idNumber: FATHER_ID })).self?.level).toBe('declared');
  });

  test('one account cannot flood the staff queue: submissions are limited per hour, retries of one request are free', async () => {
    const results: string[] = [];
    for (let i = 0; i < LIMITS.submitPerAccountHour.max + 5; i++) {
      results.push(
        await apps
          .submit(ctx, daughter, { requestId: `req-flood-${String(i).padStart(4, '0')}`, content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } })
          .then(
            () => 'ok',
            (e: { code: string }) => e.code,
          ),
      );
    }
    expect(results.filter((r) => r === 'ok')).toHaveLength(LIMITS.submitPerAccountHour.max);
    expect(results.slice(-5)).toEqual(Array(5).fill('RATE_LIMITED'));
    // A retry of an acknowledged submission is answered, not counted.
    const again = await apps.submit(ctx, daughter, { requestId: 'req-flood-0000', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } });
    expect(again.status).toBe('submitted');
    expect((await apps.staffList(ctx, { status: 'submitted' })).total).toBe(LIMITS.submitPerAccountHour.max);
  });
});

describe('platform face checks: only the platform\'s own answer verifies, and the stand-in never runs in production', () => {
  test('the stand-in passes whom it is told to, a failure is VERIFY_FAILED, and a session cannot be used by another account', async () => {
    const ctx = clockedContext();
    try {
      ctx.verification = { face: { source: 'standIn', face: standInFace((name) => (name === '张大山' ? VERIFY_SUCCESS : 90004), {}) } };
      expect((await identity.getIdentity(ctx, father, {})).methods.wechatFace).toBe(true);
      await identity.declareSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
      await identity.declareSelf(ctx, stranger, { name: '李四', idNumber: idWith('51190219700101123') });
      const mine = await identity.startFaceVerify(ctx, father, {});
      expect(await rejection(identity.finishFaceVerify(ctx, stranger, { verifyId: mine.verifyId }))).toMatchObject({ code: 'VERIFY_FAILED' });
      const done = await identity.finishFaceVerify(ctx, father, { verifyId: mine.verifyId });
      expect(done.self).toMatchObject({ level: 'verified', source: 'standIn' });
      // Replaying the finished session does nothing more.
      expect(await rejection(identity.finishFaceVerify(ctx, father, { verifyId: mine.verifyId }))).toMatchObject({ code: 'VERIFY_FAILED' });
      const his = await identity.startFaceVerify(ctx, stranger, {});
      expect(await rejection(identity.finishFaceVerify(ctx, stranger, { verifyId: his.verifyId }))).toMatchObject({ code: 'VERIFY_FAILED', message: expect.stringContaining('取消') });
      expect((await identity.getIdentity(ctx, stranger, {})).self?.level).toBe('declared');
    } finally {
      await ctx.cleanup();
    }
  });

  test('production ignores the stand-in setting, and a stand-in built anyway refuses to answer there', async () => {
    expect(verificationFromEnv({ YIBAO_FACE_STAND_IN: 'pass' }).face?.source).toBe('standIn');
    expect(verificationFromEnv({ YIBAO_FACE_STAND_IN: 'pass', NODE_ENV: 'production' }).face).toBeNull();
    expect(verificationFromEnv({ YIBAO_FACE_STAND_IN: 'pass', TENCENTCLOUD_RUNENV: 'SCF' }).face).toBeNull();
    const face = standInFace(() => VERIFY_SUCCESS, { NODE_ENV: 'production' });
    await expect(face.start({ openid: 'o', name: 'n', idNumber: FATHER_ID, outSeqNo: 's', now: new Date() })).rejects.toThrow('refused in production');
    expect(() => verificationFromEnv({ WECHAT_FACE_VERIFY: 'on' })).toThrow('WECHAT_APPID');
  });

  test('WeChat 人脸核身 2.0 over HTTP: getverifyid with the declared name and number, and only queryverifyinfo\'s 10000 verifies', async () => {
    const seen: { path: string; body: Record<string, unknown> }[] = [];
    let verdict = VERIFY_SUCCESS;
    const server = http.createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        const path = (req.url ?? '').split('?')[0];
        seen.push({ path, body: JSON.parse(text) });
        const answer =
          path === '/cgi-bin/stable_token'
            ? { access_token: 'TOKEN', expires_in: 7200 }
            : path === '/cityservice/face/identify/getverifyid'
              ? { errcode: 0, verify_id: 'wx-verify-1', expires_in: 3600 }
              : { errcode: 0, verify_ret: verdict };
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ctx = clockedContext(new Date());
    try {
      ctx.verification = { face: { source: 'wechatFace', face: wechatFace({ appId: 'wxapp', appSecret: 'secret', apiBase: base }) } };
      await identity.declareSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
      const { verifyId } = await identity.startFaceVerify(ctx, father, {});
      expect(verifyId).toBe('wx-verify-1');
      const ask = seen.find((s) => s.path === '/cityservice/face/identify/getverifyid')!;
      expect(ask.body).toMatchObject({ openid: 'o-father', cert_info: { cert_type: 'IDENTITY_CARD', cert_name: '张大山', cert_no: FATHER_ID } });
      verdict = 10003;
      expect(await rejection(identity.finishFaceVerify(ctx, father, { verifyId }))).toMatchObject({ code: 'VERIFY_FAILED', message: expect.stringContaining('身份证号') });
      verdict = VERIFY_SUCCESS;
      const again = await identity.startFaceVerify(ctx, father, {});
      const done = await identity.finishFaceVerify(ctx, father, { verifyId: again.verifyId });
      expect(done.self).toMatchObject({ level: 'verified', source: 'wechatFace' });
      const query = seen.filter((s) => s.path === '/cityservice/face/identify/queryverifyinfo').pop()!;
      expect(query.body).toMatchObject({ verify_id: 'wx-verify-1', openid: 'o-father', out_seq_no: expect.stringMatching(/^[0-9a-f]{32}$/), cert_hash: expect.any(String) });
      // One token for all of it.
      expect(seen.filter((s) => s.path === '/cgi-bin/stable_token')).toHaveLength(1);
    } finally {
      server.close();
      await ctx.cleanup();
    }
  });
});
