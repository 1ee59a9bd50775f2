/**
 * Issue 17: the gateway's static files. Each text file of a build has .br and .gz siblings (scripts/compress-static.js,
 * run here on a fixture build); the gateway sends the coding the request accepts best, names each representation's
 * strong ETag, answers a matching If-None-Match with 304, caches hashed names for a year and revalidates the rest, and
 * reads nothing outside the build, whatever the path.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { chooseCoding, type Coding } from '../../server/gateway/accept-encoding';
import { startGateway, type Gateway } from '../../server/gateway/server';

// eslint-disable-next-line import/no-commonjs -- scripts/compress-static.js is plain CommonJS without types
const { compressDir } = require('../../scripts/compress-static') as {
  compressDir: (dir: string) => Promise<{ file: string; bytes: number; br: number | null; gz: number | null }[]>;
};

let gateway: Gateway;
let base: string;
let h5Dir: string;
let staffDir: string;
let dataDir: string;

/** A file big enough that every coding pays off, with non-ASCII text so a byte-level mismatch would show. */
const APP_JS = Array.from({ length: 400 }, (_, i) => `console.log(${i}, '医保明白纸 第${i}行');`).join('\n');
const FILES: Record<string, string | Buffer> = {
  'index.html': `<!doctype html><html><head><script>document.documentElement.lang='zh-CN'</script><script defer src="/js/app.0a1b2c3d.js"></script></head><body>${'<p>医保</p>'.repeat(50)}</body></html>`,
  'js/app.0a1b2c3d.js': APP_JS,
  'css/app.0a1b2c3d4e5f60718293.css': `.home{color:#333}\n`.repeat(80),
  'data/regions.json': JSON.stringify({ regions: Array.from({ length: 60 }, (_, i) => ({ id: i, name: `地区${i}` })) }),
  'tiny.txt': 'a',
  // A PNG is never compressed (it already is).
  'static/logo.1a2b3c4d.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
};
const STAFF_FILES: Record<string, string> = {
  'index.html': `<!doctype html><title>经办工作台</title><script>window.x=1</script>${'<div>经办</div>'.repeat(40)}`,
  'app-QOCZQNPA.js': APP_JS,
};

function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-static-'));
  h5Dir = path.join(base, 'h5');
  staffDir = path.join(base, 'staff');
  dataDir = path.join(base, 'data');
  fs.mkdirSync(dataDir);
  writeTree(h5Dir, FILES);
  writeTree(staffDir, STAFF_FILES);
  // What a traversal would reach: a file beside the build, and a link inside the build pointing out of it.
  fs.writeFileSync(path.join(base, 'outside.txt'), 'secret outside the build');
  fs.symlinkSync(path.join(base, 'outside.txt'), path.join(h5Dir, 'link.txt'));
  await compressDir(h5Dir);
  await compressDir(staffDir);
  gateway = await startGateway({ dataDir, h5Dir, staffDir, port: 0, log: () => undefined });
});

afterAll(async () => {
  await gateway.close();
  fs.rmSync(base, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request exactly as written (no client-side path normalisation, no automatic decompression). */
function raw(target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const { port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: Number(port), path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(r: Raw): Buffer {
  const coding = r.headers['content-encoding'];
  if (coding === 'br') return zlib.brotliDecompressSync(r.body);
  if (coding === 'gzip') return zlib.gunzipSync(r.body);
  expect(coding).toBeUndefined();
  return r.body;
}

describe('chooseCoding (Accept-Encoding, RFC 9110 §12.5.3)', () => {
  const ALL: Coding[] = ['identity', 'br', 'gzip'];
  it.each<[string | undefined, Coding[], Coding | null]>([
    [undefined, ALL, 'identity'],
    ['', ALL, 'identity'],
    ['gzip, deflate, br, zstd', ALL, 'br'],
    ['gzip, deflate', ALL, 'gzip'],
    ['BR', ALL, 'br'],
    ['x-gzip', ALL, 'gzip'],
    ['br;q=0, gzip', ALL, 'gzip'],
    ['br;q=0.5, gzip;q=0.8', ALL, 'gzip'],
    ['br;q=0.8, gzip;q=0.8', ALL, 'br'],
    ['br ; q=0.001', ALL, 'br'],
    ['br;q=0, gzip;q=0', ALL, 'identity'],
    ['*', ALL, 'br'],
    ['*;q=0.5, br;q=0', ALL, 'gzip'],
    ['*;q=0', ALL, null],
    ['*;q=0, identity', ALL, 'identity'],
    ['identity;q=0', ['identity'], null],
    ['identity;q=0, gzip', ALL, 'gzip'],
    ['identity;q=0, br;q=0, gzip;q=0', ALL, null],
    ['identity, br;q=0.5', ALL, 'identity'],
    ['identity;q=0.4, br;q=0.5', ALL, 'br'],
    ['br;q=1, br;q=0', ALL, 'identity'],
    // Not qvalues: the element is void.
    ['br;q=2', ALL, 'identity'],
    ['br;q=0.0001', ALL, 'identity'],
    ['br;q=abc, gzip', ALL, 'gzip'],
    ['br;q=', ALL, 'identity'],
    // Only what exists is offered.
    ['br', ['identity', 'gzip'], 'identity'],
    ['br, gzip', ['identity', 'gzip'], 'gzip'],
    ['deflate, compress', ALL, 'identity'],
    [',,, ;q=1 ,', ALL, 'identity'],
  ])('%j of %j → %j', (header, available, expected) => {
    expect(chooseCoding(header, available)).toBe(expected);
  });

  it('reads repeated headers as one list', () => {
    expect(chooseCoding(['gzip;q=0.2', 'br;q=0.1'], ['identity', 'br', 'gzip'])).toBe('gzip');
  });
});

describe('compressDir (scripts/compress-static.js)', () => {
  it('writes .br and .gz for text files only where they are smaller', () => {
    expect(fs.existsSync(path.join(h5Dir, 'js/app.0a1b2c3d.js.br'))).toBe(true);
    expect(fs.existsSync(path.join(h5Dir, 'js/app.0a1b2c3d.js.gz'))).toBe(true);
    expect(fs.existsSync(path.join(h5Dir, 'index.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(h5Dir, 'tiny.txt.br'))).toBe(false);
    expect(fs.existsSync(path.join(h5Dir, 'tiny.txt.gz'))).toBe(false);
    expect(fs.existsSync(path.join(h5Dir, 'static/logo.1a2b3c4d.png.br'))).toBe(false);
  });

  it('decompresses to the original bytes, and removes the siblings of files no longer there', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-compress-'));
    try {
      writeTree(dir, { 'a.js': APP_JS, 'b.css': FILES['css/app.0a1b2c3d4e5f60718293.css'] });
      const rows = await compressDir(dir);
      expect(rows.map((r) => r.file).sort()).toEqual(['a.js', 'b.css']);
      for (const r of rows) {
        const original = fs.readFileSync(path.join(dir, r.file));
        expect(r.bytes).toBe(original.length);
        expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${r.file}.br`))).equals(original)).toBe(true);
        expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${r.file}.gz`))).equals(original)).toBe(true);
        expect(r.br).toBe(fs.statSync(path.join(dir, `${r.file}.br`)).size);
      }
      fs.rmSync(path.join(dir, 'a.js'));
      await compressDir(dir);
      expect(fs.readdirSync(dir).sort()).toEqual(['b.css', 'b.css.br', 'b.css.gz']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GET: the representation the request accepts best', () => {
  it.each([
    ['gzip, deflate, br', 'br', '.br'],
    ['gzip', 'gzip', '.gz'],
    ['br;q=0.1, gzip;q=0.9', 'gzip', '.gz'],
    ['identity', undefined, ''],
    ['br;q=0, gzip;q=0', undefined, ''],
  ])('Accept-Encoding %j → %s', async (accept, coding, suffix) => {
    const r = await raw('/js/app.0a1b2c3d.js', { 'accept-encoding': accept });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe(coding);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-length']).toBe(String(fs.statSync(path.join(h5Dir, `js/app.0a1b2c3d.js${suffix}`)).size));
    expect(r.body.length).toBe(Number(r.headers['content-length']));
    expect(decode(r).equals(Buffer.from(APP_JS))).toBe(true);
  });

  it('without Accept-Encoding sends the file as it is', async () => {
    const r = await raw('/js/app.0a1b2c3d.js');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString('utf8')).toBe(APP_JS);
  });

  it('decodes to the original, byte for byte, for every file of the build in every coding', async () => {
    for (const [name, content] of Object.entries(FILES)) {
      for (const accept of ['br', 'gzip', 'identity']) {
        const r = await raw(`/${name}`, { 'accept-encoding': accept });
        expect(r.status).toBe(200);
        expect(decode(r).equals(Buffer.from(content))).toBe(true);
      }
    }
  });

  it('refuses with 406 when the request accepts no coding the file exists in, identity included', async () => {
    const r = await raw('/js/app.0a1b2c3d.js', { 'accept-encoding': 'identity;q=0, br;q=0, gzip;q=0' });
    expect(r.status).toBe(406);
    expect(r.body.toString('utf8')).toBe('无法以浏览器接受的编码发送此文件');
    expect((await raw('/tiny.txt', { 'accept-encoding': 'identity;q=0, br' })).status).toBe(406);
    expect((await raw('/tiny.txt', { 'accept-encoding': 'br' })).body.toString('utf8')).toBe('a');
  });

  it('sends a file rebuilt after its siblings as it is (stale siblings are never served)', async () => {
    const file = path.join(h5Dir, 'data/regions.json');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    try {
      const r = await raw('/data/regions.json', { 'accept-encoding': 'br, gzip' });
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers.vary).toBeUndefined();
      expect(r.body.toString('utf8')).toBe(FILES['data/regions.json']);
    } finally {
      const sibling = fs.statSync(`${file}.br`).mtime;
      fs.utimesSync(file, sibling, sibling);
    }
    expect((await raw('/data/regions.json', { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
  });

  it('does not serve the siblings under their own names', async () => {
    for (const target of ['/js/app.0a1b2c3d.js.br', '/js/app.0a1b2c3d.js.gz', '/index.html.br', '/staff/app-QOCZQNPA.js.gz']) {
      expect((await raw(target, { 'accept-encoding': 'br' })).status).toBe(404);
    }
  });
});

describe('caching: immutable for hashed names, ETag and revalidation for the rest', () => {
  it.each([
    ['/js/app.0a1b2c3d.js', 'public, max-age=31536000, immutable'],
    ['/css/app.0a1b2c3d4e5f60718293.css', 'public, max-age=31536000, immutable'],
    ['/static/logo.1a2b3c4d.png', 'public, max-age=31536000, immutable'],
    ['/staff/app-QOCZQNPA.js', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/data/regions.json', 'no-cache'],
    ['/tiny.txt', 'no-cache'],
    ['/staff/', 'no-cache'],
    ['/staff/queue/123', 'no-cache'],
  ])('%s → %s', async (target, policy) => {
    const r = await raw(target, { 'accept-encoding': 'br' });
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe(policy);
    expect(r.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it('gives each representation its own strong ETag, and a file without siblings no Vary', async () => {
    const tags = await Promise.all(['br', 'gzip', 'identity'].map(async (a) => (await raw('/index.html', { 'accept-encoding': a })).headers.etag));
    expect(new Set(tags).size).toBe(3);
    expect((await raw('/tiny.txt', { 'accept-encoding': 'br' })).headers.vary).toBeUndefined();
    expect((await raw('/static/logo.1a2b3c4d.png', { 'accept-encoding': 'br' })).headers.vary).toBeUndefined();
  });

  it('answers 304 to a matching If-None-Match, with the validators and no body', async () => {
    const first = await raw('/index.html', { 'accept-encoding': 'br' });
    const tag = String(first.headers.etag);
    for (const condition of [tag, `W/${tag}`, `"other", ${tag}`, '*']) {
      const again = await raw('/index.html', { 'accept-encoding': 'br', 'if-none-match': condition });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(tag);
      expect(again.headers.vary).toBe('Accept-Encoding');
      expect(again.headers['cache-control']).toBe('no-cache');
      expect(again.headers['content-encoding']).toBeUndefined();
    }
    // The brotli tag does not validate the gzip representation, nor does another file's tag.
    const other = await raw('/index.html', { 'accept-encoding': 'gzip', 'if-none-match': tag });
    expect(other.status).toBe(200);
    expect(zlib.gunzipSync(other.body).toString('utf8')).toBe(FILES['index.html']);
    expect((await raw('/index.html', { 'accept-encoding': 'br', 'if-none-match': '"not-this-one"' })).status).toBe(200);
  });

  it('keeps the page policy with its inline script hash on every representation of index.html', async () => {
    const policies = await Promise.all(['br', 'identity'].map(async (a) => (await raw('/', { 'accept-encoding': a })).headers['content-security-policy']));
    expect(policies[0]).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policies[1]).toBe(policies[0]);
  });
});

describe('HEAD', () => {
  it('has the headers of the GET and no body', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const get = await raw('/js/app.0a1b2c3d.js', { 'accept-encoding': accept });
      const head = await raw('/js/app.0a1b2c3d.js', { 'accept-encoding': accept }, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'vary', 'cache-control']) {
        expect(head.headers[name]).toBe(get.headers[name]);
      }
    }
  });
});

describe('nothing outside the build, whatever the path', () => {
  const outside = () => path.join(base, 'outside.txt');
  it.each([
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/%2E%2E/outside.txt',
    '/js/%2e%2e/%2e%2e/outside.txt',
    '/..%2foutside.txt',
    '/..%2Foutside.txt',
    '/%2e%2e%2foutside.txt',
    '/js/..%2f..%2foutside.txt',
    '/..%5coutside.txt',
    '/%252e%252e/outside.txt',
    '/link.txt',
    '/index.html%00',
    '/index.html%00.js',
    '/%00',
    '/staff/..%2f..%2foutside.txt',
    '/staff/%2e%2e%2f%2e%2e%2foutside.txt',
    '/staff/..%2fh5%2findex.html',
  ])('%s', async (target) => {
    const r = await raw(target, { 'accept-encoding': 'br, gzip' });
    expect([400, 404]).toContain(r.status);
    expect(r.body.toString('latin1')).not.toContain('secret');
  });

  it('refuses absolute paths, plain and encoded', async () => {
    for (const target of [`/${outside()}`, `/${encodeURIComponent(outside())}`, `/${encodeURIComponent('/etc/passwd')}`, '/etc/passwd']) {
      const r = await raw(target);
      expect(r.status).toBe(404);
      expect(r.body.toString('latin1')).not.toContain('secret');
      expect(r.body.toString('latin1')).not.toContain('root:');
    }
  });

  it('reads a scheme-relative target as a host and a path, never as a file outside', async () => {
    const r = await raw('//outside.txt');
    expect(r.status).toBe(200);
    expect(r.body.toString('utf8')).toBe(FILES['index.html']);
  });

  it('still serves the build after all of that', async () => {
    expect((await raw('/')).status).toBe(200);
  });
});
