/**
 * No request of any shape stops the gateway (issue 11). The real process as `npm start` runs it, spoken to over
 * raw sockets: the two request lines that used to kill it (`GET /%E0%A4%A` threw a URIError in static serving,
 * `GET http://[zz/` threw in `new URL`), then a seeded fuzz of request lines, targets, headers, line endings and
 * bodies. After each batch the process must still be running, and at the end it must still answer.
 */
import { EventEmitter } from 'events';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { installLastResort } from '../../server/gateway/last-resort';
import { gatewayBundle, startGatewayProcess, type GatewayProcess } from './gateway-process';

const SEED = 0x11_c0ffee;
const CASES = 8000;
const PARALLEL = 12;
/** A request the server is still waiting on (headers not finished) is abandoned after this; the server lives on. */
const WAIT_MS = 250;

let gw: GatewayProcess;
let dataDir: string;
const lines: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-gw-crash-'));
  gw = await startGatewayProcess(gatewayBundle(), dataDir, (line) => lines.push(line));
}, 60_000);

afterAll(async () => {
  if (gw.child.exitCode === null) await gw.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Writes `bytes` on a fresh connection; resolves with the status line answered (or '' if none came in time). */
function exchange(bytes: Buffer | string, waitMs = WAIT_MS): Promise<string> {
  const { hostname, port } = new URL(gw.url);
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer.split('\r\n')[0]);
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (d) => {
      answer += d.toString('latin1');
      if (answer.includes('\r\n\r\n')) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
  });
}

async function stillAnswers(): Promise<void> {
  expect(gw.child.exitCode).toBeNull();
  const res = await fetch(`${gw.url}/api/estimate`, { method: 'POST', body: '{}' });
  expect(res.status).toBe(200);
  expect((await res.json()).ok).toBe(false);
}

describe('the request lines that used to kill the process', () => {
  it.each([
    ['a path that does not percent-decode', 'GET /%E0%A4%A HTTP/1.1'],
    ['an absolute-form target that is not a URL', 'GET http://[zz/ HTTP/1.1'],
    ['both, on the API', 'POST http://[zz/api/estimate HTTP/1.1'],
  ])('%s is a 400, and the gateway answers afterwards', async (_what, requestLine) => {
    const status = await exchange(`${requestLine}\r\nHost: x\r\nContent-Length: 0\r\n\r\n`, 2000);
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    await stillAnswers();
  });
});

describe('the photo read route (GET /api/material-image/…): a link is the grant, so anything else is the same 404', () => {
  it.each([
    ['a proto-named id and account', '/api/material-image/__proto__?a=__proto__&e=1&s=x'],
    ['an id that does not percent-decode', '/api/material-image/%E0%A4%A?a=o&e=1&s=x'],
    ['a guessed id with no signature', '/api/material-image/0123456789abcdef'],
    ['an expiry that is not a number and a huge signature', `/api/material-image/m1?a=o&e=NaN&s=${'s'.repeat(5000)}`],
    ['a path far longer than an id', `/api/material-image/${'a'.repeat(4000)}?a=o&e=1&s=x`],
  ])('%s: 404, and the gateway answers afterwards', async (_what, target) => {
    const res = await fetch(`${gw.url}${target}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    await stillAnswers();
  });

  test('a flood of 200 forged links: every one 404, none served, the gateway still answers', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => fetch(`${gw.url}/api/material-image/m${i}?a=o${i}&e=${Date.now() + 60_000}&s=forged${i}`).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([404]));
    await stillAnswers();
  });
});

/** mulberry32: a small seeded generator, so the fuzz is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzzCases(seed: number, count: number): Buffer[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const methods = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE', 'get', 'G ET', 'POST\0', '', 'BREW'];
  const paths = [
    '/',
    '/index.html',
    '/api/estimate',
    '/api/upload',
    '/api/applications',
    '/api/dev-login',
    '/api/material-image/',
    '/api/material-image/__proto__?a=constructor&e=9e999&s=%zz',
    '/api/',
    '/api/__proto__',
    '*',
    '//evil.example/x',
    'http://[zz/',
    'http://[::1/api/estimate',
    'http://a:99999/',
    'http://a b/',
    'https://x.example/api/estimate',
    'http://%zz/',
    '/%',
    '/%E0%A4%A',
    '/%C0%AF',
    '/%00',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..\\..\\windows',
    '/api/%E0%A4%A',
    '/static/%FF%FE',
    '/?q=%',
    '/#frag',
    '/a?' + '&'.repeat(2000),
  ];
  const versions = ['HTTP/1.1', 'HTTP/1.0', 'HTTP/1.1', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.1 x', '', 'http/1.1', 'HTTP/1.10'];
  const headerValues = ['', '0', '-1', '1e3', '99999999999999999999', 'abc', ' 5', '5, 6', 'chunked', 'chunked, gzip', 'gzip', '\u00ff\u00fe'];
  const headerNames = ['Host', 'Content-Length', 'Transfer-Encoding', 'X-Session', 'Content-Type', 'Expect', 'Connection', 'Upgrade', 'Cookie', 'Bad Name', 'Ü', ':authority', ''];
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    // Most requests parse, so their odd targets and header values reach the gateway's own code; the rest do not.
    const parses = next() < 0.6;
    const eol = parses ? '\r\n' : pick(['\r\n', '\n', '\r']);
    let target = pick(paths);
    if (next() < 0.3) target += '/' + encodeURIComponent(bytes(int(12)).toString('latin1')).replace(/%[0-9A-F]{2}/g, (m) => (next() < 0.3 ? m.slice(0, 2) : m));
    if (next() < 0.05) target = '/' + 'a'.repeat(1000 + int(20_000));
    if (parses) target = target.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
    const method = parses ? pick(['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']) : pick(methods);
    const version = parses ? pick(['HTTP/1.1', 'HTTP/1.0']) : pick(versions);
    const parts: Buffer[] = [Buffer.from(`${method} ${target}${parses || next() < 0.9 ? ' ' + version : ''}${eol}`, 'latin1')];
    if (!parses && next() < 0.2) parts.unshift(bytes(int(8)));
    if (parses || next() < 0.8) parts.push(Buffer.from(`Host: 127.0.0.1${eol}`));
    const headerCount = next() < 0.03 ? 60 + int(200) : int(6);
    for (let h = 0; h < headerCount; h++) {
      if (parses) {
        const name = pick(['X-Session', 'Content-Type', 'Accept', 'X-Forwarded-For', 'Referer', 'Origin', 'Cookie', 'Range', 'If-None-Match']);
        // eslint-disable-next-line no-control-regex -- drops the control characters on purpose: a header value keeps none
        const value = next() < 0.5 ? pick(['', 'a.b.c', 'dev_x.1.y', '\u00ff\u00fe', '../../', 'bytes=0-', '*', '{"a":1}']) : bytes(int(40)).toString('latin1').replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
        parts.push(Buffer.from(`${name}: ${value}${eol}`, 'latin1'));
        continue;
      }
      const name = next() < 0.1 ? bytes(1 + int(6)).toString('latin1') : pick(headerNames);
      const value = next() < 0.1 ? bytes(int(30)).toString('latin1') : next() < 0.05 ? 'v'.repeat(9000 + int(20_000)) : pick(headerValues);
      const sep = next() < 0.9 ? ': ' : pick([':', ' ', '', ' : ']);
      parts.push(Buffer.from(`${name}${sep}${value}${eol}`, 'latin1'));
      if (next() < 0.03) parts.push(Buffer.from(` folded continuation${eol}`));
    }
    const body = next() < 0.5 ? (next() < 0.5 ? Buffer.from(pick(['{}', '{"region":', 'null', '[]', '"x"', '{"action":"listMine"}'])) : bytes(int(300))) : Buffer.alloc(0);
    if (parses) {
      parts.push(Buffer.from(`Content-Length: ${body.length}${eol}Connection: close${eol}${eol}`), body);
    } else {
      if (next() < 0.95) parts.push(Buffer.from(eol));
      if (body.length) parts.push(next() < 0.3 ? Buffer.from(pick(['0\r\n\r\n', 'zz\r\nabc\r\n', '5\r\nab'])) : body);
    }
    out.push(Buffer.concat(parts));
  }
  return out;
}

describe('a seeded fuzz of request lines, targets and headers over raw sockets', () => {
  it(`survives ${CASES} malformed requests and still answers`, async () => {
    const started = Date.now();
    const cases = fuzzCases(SEED, CASES);
    const statuses: Record<string, number> = {};
    for (let i = 0; i < cases.length; i += PARALLEL) {
      const answers = await Promise.all(cases.slice(i, i + PARALLEL).map((c) => exchange(c)));
      for (const a of answers) {
        const code = /^HTTP\/1\.[01] (\d{3})/.exec(a)?.[1] ?? (a === '' ? 'none' : 'other');
        statuses[code] = (statuses[code] ?? 0) + 1;
      }
      expect({ batch: i, exitCode: gw.child.exitCode }).toEqual({ batch: i, exitCode: null });
    }
    await stillAnswers();
    // Malformed is answered as malformed, never as a server fault.
    expect(statuses['500']).toBeUndefined();
    expect(lines.filter((l) => /internal error|内部错误|Error:| {4}at /.test(l))).toEqual([]);
    // What Node's parser refused (the rest reached the gateway's own code).
    const unparsed: Record<string, number> = {};
    for (const line of lines) {
      const code = /^bad request: (.*)$/.exec(line)?.[1];
      if (code) unparsed[code] = (unparsed[code] ?? 0) + 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${CASES} requests in ${seconds} s; answers by status ${JSON.stringify(statuses)}; refused by the parser ${JSON.stringify(unparsed)}`);
  }, 60_000);
});

describe('the last resort (main.ts): an error that escaped every boundary', () => {
  function harness() {
    const proc = new EventEmitter();
    const logged: string[] = [];
    const exits: number[] = [];
    let stopped = 0;
    installLastResort(proc, {
      stop: async () => void stopped++,
      log: (l) => logged.push(l),
      exit: (code) => exits.push(code),
    });
    return { proc, logged, exits, stopped: () => stopped };
  }

  it('an uncaught exception is logged, the server and store are closed, and the process exits with 1', async () => {
    const h = harness();
    h.proc.emit('uncaughtException', new TypeError('boom'));
    h.proc.emit('uncaughtException', new TypeError('again'));
    await new Promise((r) => setImmediate(r));
    expect(h.stopped()).toBe(1);
    expect(h.exits).toEqual([1]);
    expect(h.logged[0]).toContain('TypeError: boom');
  });

  it('an unhandled rejection is logged and the gateway keeps serving', async () => {
    const h = harness();
    h.proc.emit('unhandledRejection', new Error('nobody waited'));
    await new Promise((r) => setImmediate(r));
    expect(h.exits).toEqual([]);
    expect(h.stopped()).toBe(0);
    expect(h.logged[0]).toContain('nobody waited');
  });
});
