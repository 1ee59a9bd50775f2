/**
 * Issue 15: a 手工报销 collects the 收款账户 the way the documents require — the insured person's own card (004 第二章
 * 十七问 "本人姓名的银行卡"; 003 is silent) — sealed at rest like an ID number, shown masked everywhere after entry.
 */
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';
import { tmpdir } from 'os';
import Database from 'better-sqlite3';
import * as apps from '../../server/applications';
import { openAppContext } from '../../server/applications/open';
import { applicationContent, draftContent, parseApplicationRequest } from '../../shared/schemas/application';
import { accountWarning, maskAccount, passesLuhn } from '../../shared/applications/manual-reimbursement/payee';
import { REIMBURSEMENT_AMOUNT_NOTE } from '../../shared/applications/manual-reimbursement/amount';
import { concernFieldLabel } from '../../shared/applications/concerns';
import { applicationType } from '../../shared/applications/registry';
import { flaggedBoxes } from '../../miniprogram/packages/apply/model/concerns';
import { reimbursementMoney } from '../../miniprogram/packages/apply/model/payee';
import { messageText } from '../../server/notifications/content';
import { labelledFields } from '../../server/staff/applications/fields';
import { ADAPTERS, type TestContext } from './adapters';
import { freshContext, reimbursementForSelf, rejection, verifiedSelf, father, daughter as daughterPerson, counts, PAYEE } from './helpers';

const CARD = '6222021234567894';
const NEW_CARD = '6217001234567893';
const me = { openid: 'o-father' };
const daughter = { openid: 'o-daughter' };
const signSelf = { accepted: true as const, signerName: father.name };

function withPayee(payee: unknown) {
  const c = reimbursementForSelf();
  return { ...c, manualReimbursement: { ...c.manualReimbursement, payee } };
}

/** Every way the number could appear in a text: in one piece, or grouped as typed. */
function holdsCard(text: string, card = CARD): boolean {
  return text.includes(card) || text.includes(card.replace(/(\d{4})(?=\d)/g, '$1 '));
}

describe('the 收款账户 schema', () => {
  test('spaces typed between groups are dropped; 12–19 digits are accepted', () => {
    for (const account of ['6222 0212 3456 7894', ' 6222021234567894 ', '6222\u30000212\u300034567894', '622202123456', '6222021234567894123']) {
      const parsed = applicationContent.safeParse(withPayee({ bank: '中国工商银行', account }));
      expect(parsed.success).toBe(true);
    }
    const parsed = applicationContent.parse(withPayee({ bank: '中国工商银行', account: '6222 0212 3456 7894' })) as { manualReimbursement: { payee: { account: string } } };
    expect(parsed.manualReimbursement.payee.account).toBe(CARD);
  });

  test('a bad number is refused in Chinese, naming the field', () => {
    const cases: [unknown, string][] = [
      [{ bank: '中国工商银行', account: '6222-0212-3456-7894' }, '银行卡号：只能填数字（中间可以有空格）'],
      [{ bank: '中国工商银行', account: '6222O21234567894' }, '银行卡号：只能填数字（中间可以有空格）'],
      [{ bank: '中国工商银行', account: '13800005678' }, '银行卡号：须为 12–19 位数字，现在是 11 位'],
      [{ bank: '中国工商银行', account: '62220212345678941234' }, '银行卡号：须为 12–19 位数字，现在是 20 位'],
      [{ bank: '中国工商银行', account: '   ' }, '银行卡号：必须填写'],
      [{ bank: '中国工商银行', account: 6222021234567894 }, '银行卡号：银行卡号须写成文字'],
      [{ bank: '中国工商银行' }, '银行卡号：必须填写'],
      [{ account: CARD }, '开户银行：必须填写'],
      [undefined, '收款账户：必须填写'],
    ];
    for (const [payee, message] of cases) {
      expect(() => parseApplicationRequest(applicationContent, withPayee(payee))).toThrow(message);
    }
  });

  test('attacker: no holder can be given — the payee is the insured person by construction', () => {
    expect(() => parseApplicationRequest(applicationContent, withPayee({ ...PAYEE, holder: '李四' }))).toThrow('收款人：收款人只能是参保人本人，不能另填收款人');
    expect(() => parseApplicationRequest(draftContent, withPayee({ account: CARD, holder: '李四' }))).toThrow('收款人：收款人只能是参保人本人，不能另填收款人');
    expect(() => parseApplicationRequest(applicationContent, withPayee({ ...PAYEE, holderName: '李四' }))).toThrow('收款账户：包含不认识的字段：holderName');
    // A "sealed" value of the client's own is not a number: refused, never stored as if sealed.
    expect(() => parseApplicationRequest(draftContent, withPayee({ account: { cipher: 't1:AAAA', masked: '6222 **** **** 7894' } }))).toThrow('银行卡号：银行卡号须写成文字');
  });

  test('a Luhn failure is a warning to check the number, not a refusal (some Chinese bank cards do not follow Luhn)', () => {
    expect(passesLuhn(CARD)).toBe(true);
    expect(accountWarning('6222 0212 3456 7894')).toBeUndefined();
    const wrong = '6222021234567895';
    expect(accountWarning(wrong)).toMatch(/^请核对卡号/);
    expect(applicationContent.safeParse(withPayee({ bank: '交通银行', account: wrong })).success).toBe(true);
    // Not a number yet: the schema says what is wrong; no warning on top.
    expect(accountWarning('6222')).toBeUndefined();
  });

  test('masked: the first four and the last four, the length hidden', () => {
    expect(maskAccount(CARD)).toBe('6222 **** **** 7894');
    expect(maskAccount('6222021234567894123')).toBe('6222 **** **** 4123');
  });

  test('staff can name 收款账户 (and its parts) in a 退回', () => {
    const module = applicationType('manualReimbursement');
    expect(concernFieldLabel(module, 'manualReimbursement.payee')).toBe('收款账户');
    expect(concernFieldLabel(module, 'manualReimbursement.payee.account')).toBe('银行卡号');
    expect(concernFieldLabel(module, 'manualReimbursement.payee.bank')).toBe('开户银行');
  });
});

describe('sealed at rest (SQLite file)', () => {
  test('the stored row, the audit rows and the database files hold no plain card number; the record keeps the masked form', async () => {
    const ctx = freshContext();
    try {
      const view = await apps.submit(ctx, me, { requestId: 'req-payee-seal-1', content: reimbursementForSelf(), commitment: signSelf });
      const stored = (await ctx.store.getApplication(view.id))!;
      const account = stored.content.manualReimbursement!.payee!.account as { cipher: string; masked: string };
      expect(account.masked).toBe('6222 **** **** 7894');
      expect(account.cipher).toMatch(/^t1:/);
      await ctx.store.close();
      const db = new Database(path.join(ctx.dataDir, fs.readdirSync(ctx.dataDir).find((name) => name.endsWith('.sqlite'))!), { readonly: true });
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
      let everything = '';
      for (const t of tables) everything += JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all());
      db.close();
      expect(everything).toContain('6222 **** **** 7894');
      expect(holdsCard(everything)).toBe(false);
      for (const f of fs.readdirSync(ctx.dataDir).filter((name) => name.includes('.sqlite'))) {
        expect(holdsCard(fs.readFileSync(path.join(ctx.dataDir, f)).toString('latin1'))).toBe(false);
      }
    } finally {
      fs.rmSync(ctx.dataDir, { recursive: true, force: true });
    }
  });

  test('a sealed number moved to another field, or opened with another key, does not open', () => {
    const ctx = freshContext();
    const sealed = ctx.cipher.text.seal(CARD, 'manualReimbursement.payee.account', maskAccount);
    expect(ctx.cipher.text.open(sealed, 'manualReimbursement.payee.account')).toBe(CARD);
    expect(() => ctx.cipher.text.open(sealed, 'manualReimbursement.hospital')).toThrow();
    expect(() => freshContext().cipher.text.open(sealed, 'manualReimbursement.payee.account')).toThrow();
    // An ID ciphertext is not a text ciphertext.
    const id = ctx.cipher.seal(father.idNumber);
    expect(() => ctx.cipher.text.open({ cipher: id.cipher, masked: '' }, 'manualReimbursement.payee.account')).toThrow();
    return ctx.cleanup();
  });
});

describe.each(ADAPTERS)('masked in every view (%s)', (_name, make) => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = make();
  });
  afterEach(() => ctx.cleanup());

  test('applicant, principal, staff list and detail, audit: only 6222 **** **** 7894', async () => {
    const member = await apps.saveFamilyMember(ctx, daughter, { name: father.name, relation: 'parent', idNumber: father.idNumber, phone: father.phone });
    const agent = { name: daughterPerson.name, idNumber: daughterPerson.idNumber, phone: daughterPerson.phone };
    const draft = await apps.createDraft(ctx, daughter, {
      principalFamilyMemberId: member.id,
      content: { type: 'manualReimbursement', agent, manualReimbursement: { ...reimbursementForSelf().manualReimbursement } },
    });
    expect(draft.manualReimbursement?.payee).toEqual({ bank: PAYEE.bank, accountMasked: '6222 **** **** 7894' });
    const submitted = await apps.submit(ctx, daughter, { requestId: 'req-payee-view-1', id: draft.id, commitment: { accepted: true, signerName: daughterPerson.name } });
    await verifiedSelf(ctx, me, father);
    const views: unknown[] = [
      draft,
      submitted,
      await apps.getOne(ctx, daughter, { id: draft.id }),
      await apps.listMine(ctx, daughter),
      await apps.getOne(ctx, me, { id: draft.id }),
      await apps.listMine(ctx, me),
      await apps.staffShow(ctx, { id: draft.id }),
      await apps.staffList(ctx, { status: 'submitted' }),
      await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: '卡号看不清，请核对收款账户', concerns: { fields: ['manualReimbursement.payee'] } }),
    ];
    for (const v of views) expect(holdsCard(JSON.stringify(v))).toBe(false);
    // The 消息 of the return, and the staff console's labelled fields (server/staff), from the stored record.
    const record = (await ctx.store.getApplication(draft.id))!;
    expect(holdsCard(JSON.stringify(messageText(record, 'returned')))).toBe(false);
    const fields = labelledFields(record, (await apps.staffShow(ctx, { id: draft.id })).manualReimbursement);
    expect(fields).toEqual(expect.arrayContaining([
      { path: 'manualReimbursement.payee.bank', label: '开户银行', value: PAYEE.bank },
      { path: 'manualReimbursement.payee.account', label: '银行卡号', value: '6222 **** **** 7894' },
    ]));
    expect(holdsCard(JSON.stringify(fields))).toBe(false);
    const principalView = await apps.getOne(ctx, me, { id: draft.id });
    expect(principalView.manualReimbursement?.payee?.accountMasked).toBe('6222 **** **** 7894');
    expect((await apps.staffShow(ctx, { id: draft.id })).manualReimbursement?.payee).toEqual({ bank: PAYEE.bank, accountMasked: '6222 **** **** 7894' });
    // What the pages make of it: the holder is the principal, the amount is not estimated, the number masked.
    expect(reimbursementMoney(principalView)).toMatchObject({
      claimed: '1,680.32 元',
      claimedWords: '壹仟陆佰捌拾元零叁角贰分',
      payeeName: father.name,
      bank: PAYEE.bank,
      accountMasked: '6222 **** **** 7894',
      note: REIMBURSEMENT_AMOUNT_NOTE,
    });
    expect(reimbursementMoney(principalView)!.source).toContain('山西省就医费用报销一件事办事指南');
  });

  test('a return naming 收款账户 marks the box; a bank-only fix keeps the sealed number; a new number replaces it', async () => {
    const first = await apps.submit(ctx, me, { requestId: 'req-payee-ret-1', content: reimbursementForSelf(), commitment: signSelf });
    const returned = await apps.returnApplication(ctx, { id: first.id, staff: '王经办', reason: '收款账户不对', concerns: { fields: ['manualReimbursement.payee'] } });
    expect(returned.timeline[returned.timeline.length - 1].note).toContain('收款账户');
    expect([...flaggedBoxes(returned)]).toEqual(['payee-account']);
    const cipherBefore = ((await ctx.store.getApplication(first.id))!.content.manualReimbursement!.payee!.account as { cipher: string }).cipher;

    // Only the bank changes: the number stays as sealed (the server never sent it back, she did not retype it).
    await apps.updateDraft(ctx, me, { id: first.id, content: { type: 'manualReimbursement', manualReimbursement: { payee: { bank: '中国工商银行太原并州支行' } } } });
    let stored = (await ctx.store.getApplication(first.id))!.content.manualReimbursement!.payee!;
    expect(stored.bank).toBe('中国工商银行太原并州支行');
    expect((stored.account as { cipher: string }).cipher).toBe(cipherBefore);

    // A new number replaces the old one.
    await apps.updateDraft(ctx, me, { id: first.id, content: { type: 'manualReimbursement', manualReimbursement: { payee: { account: '6217 0012 3456 7893' } } } });
    const fixed = await apps.submit(ctx, me, { requestId: 'req-payee-ret-2', id: first.id, commitment: signSelf });
    expect(fixed.manualReimbursement?.payee).toEqual({ bank: '中国工商银行太原并州支行', accountMasked: '6217 **** **** 7893' });
    stored = (await ctx.store.getApplication(first.id))!.content.manualReimbursement!.payee!;
    expect(ctx.cipher.text.open(stored.account as { cipher: string; masked: string }, 'manualReimbursement.payee.account')).toBe(NEW_CARD);
    expect(holdsCard(JSON.stringify(fixed), NEW_CARD)).toBe(false);
  });

  test('a submission without an account is refused in Chinese and writes nothing; a draft may lack it', async () => {
    const c = reimbursementForSelf();
    const { payee: _omitted, ...noPayee } = c.manualReimbursement;
    const before = await counts(ctx);
    const refused = await rejection(apps.submit(ctx, me, { requestId: 'req-payee-none-1', content: { ...c, manualReimbursement: noPayee }, commitment: signSelf }));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: '收款账户：必须填写' });
    expect(await counts(ctx)).toEqual(before);
    const draft = await apps.createDraft(ctx, me, { content: { ...c, manualReimbursement: noPayee } });
    expect(draft.manualReimbursement?.payee).toBeUndefined();
    const refusedDraft = await rejection(apps.submit(ctx, me, { requestId: 'req-payee-none-2', id: draft.id, commitment: signSelf }));
    expect(refusedDraft.message).toBe('收款账户：必须填写');
  });
});

describe('the CLI', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(tmpdir(), 'yibao-payee-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('yibao staff show and list print only the masked number', async () => {
    const ctx = await openAppContext({ DATA_DIR: dataDir });
    const view = await apps.submit(ctx, me, { requestId: 'req-payee-cli-1', content: reimbursementForSelf(), commitment: signSelf });
    await ctx.store.close();
    const bin = path.resolve(__dirname, '../../bin/yibao.js');
    for (const args of [['show', view.id], ['list']]) {
      const r = spawnSync(process.execPath, [bin, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
      expect(r.status).toBe(0);
      expect(holdsCard(r.stdout + r.stderr)).toBe(false);
      if (args[0] === 'show') expect(JSON.parse(r.stdout).manualReimbursement.payee.accountMasked).toBe('6222 **** **** 7894');
    }
  });
});
