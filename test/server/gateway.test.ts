/**
 * The local gateway: POST /api/<function> runs the same handlers as the cloud functions, with identity from a
 * signed development session only; the H5 build is served beside it.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { createSessions } from '../../server/gateway/session';
import { estimate } from '../../shared/estimate';
import { longTermForFather, unmaskedIds } from '../applications/helpers';

let gateway: Gateway;
let dataDir: string;
let h5Dir: string;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-gw-'));
  h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-h5-'));
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>医保明白纸</title>');
  fs.mkdirSync(path.join(h5Dir, 'js'));
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.0a1b2c3d.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dataDir, 'outside.txt'), 'secret');
  gateway = await startGateway({ dataDir, h5Dir, port: 0, log: (l) => logLines.push(l) });
});

afterAll(async () => {
  await gateway.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(h5Dir, { recursive: true, force: true });
});

async function post(name: string, body: unknown, session?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${gateway.url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { 'x-session': session } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function login(user?: string): Promise<string> {
  const { json } = await post('dev-login', user ? { user } : {});
  return json.data.token;
}

// 004 第一章 四十三: 张三, 城乡居民, 乡镇卫生院, 总费用 4,500, 政策范围内 4,200 → 统筹 3,690.
const zhangSan = {
  region: 'bazhong',
  date: '2025-06-01',
  scheme: 'resident',
  person: { categories: [] },
  visit: { type: 'inpatient', facilityLevel: 'township', place: 'local', totalCost: '4500', inScopeCost: '4200' },
};

describe('POST /api/estimate', () => {
  it('answers { ok: true, data } with exactly the CLI result, without a session', async () => {
    const { status, json } = await post('estimate', zhangSan);
    expect(status).toBe(200);
    expect(json).toEqual({ ok: true, data: JSON.parse(JSON.stringify(estimate(zhangSan))) });
    expect(json.data.payments.basic).toBe('3690.00');
    expect(json.data.personalPay).toBe('810.00');
  });

  it('answers a refused case with its Chinese message and field', async () => {
    const { status, json } = await post('estimate', { ...zhangSan, visit: { ...zhangSan.visit, totalCost: '-5' } });
    expect(status).toBe(200);
    expect(json.ok).toBe(false);
    expect(json.code).toBe('INVALID_INPUT');
    expect(json.field).toBe('visit.totalCost');
    expect(json.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses malformed JSON with 400 and a Chinese message', async () => {
    const { status, json } = await post('estimate', '{"region": ');
    expect(status).toBe(400);
    expect(json).toEqual({ ok: false, code: 'INVALID_INPUT', message: '请求不是有效的 JSON' });
  });

  it('refuses GET and unknown functions', async () => {
    const get = await fetch(`${gateway.url}/api/estimate`);
    expect(get.status).toBe(405);
    const unknown = await post('drop-tables', {});
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('NOT_FOUND');
    const proto = await post('__proto__', {});
    expect(proto.status).toBe(404);
  });
});

describe('identity', () => {
  it('refuses store functions without a valid session, and a forged or tampered token', async () => {
    expect((await post('applications', { action: 'listMine' })).status).toBe(401);
    const token = await login('someone');
    const [openid, expiry, mac] = token.split('.');
    expect((await post('applications', { action: 'listMine' }, `other_openid.${expiry}.${mac}`)).status).toBe(401);
    expect((await post('applications', { action: 'listMine' }, `${openid}.${Number(expiry) + 1}.${mac}`)).status).toBe(401);
    expect((await post('applications', { action: 'listMine' }, token)).json).toMatchObject({ ok: true, data: { items: [] } });
  });

  it('refuses an expired session', () => {
    const sessions = createSessions(Buffer.from('k'.repeat(32)));
    const token = sessions.issue('dev_abcdefgh', 0);
    expect(sessions.verify(token, 1)).toBe('dev_abcdefgh');
    expect(sessions.verify(token, 31 * 24 * 3600 * 1000)).toBeNull();
  });

  it('never trusts an openid in the body: another person cannot read or withdraw an application by its id', async () => {
    const daughter = await login('daughter');
    const stranger = await login('stranger');
    const created = await post('applications', { action: 'createDraft', content: longTermForFather() }, daughter);
    expect(created.json.ok).toBe(true);
    const id = created.json.data.id;
    const daughterOpenid = daughter.split('.')[0];
    for (const body of [
      { action: 'getOne', id },
      { action: 'withdraw', id },
      { action: 'getOne', id, openid: daughterOpenid },
    ]) {
      const { json } = await post('applications', body, stranger);
      expect(json.ok).toBe(false);
      expect(['NOT_FOUND', 'INVALID_INPUT']).toContain(json.code);
    }
    expect((await post('applications', { action: 'listMine' }, stranger)).json.data.items).toEqual([]);
    const mine = await post('applications', { action: 'listMine' }, daughter);
    expect(mine.json.data.items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(unmaskedIds(mine.json)).toEqual([]);
  });

  it('refuses unknown actions in Chinese', async () => {
    const token = await login('daughter');
    const { json } = await post('applications', { action: 'accept', id: 'x' }, token);
    expect(json).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'action' });
  });

  it('keeps the same person across a restart (the session secret lives beside the data)', async () => {
    const token = await login('daughter');
    await gateway.close();
    gateway = await startGateway({ dataDir, h5Dir, port: 0, log: (l) => logLines.push(l) });
    const mine = await post('applications', { action: 'listMine' }, token);
    expect(mine.json.ok).toBe(true);
    expect(mine.json.data.items).toHaveLength(1);
  });

  it('refuses development logins in production mode', async () => {
    const prod = await startGateway({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-gwp-')), port: 0, production: true, log: () => undefined });
    try {
      const res = await fetch(`${prod.url}/api/dev-login`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('FORBIDDEN');
    } finally {
      await prod.close();
    }
  });
});

describe('static H5', () => {
  it('serves the page and its assets, and nothing outside the build', async () => {
    const page = await fetch(`${gateway.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('医保明白纸');
    expect((await fetch(`${gateway.url}/js/app.0a1b2c3d.js`)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${gateway.url}/..%2Foutside.txt`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/missing.js`)).status).toBe(404);
  });

  it('answers a path that does not percent-decode with 400 (it used to throw a URIError and stop the process)', async () => {
    const res = await fetch(`${gateway.url}/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('请求的地址无效');
    expect((await fetch(`${gateway.url}/`)).status).toBe(200);
  });
});

describe('logs', () => {
  it('carry one line per request and no request bodies', async () => {
    // A path is logged, but a number in it that looks personal is masked like everywhere else.
    expect((await post('11010519491231002X', {})).status).toBe(404);
    expect(logLines.some((l) => l.startsWith('POST /api/110105********002X 404'))).toBe(true);
    expect(logLines.some((l) => /^POST \/api\/estimate 200 \d+\.\dms$/.test(l))).toBe(true);
    expect(logLines.join('\n')).not.toMatch(/张大山|\d{17}[\dXx]|1[3-9]\d{9}/);
  });
});

describe('POST /api/upload-file: the raw photo to an upload ticket, as wx.cloud.uploadFile does on weapp', () => {
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

  async function rawUpload(cloudPath: string, bytes: Buffer, session?: string): Promise<{ status: number; json: any }> {
    const res = await fetch(`${gateway.url}/api/upload-file`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-upload-path': cloudPath, ...(session ? { 'x-session': session } : {}) },
      body: bytes,
    });
    return { status: res.status, json: await res.json() };
  }

  async function ticketFor(session: string): Promise<{ applicationId: string; cloudPath: string }> {
    const draft = await post('applications', { action: 'createDraft', content: longTermForFather(), requestId: `gw-${Date.now().toString(36)}` }, session);
    const ticket = await post('applications', { action: 'uploadTicket', applicationId: draft.json.data.id, item: 'residenceProof' }, session);
    expect(ticket.json).toMatchObject({ ok: true, data: { cloudPath: expect.stringMatching(/^yibao\/uploads\//) } });
    return { applicationId: draft.json.data.id, cloudPath: ticket.json.data.cloudPath };
  }

  it('takes the bytes for the caller\'s ticket and answers a fileID that attachMaterial accepts', async () => {
    const session = await login('uploader');
    const { applicationId, cloudPath } = await ticketFor(session);
    const up = await rawUpload(cloudPath, PNG, session);
    expect(up).toMatchObject({ status: 200, json: { ok: true, data: { fileId: `local://${cloudPath}` } } });
    const attached = await post('applications', { action: 'attachMaterial', applicationId, item: 'residenceProof', fileId: up.json.data.fileId, requestId: 'gw-attach-0001' }, session);
    expect(attached.json).toMatchObject({ ok: true, data: { item: 'residenceProof', mime: 'image/png' } });
  });

  it("refuses another account's ticket, a made-up path and a missing session, storing nothing", async () => {
    const owner = await login('ticket-owner');
    const { cloudPath } = await ticketFor(owner);
    const thief = await login('ticket-thief');
    expect((await rawUpload(cloudPath, PNG, thief)).json).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'fileId' });
    expect((await rawUpload('yibao/uploads/../../secret.upload', PNG, owner)).json).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect((await rawUpload(cloudPath, PNG)).status).toBe(401);
    const inbox = path.join(dataDir, 'files', 'inbox');
    expect(fs.existsSync(inbox) ? fs.readdirSync(inbox).filter((f) => cloudPath.endsWith(f)) : []).toEqual([]);
  });

  it('refuses a body over 5 MB with 413 and the Chinese hint', async () => {
    const session = await login('big-photo');
    const { cloudPath } = await ticketFor(session);
    const res = await rawUpload(cloudPath, Buffer.alloc(5 * 1024 * 1024 + 1), session);
    expect(res.status).toBe(413);
    expect(res.json.message).toContain('请压缩图片后重试');
  });
});
