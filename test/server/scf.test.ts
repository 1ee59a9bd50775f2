/**
 * The built store functions run as SCF runs them: a folder with the bundle and only its own dependency, the
 * runtime's environment variables with temporary credentials, `exports.main(event, context)` called twice on one warm
 * instance with the credentials rotated in between (the runtime hands out fresh ones; the SDK reads them per request).
 * The SDK's requests go to a local server through the endpoint the runtime itself can inject (TCB_CONTEXT_CNFG.URL);
 * a preload refuses any connection that is not to this machine, so nothing leaves it.
 */
import { execFile, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import { cloudbaseConfigFromEnv, CURRENT_ENV, sdkInitOptions } from '../../server/store/cloudbase';

const ROOT = path.resolve(__dirname, '..', '..');
const FUNCTIONS = path.join(ROOT, 'cloudfunctions');
const ENV_ID = 'yibao-test-1a2b3c';

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-functions.js')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}, 60_000);

/** An action of each store function that reads the store for its caller (a new store function adds its own). */
const READ_ACTION: Record<string, string> = { applications: 'listMine', family: 'list', subsidy: 'status', messages: 'unread', staff: 'GET /staff/api/me' };

/**
 * The staff function is reached through HTTP access, not callFunction: its event is the 集成请求 and it runs without
 * a WeChat caller (server/staff/cloud-http.ts); a cookie of the right shape makes it read the sessions.
 */
const HTTP_EVENTS: Record<string, object> = {
  staff: { path: '/staff/api/me', httpMethod: 'GET', headers: { host: 'staff.example.cn', cookie: `yb_staff=${'A'.repeat(43)}` }, queryStringParameters: {}, body: '', isBase64Encoded: false },
};

/** The store functions: those whose package.json installs the CloudBase SDK. */
function storeFunctions(): string[] {
  return readdirSync(FUNCTIONS)
    .filter((n) => existsSync(path.join(FUNCTIONS, n, 'package.json')))
    .filter((n) => JSON.parse(readFileSync(path.join(FUNCTIONS, n, 'package.json'), 'utf8')).dependencies?.['@cloudbase/node-sdk']);
}

/** A deployed function's folder: index.js, package.json and node_modules with exactly what package.json declares. */
function deployedFolder(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `yibao-scf-${name}-`));
  cpSync(path.join(FUNCTIONS, name, 'index.js'), path.join(dir, 'index.js'));
  cpSync(path.join(FUNCTIONS, name, 'package.json'), path.join(dir, 'package.json'));
  const deps = Object.keys(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies ?? {});
  for (const dep of deps) {
    mkdirSync(path.dirname(path.join(dir, 'node_modules', dep)), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(dir, 'node_modules', dep), 'dir');
  }
  return dir;
}

/** Loaded before the function: any connection to a host that is not loopback is refused and reported. */
const PRELOAD = `
const net = require('net');
const connect = net.Socket.prototype.connect;
const local = (h) => h === undefined || h === 'localhost' || /^127\\./.test(h) || h === '::1';
net.Socket.prototype.connect = function (...args) {
  let o = args[0];
  if (Array.isArray(o)) o = o[0];
  const host = typeof o === 'object' && o !== null ? (o.path ? undefined : o.host) : typeof args[1] === 'string' ? args[1] : undefined;
  if (!local(host)) {
    process.stderr.write('BLOCKED ' + host + '\\n');
    process.nextTick(() => this.destroy(Object.assign(new Error('blocked: ' + host), { code: 'EBLOCKED' })));
    return this;
  }
  return connect.apply(this, args);
};
`;

/** Two invocations on one instance; between them the runtime rotates the temporary credentials. */
const RUNNER = `
const fn = require(process.cwd() + '/index.js');
const event = process.env.HTTP_EVENT ? JSON.parse(process.env.HTTP_EVENT) : { action: process.env.READ_ACTION, userInfo: { appId: 'wx0123456789abcdef', openId: 'o-scf-test' } };
const context = { request_id: 'req-1', function_name: process.env.SCF_FUNCTIONNAME, namespace: process.env.SCF_NAMESPACE };
(async () => {
  const first = await fn.main(event, context);
  process.env.TENCENTCLOUD_SECRETID = process.env.NEXT_SECRETID;
  process.env.TENCENTCLOUD_SECRETKEY = process.env.NEXT_SECRETKEY;
  process.env.TENCENTCLOUD_SESSIONTOKEN = process.env.NEXT_SESSIONTOKEN;
  const second = await fn.main(event, context);
  process.stdout.write(JSON.stringify([first, second]));
})();
`;

interface Seen {
  authorization: string;
  body: Record<string, unknown>;
}

/** Stands in for the CloudBase API: records each request and answers as an empty database does. */
function fakeCloudbase(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      seen.push({ authorization: String(req.headers.authorization ?? ''), body });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ requestId: `fake-${seen.length}`, data: { list: [], total: 0, updated: 1, upserted_id: 'x', deleted: 0 } }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/admin`, seen, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

/** Temporary credentials as STS issues them: an id, a key and the token that must travel with them. */
function temporaryCredentials(tag: string) {
  return { id: `AKIDtemp${tag}${randomBytes(6).toString('hex')}`, key: randomBytes(20).toString('hex'), token: `token-${tag}-${randomBytes(24).toString('hex')}` };
}

function run(dir: string, work: string, env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-r', path.join(work, 'preload.js'), path.join(work, 'runner.js')], { cwd: dir, env, timeout: 30_000 }, (error, stdout, stderr) =>
      error ? reject(Object.assign(error, { stderr })) : resolve({ stdout, stderr }),
    );
  });
}

describe.each(storeFunctions())('cloud function %s as SCF runs it', (name) => {
  test('signs every request with the current temporary credentials and their session token; makes no setup calls', async () => {
    const api = await fakeCloudbase();
    const dir = deployedFolder(name);
    const work = mkdtempSync(path.join(tmpdir(), 'yibao-scf-run-'));
    writeFileSync(path.join(work, 'preload.js'), PRELOAD);
    writeFileSync(path.join(work, 'runner.js'), RUNNER);
    const first = temporaryCredentials('one');
    const second = temporaryCredentials('two');
    try {
      // What the SCF runtime of a CloudBase function sets (and nothing from this machine's environment).
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        TENCENTCLOUD_RUNENV: 'SCF',
        SCF_NAMESPACE: ENV_ID,
        SCF_FUNCTIONNAME: name,
        TENCENTCLOUD_REGION: 'ap-shanghai',
        TENCENTCLOUD_SECRETID: first.id,
        TENCENTCLOUD_SECRETKEY: first.key,
        TENCENTCLOUD_SESSIONTOKEN: first.token,
        TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TRIGGER_SRC',
        TCB_ENV: ENV_ID,
        TCB_SEQID: 'seq-1',
        TRIGGER_SRC: 'tcb',
        ...(HTTP_EVENTS[name]
          ? { HTTP_EVENT: JSON.stringify(HTTP_EVENTS[name]) }
          : { WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: 'o-scf-test', WX_APPID: 'wx0123456789abcdef' }),
        TCB_CONTEXT_CNFG: JSON.stringify({ URL: api.url }),
        ID_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        NEXT_SECRETID: second.id,
        NEXT_SECRETKEY: second.key,
        NEXT_SESSIONTOKEN: second.token,
        READ_ACTION: READ_ACTION[name],
      };
      const { stdout, stderr } = await run(dir, work, env);
      expect(stderr).not.toContain('BLOCKED');
      const replies = JSON.parse(stdout) as { ok: boolean; code?: string }[];
      // Against an empty database each invocation answers as the domain does (subsidy: not on the roster), with the
      // caller identified and the store open: never UNAUTHENTICATED or INTERNAL.
      expect(READ_ACTION[name]).toBeDefined();
      expect(replies).toHaveLength(2);
      for (const reply of replies) expect(['UNAUTHENTICATED', 'INTERNAL']).not.toContain(reply.code);
      // The staff function answers the 集成响应: a cookie with no session is 401 after reading the store, never a 500.
      if (HTTP_EVENTS[name]) for (const reply of replies) expect((reply as { statusCode?: number }).statusCode).toBe(401);

      // The function folder holds the bundle and its one declared dependency, nothing else.
      expect(readdirSync(dir).sort()).toEqual(['index.js', 'node_modules', 'package.json']);
      expect(readdirSync(path.join(dir, 'node_modules', '@cloudbase'))).toEqual(['node-sdk']);

      expect(api.seen.length).toBeGreaterThan(1);
      const tokens = api.seen.map((r) => r.body.sessionToken);
      const ids = api.seen.map((r) => /Credential=([^/]+)\//.exec(r.authorization)?.[1]);
      // The first invocation signs with the first credentials and their token; after rotation, with the new ones.
      expect(tokens[0]).toBe(first.token);
      expect(ids[0]).toBe(first.id);
      expect(tokens[tokens.length - 1]).toBe(second.token);
      expect(ids[ids.length - 1]).toBe(second.id);
      for (let i = 0; i < api.seen.length; i++) {
        expect([[first.id, first.token], [second.id, second.token]]).toContainEqual([ids[i], tokens[i]]);
        expect(api.seen[i].body.envName).toBe(ENV_ID);
      }
      // Collections, indexes and permissions are the deploy step's (scripts/deploy-cloudbase.js), not a cold start's.
      expect(api.seen.map((r) => r.body.action)).not.toContain('database.addCollection');
    } finally {
      await api.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('what tcb.init is given', () => {
  const current = Symbol.for('SYMBOL_CURRENT_ENV');
  const scf = { TENCENTCLOUD_RUNENV: 'SCF', SCF_NAMESPACE: ENV_ID, TCB_ENV: ENV_ID, TENCENTCLOUD_SECRETID: 'AKIDtemp', TENCENTCLOUD_SECRETKEY: 'k', TENCENTCLOUD_SESSIONTOKEN: 't' };

  test('inside SCF: the current environment and no keys, even with TCB_ENV and the runtime keys set', () => {
    expect(cloudbaseConfigFromEnv(scf)).toBe(CURRENT_ENV);
    expect(sdkInitOptions(cloudbaseConfigFromEnv(scf)!, current)).toEqual({ env: current });
    // The symbol the SDK compares against is this registered one (only this test loads the SDK into the test process).
    expect(require('@cloudbase/node-sdk').SYMBOL_CURRENT_ENV).toBe(current);
  });

  test('outside: TCB_ENV with its keys, and temporary keys keep their token', () => {
    expect(cloudbaseConfigFromEnv({})).toBeNull();
    const cli = { TCB_ENV: ENV_ID, TENCENTCLOUD_SECRETID: 'AKIDtemp', TENCENTCLOUD_SECRETKEY: 'k', TENCENTCLOUD_SESSIONTOKEN: 't' };
    expect(sdkInitOptions(cloudbaseConfigFromEnv(cli)!, current)).toEqual({ env: ENV_ID, secretId: 'AKIDtemp', secretKey: 'k', sessionToken: 't' });
    const permanent = { TCB_ENV: ENV_ID, TCB_SECRET_ID: 'AKIDperm', TCB_SECRET_KEY: 'k2' };
    expect(sdkInitOptions(cloudbaseConfigFromEnv(permanent)!, current)).toEqual({ env: ENV_ID, secretId: 'AKIDperm', secretKey: 'k2' });
    // Without keys the SDK reads TENCENTCLOUD_* itself on each request.
    expect(sdkInitOptions(cloudbaseConfigFromEnv({ TCB_ENV: ENV_ID })!, current)).toEqual({ env: ENV_ID });
  });
});
