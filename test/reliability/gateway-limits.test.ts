/**
 * What a request may cost the gateway (issue 11): small bodies everywhere but the upload route; the upload route
 * asks who is calling before it reads a byte; an in-flight budget answers 503 with Retry-After instead of buffering
 * without end; slow or oversized headers and requests are cut off; every answer carries the security headers; and
 * the H5 client sends photos to the upload route. Memory itself is measured in bench/gateway-memory.ts, not here.
 */
import { createHash, randomBytes } from 'crypto';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { deflateSync } from 'zlib';
import { startGateway, type Gateway } from '../../server/gateway/server';
import type { GatewayLimits } from '../../server/gateway/limits';
import { longTermForFather } from '../applications/helpers';

const dirs: string[] = [];
const gateways: Gateway[] = [];
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.close()));
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const INLINE_SCRIPT = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);';

async function gateway(limits: Partial<GatewayLimits> = {}): Promise<Gateway> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-gw-lim-'));
  const h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-gw-lim-h5-'));
  dirs.push(dataDir, h5Dir);
  fs.writeFileSync(path.join(h5Dir, 'index.html'), `<!doctype html><head><script>${INLINE_SCRIPT}</script><script src="/js/app.js"></script></head>`);
  const gw = await startGateway({ dataDir, h5Dir, port: 0, log: () => undefined, limits });
  gateways.push(gw);
  return gw;
}

async function post(gw: Gateway, name: string, body: string, session?: string): Promise<{ status: number; headers: Headers; json: any }> {
  const res = await fetch(`${gw.url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { 'x-session': session } : {}) },
    body,
  });
  return { status: res.status, headers: res.headers, json: await res.json() };
}

async function login(gw: Gateway, user = 'uploader'): Promise<string> {
  return (await post(gw, 'dev-login', JSON.stringify({ user }))).json.data.token;
}

async function draftOf(gw: Gateway, token: string): Promise<string> {
  const created = await post(gw, 'applications', JSON.stringify({ action: 'createDraft', content: longTermForFather() }), token);
  expect(created.json.ok).toBe(true);
  return created.json.data.id;
}

/** A real PNG of random pixels: it does not compress, so `side` 200 is about 120 KB — over the small-body limit. */
function noisyPng(side: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.concat(Array.from({ length: side }, () => Buffer.concat([Buffer.from([0]), randomBytes(side * 3)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

interface Raw {
  /** Resolves with the status line and headers of the first answer ('' when the connection closed without one). */
  answer: Promise<{ status: string; headers: Record<string, string> }>;
  socket: net.Socket;
}

/** Sends `head` (and `body`) on a fresh connection and keeps it open: for bodies that are never finished. */
function raw(gw: Gateway, head: string, body: Buffer | string = ''): Raw {
  const { hostname, port } = new URL(gw.url);
  const socket = net.connect(Number(port), hostname, () => socket.write(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body)])));
  const answer = new Promise<{ status: string; headers: Record<string, string> }>((resolve) => {
    let text = '';
    const done = () => {
      const [status = '', ...lines] = text.split('\r\n\r\n')[0].split('\r\n');
      resolve({ status, headers: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])) });
    };
    socket.on('data', (d) => {
      text += d.toString('latin1');
      if (text.includes('\r\n\r\n')) done();
    });
    socket.on('close', done);
    socket.on('error', done);
  });
  return { answer, socket };
}

/** `p`, or 'timeout' when it takes longer than `ms`. */
function within<T>(ms: number, p: Promise<T>): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

describe('body limits', () => {
  it('compute functions, dev-login and store calls take 64 KB: more is 413 with a Chinese message', async () => {
    const gw = await gateway();
    const token = await login(gw);
    const padded = JSON.stringify({ region: 'bazhong', padding: 'x'.repeat(100 * 1024) });
    for (const [name, session] of [['estimate', undefined], ['waiting', undefined], ['dev-login', undefined], ['applications', token], ['family', token]] as const) {
      const { status, json } = await post(gw, name, padded, session);
      expect({ name, status, code: json.code }).toEqual({ name, status: 413, code: 'INVALID_INPUT' });
      expect(json.message).toBe('提交的内容太大（上限 64 KB）');
    }
    // Under the limit is an ordinary call.
    expect((await post(gw, 'estimate', JSON.stringify({ padding: 'x'.repeat(60 * 1024) }))).status).toBe(200);
  });

  it('POST /api/upload takes the uploadMaterial payload up to 8 MB: a 120 KB photo goes in', async () => {
    const gw = await gateway();
    const token = await login(gw);
    const applicationId = await draftOf(gw, token);
    const png = noisyPng(200);
    expect(png.length).toBeGreaterThan(64 * 1024);
    const up = await post(gw, 'upload', JSON.stringify({ applicationId, item: 'residenceProof', contentBase64: png.toString('base64') }), token);
    expect(up.json).toMatchObject({ ok: true, data: { item: 'residenceProof', mime: 'image/png' } });
    // The same photo through the applications function is over that function's limit.
    const old = await post(gw, 'applications', JSON.stringify({ action: 'uploadMaterial', applicationId, item: 'residenceProof', contentBase64: png.toString('base64') }), token);
    expect(old.status).toBe(413);
    // Not an object: refused like any malformed payload; an `action` of its own changes nothing.
    expect((await post(gw, 'upload', '[1,2]', token)).json).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect((await post(gw, 'upload', JSON.stringify({ action: 'withdraw', id: applicationId }), token)).json).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('the upload route answers 401 before reading a byte of the body, and 413 by Content-Length alone', async () => {
    const gw = await gateway();
    const token = await login(gw);
    // Headers promise 8 MB; not one byte of it is sent. The answer must not wait for it.
    const anonymous = raw(gw, 'POST /api/upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 8000000\r\n\r\n');
    expect(await within(2000, anonymous.answer)).toMatchObject({ status: 'HTTP/1.1 401 Unauthorized' });
    anonymous.socket.destroy();
    const tooBig = raw(gw, `POST /api/upload HTTP/1.1\r\nHost: x\r\nX-Session: ${token}\r\nContent-Length: ${8 * 1024 * 1024 + 1}\r\n\r\n`);
    expect(await within(2000, tooBig.answer)).toMatchObject({ status: 'HTTP/1.1 413 Payload Too Large' });
    tooBig.socket.destroy();
    // A store function too: identity before body.
    const store = raw(gw, 'POST /api/applications HTTP/1.1\r\nHost: x\r\nContent-Length: 60000\r\n\r\n');
    expect(await within(2000, store.answer)).toMatchObject({ status: 'HTTP/1.1 401 Unauthorized' });
    store.socket.destroy();
    expect((await post(gw, 'estimate', '{}')).status).toBe(200);
  });

  it('100 unauthenticated 8 MB uploads at once are all refused with 401 without being read; the gateway answers on', async () => {
    const gw = await gateway();
    const head = 'POST /api/upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 8000000\r\n\r\n';
    const flood = Array.from({ length: 100 }, () => raw(gw, head, Buffer.alloc(64 * 1024, 0x61)));
    const answers = await within(10_000, Promise.all(flood.map((f) => f.answer)));
    flood.forEach((f) => f.socket.destroy());
    expect(answers).not.toBe('timeout');
    expect(new Set((answers as { status: string }[]).map((a) => a.status))).toEqual(new Set(['HTTP/1.1 401 Unauthorized']));
    expect((await post(gw, 'estimate', '{}')).status).toBe(200);
  });
});

describe('the in-flight budget', () => {
  it('answers 503 with Retry-After when bodies in flight would pass it, and gives the room back when they end', async () => {
    const gw = await gateway({ inFlightBytes: 1024 * 1024, uploadBodyBytes: 512 * 1024 });
    const token = await login(gw);
    const head = `POST /api/upload HTTP/1.1\r\nHost: x\r\nX-Session: ${token}\r\nContent-Type: application/json\r\nContent-Length: ${400 * 1024}\r\n\r\n`;
    // Two bodies of 400 KB each, started and never finished: 800 KB of the 1 MB budget held.
    const held = [raw(gw, head, '{"applicationId":"'), raw(gw, head, '{"applicationId":"')];
    await new Promise((r) => setTimeout(r, 200));
    const third = raw(gw, head, '{"applicationId":"');
    const busy = await within(2000, third.answer);
    expect(busy).toMatchObject({ status: 'HTTP/1.1 503 Service Unavailable', headers: { 'retry-after': '1' } });
    third.socket.destroy();
    // Clients that go away mid-body give their share back.
    held.forEach((h) => h.socket.destroy());
    await new Promise((r) => setTimeout(r, 200));
    const again = await post(gw, 'upload', JSON.stringify({ applicationId: 'x', item: 'residenceProof', contentBase64: 'AAAA' }), token);
    expect(again.status).toBe(200);
    expect(again.json.code).not.toBe('BUSY');
  });
});

describe('header and request limits', () => {
  it('headers not finished in time get 408 and the connection closed (a slow client holds nothing for long)', async () => {
    const gw = await gateway({ headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckMs: 50 });
    const slow = raw(gw, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(await within(3000, slow.answer)).toMatchObject({ status: 'HTTP/1.1 408 Request Timeout' });
    slow.socket.destroy();
  });

  it('a body not finished in time is cut off', async () => {
    const gw = await gateway({ headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckMs: 50 });
    const slow = raw(gw, 'POST /api/estimate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n', '{"region"');
    const closed = new Promise<'closed'>((r) => slow.socket.once('close', () => r('closed')));
    expect(await within(3000, slow.answer)).toMatchObject({ status: 'HTTP/1.1 408 Request Timeout' });
    expect(await within(3000, closed)).toBe('closed');
  });

  it('a failed accept (too many open files) is logged, not thrown: the gateway answers on; connections are capped', async () => {
    const gw = await gateway();
    expect(() => gw.server.emit('error', Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' }))).not.toThrow();
    expect((await post(gw, 'estimate', '{}')).status).toBe(200);
    expect(gw.server.maxConnections).toBe(1000);
  });

  it('headers over 8 KB are 431', async () => {
    const gw = await gateway();
    const big = raw(gw, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'v'.repeat(10 * 1024)}\r\n\r\n`);
    expect(await within(2000, big.answer)).toMatchObject({ status: 'HTTP/1.1 431 Request Header Fields Too Large' });
    expect(gw.server.maxHeadersCount).toBe(50);
  });
});

describe('security headers on every answer', () => {
  const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

  it('API answers, refusals and plain 404s: nosniff, no-referrer, DENY and a policy that allows nothing', async () => {
    const gw = await gateway();
    const answers = [
      await fetch(`${gw.url}/api/estimate`, { method: 'POST', body: '{}' }),
      await fetch(`${gw.url}/api/applications`, { method: 'POST', body: '{}' }),
      await fetch(`${gw.url}/api/nothing`, { method: 'POST', body: '{}' }),
      await fetch(`${gw.url}/api/estimate`),
      await fetch(`${gw.url}/missing.js`),
      await fetch(`${gw.url}/%E0%A4%A`),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 401, 404, 405, 404, 400]);
    for (const a of answers) {
      for (const [name, value] of Object.entries(common)) expect({ url: a.url, name, value: a.headers.get(name) }).toEqual({ url: a.url, name, value });
      expect(a.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(a.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    // Even the answer to a request Node could not parse.
    const unparsable = raw(gw, 'GARBAGE\r\n\r\n');
    expect(await within(2000, unparsable.answer)).toMatchObject({ status: 'HTTP/1.1 400 Bad Request', headers: { ...common, 'x-frame-options': 'DENY' } });
  });

  it('the H5 page: scripts from this origin and its inline snippet by hash (no unsafe-inline scripts), inline styles, never framed', async () => {
    const gw = await gateway();
    const page = await fetch(`${gw.url}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    const hash = createHash('sha256').update(INLINE_SCRIPT).digest('base64');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['script-src']).toEqual(["'self'", `'sha256-${hash}'`]);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toContain("'self'");
    for (const [name, value] of Object.entries(common)) expect(page.headers.get(name)).toBe(value);
  });
});

describe('the H5 client (miniprogram/services/api.ts) sends photos to the upload route', () => {
  it('an uploadMaterial call goes to POST /api/upload without its action, and a 120 KB photo is stored', async () => {
    const gw = await gateway();
    const sent: string[] = [];
    jest.resetModules();
    jest.doMock('@tarojs/taro', () => {
      const storage = new Map<string, unknown>();
      return {
        __esModule: true,
        default: {
          getStorageSync: (k: string) => storage.get(k) ?? '',
          setStorageSync: (k: string, v: unknown) => storage.set(k, v),
          removeStorageSync: (k: string) => storage.delete(k),
          request: async (o: { url: string; method: string; data: unknown; header: Record<string, string> }) => {
            sent.push(`${o.url} ${Object.keys(o.data as object).sort().join(',')}`);
            const res = await fetch(`${gw.url}${o.url}`, { method: o.method, headers: o.header, body: JSON.stringify(o.data) });
            const header: Record<string, string> = {};
            res.headers.forEach((value, name) => (header[name] = value));
            return { statusCode: res.status, data: await res.json(), header };
          },
        },
      };
    });
    // loaded after the jest.doMock above, so the client gets the mocked @tarojs/taro
    const { callFunction } = require('../../miniprogram/services/api') as typeof import('../../miniprogram/services/api');
    const draft = await callFunction<{ id: string }>('applications', { action: 'createDraft', content: longTermForFather() });
    const png = noisyPng(200).toString('base64');
    const stored = await callFunction<{ item: string }>('applications', { action: 'uploadMaterial', applicationId: draft.id, item: 'residenceProof', contentBase64: png });
    expect(stored.item).toBe('residenceProof');
    expect(sent).toEqual(['/api/dev-login ', '/api/applications action,content', '/api/upload applicationId,contentBase64,item']);
    jest.dontMock('@tarojs/taro');
  });
});
