/**
 * Who gets a signed document (issue 15), from the attacker's side: the view's own rule (access.ts) — the filer, and
 * the insured person once verified — and one and the same refusal for everything else: another account, a guessed id,
 * someone else's draft, a forged or expired link, a link turned to another application or document or account.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { LINK_MINUTES } from '../../server/documents/link-action';
import { NOT_FOUND_MESSAGE } from '../../server/applications/errors';
import * as identity from '../../server/identity';
import { FATHER_ID, DAUGHTER_ID, father, longTermForFather } from '../applications/helpers';
import { reimbursementByAgent } from './fixtures';
import { pdfText } from './pdf-text';

let gateway: Gateway;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-docs-'));
  gateway = await startGateway({ dataDir, port: 0, log: () => undefined });
});
afterAll(async () => {
  await gateway.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  gateway.app.now = undefined;
});

let n = 0;
async function call(action: string, body: object, session: string): Promise<any> {
  const res = await fetch(`${gateway.url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session': session },
    body: JSON.stringify({ action, ...body }),
  });
  return res.json();
}

async function login(user: string): Promise<{ session: string; openid: string }> {
  const res = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  const token = ((await res.json()) as { data: { token: string } }).data.token;
  // A development session is `<openid>.<expiry>.<hmac>` (server/gateway/session.ts).
  return { session: token, openid: token.split('.')[0] };
}

async function fileAs(session: string, content: object, signerName: string): Promise<{ id: string; number: string }> {
  const r = await call('submit', { requestId: `docs-access-${String(++n).padStart(4, '0')}`, content, commitment: { accepted: true, signerName } }, session);
  expect(r.ok).toBe(true);
  return r.data;
}

const get = (url: string) => fetch(new URL(url, gateway.url));

async function expectRefused(url: string): Promise<void> {
  const res = await get(url);
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await res.text()).toContain('未找到该文件，或链接已过期');
}

function withQuery(url: string, change: Record<string, string>): string {
  const u = new URL(url, 'http://local');
  for (const [k, v] of Object.entries(change)) u.searchParams.set(k, v);
  return `${u.pathname}${u.search}`;
}

test('the filer downloads her 委托代理人承诺书: a PDF attachment named in UTF-8, not kept anywhere; the link lasts ten minutes', async () => {
  const daughter = await login('docs-daughter-1');
  const a = await fileAs(daughter.session, reimbursementByAgent(), '张小红');
  const link = await call('documentLink', { id: a.id, document: 'commitment' }, daughter.session);
  expect(link.ok).toBe(true);
  expect(link.data.fileName).toBe(`住院省内异地线上手工报销申请委托代理人承诺书-${a.number}.pdf`);
  expect(Date.parse(link.data.expiresAt) - Date.now()).toBeGreaterThan((LINK_MINUTES - 1) * 60_000);
  expect(Date.parse(link.data.expiresAt) - Date.now()).toBeLessThanOrEqual(LINK_MINUTES * 60_000);
  const res = await get(link.data.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="commitment-${a.number}.pdf"; filename*=UTF-8''${encodeURIComponent(link.data.fileName)}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = (await pdfText(bytes)).text.replace(/\s+/g, '');
  expect(text).toContain(`委托人证件号码:${FATHER_ID}`);
  expect(text).toContain(`受委托代理人证件号码:${DAUGHTER_ID}`);

  // Expired: the same link ten minutes and a second later.
  gateway.app.now = () => new Date(Date.now() + LINK_MINUTES * 60_000 + 1000);
  await expectRefused(link.data.url);
});

test('another account, a guessed id, a draft of someone else: the view NOT_FOUND, one message, before any document is named', async () => {
  const daughter = await login('docs-daughter-2');
  const stranger = await login('docs-stranger-2');
  const a = await fileAs(daughter.session, longTermForFather(), '张小红');
  const draft = (await call('createDraft', { content: longTermForFather() }, daughter.session)).data.id as string;
  for (const [id, document] of [
    [a.id, 'commitment'],
    [a.id, 'voucher'],
    [draft, 'commitment'],
    [`${a.id.slice(0, -4)}0000`, 'commitment'],
    ['guessed0000', 'voucher'],
  ]) {
    const r = await call('documentLink', { id, document }, stranger.session);
    expect(r).toMatchObject({ ok: false, code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
  }
  // Her own draft is hers: it says why there is nothing yet rather than "not found".
  expect(await call('documentLink', { id: draft, document: 'commitment' }, daughter.session)).toMatchObject({ ok: false, code: 'INVALID_STATE', message: expect.stringContaining('还没有签署承诺书') });
  // Bad requests are named in Chinese and change nothing.
  expect(await call('documentLink', { id: a.id, document: 'passport' }, daughter.session)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'document' });
  expect(await call('documentLink', { id: '../etc', document: 'commitment' }, daughter.session)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'id' });
  expect(await call('documentLink', { id: a.id, document: 'commitment', extra: 1 }, daughter.session)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
});

test('a link forged, borrowed, turned to another document or application, or oversized: one 404', async () => {
  const daughter = await login('docs-daughter-3');
  const stranger = await login('docs-stranger-3');
  const a = await fileAs(daughter.session, longTermForFather(), '张小红');
  const b = await fileAs(daughter.session, reimbursementByAgent(), '张小红');
  const link = (await call('documentLink', { id: a.id, document: 'commitment' }, daughter.session)).data.url as string;
  expect((await get(link)).status).toBe(200);
  const u = new URL(link, 'http://local');
  const sig = u.searchParams.get('s')!;
  await expectRefused(withQuery(link, { s: `${sig.slice(0, -2)}AA` }));
  await expectRefused(withQuery(link, { s: '' }));
  await expectRefused(withQuery(link, { a: stranger.openid }));
  await expectRefused(withQuery(link, { e: String(Number(u.searchParams.get('e')) + 3600) }));
  await expectRefused(link.replace(`/${a.id}/`, `/${b.id}/`));
  await expectRefused(link.replace('/commitment?', '/voucher?'));
  await expectRefused(link.replace('/commitment?', '/commitment/extra?'));
  await expectRefused(withQuery(link, { s: 'x'.repeat(5000) }));
  await expectRefused(`/documents/${'a'.repeat(300)}/commitment`);
  await expectRefused('/documents/%E0%A4%A/commitment');
  expect((await fetch(new URL(link, gateway.url), { method: 'POST' })).status).toBe(404);
  // A 凭证 not yet accepted is refused by the function, and a link cannot be made for it.
  expect(await call('documentLink', { id: a.id, document: 'voucher' }, daughter.session)).toMatchObject({ ok: false, code: 'INVALID_STATE' });
});

test('the insured person sees his filing once his identity is verified, and only then; his link is his own', async () => {
  const daughter = await login('docs-daughter-4');
  const dad = await login('docs-father-4');
  const a = await fileAs(daughter.session, longTermForFather(), '张小红');
  expect(await call('documentLink', { id: a.id, document: 'commitment' }, dad.session)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  // Declared only (his own word): still not his to read.
  const status = await identity.declareSelf(gateway.app, { openid: dad.openid }, { name: father.name, idNumber: FATHER_ID });
  expect(await call('documentLink', { id: a.id, document: 'commitment' }, dad.session)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  await identity.staffVerify(gateway.app, { idNumber: FATHER_ID, name: father.name, ref: status.self!.ref, staff: '测试经办', evidence: '核对身份证原件' });
  const link = await call('documentLink', { id: a.id, document: 'commitment' }, dad.session);
  expect(link.ok).toBe(true);
  const res = await get(link.data.url);
  expect(res.status).toBe(200);
  expect((await pdfText(Buffer.from(await res.arrayBuffer()))).text).toContain('异地就医登记备案个人承诺书');
  // His link is his: the daughter's account cannot use it, nor he hers.
  await expectRefused(withQuery(link.data.url, { a: daughter.openid }));
});
