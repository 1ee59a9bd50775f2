/**
 * The gateway never trusts the wrong thing (issue 11): production accepts no development session at all, not even
 * one it signed itself yesterday; a session secret that is short, empty, patterned or not what the file should
 * hold stops the start instead of becoming a key anyone can sign with; secret files and the SQLite files are
 * readable by their owner only.
 */
import { createHmac, randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { createSessions, SECRET_FILE } from '../../server/gateway/session';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { gatewayBundle, GatewayStartFailure, startGatewayProcess } from './gateway-process';

const dirs: string[] = [];
function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-gw-sess-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const quiet = () => undefined;
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

function start(dataDir: string, env: NodeJS.ProcessEnv = {}, extra: { production?: boolean; log?: (l: string) => void } = {}): Promise<Gateway> {
  return startGateway({ dataDir, port: 0, env: { ...process.env, ...env }, log: extra.log ?? quiet, production: extra.production });
}

async function call(url: string, name: string, body: unknown, session?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { 'x-session': session } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** A token for `openid` as the gateway makes them, but signed with `key`. */
function signedWith(key: Buffer, openid = 'dev_someone_else'): string {
  const body = `${openid}.${Date.now() + 3600_000}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

describe('production (NODE_ENV=production, the real process) refuses every X-Session', () => {
  it('an old development token that worked yesterday is 401; dev-login is 403; computing still works', async () => {
    const dataDir = freshDir();
    const bundle = gatewayBundle();
    const dev = await startGatewayProcess(bundle, dataDir, quiet);
    const token = (await call(dev.url, 'dev-login', { user: 'daughter' })).json.data.token;
    expect((await call(dev.url, 'applications', { action: 'listMine' }, token)).status).toBe(200);
    await dev.stop();

    const prod = await startGatewayProcess(bundle, dataDir, quiet, { NODE_ENV: 'production' });
    try {
      for (const [name, body] of [
        ['applications', { action: 'listMine' }],
        ['family', { action: 'list' }],
        ['upload', { applicationId: 'x', item: 'residenceProof', contentBase64: '' }],
      ] as const) {
        const answer = await call(prod.url, name, body, token);
        expect({ name, status: answer.status, code: answer.json.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
        expect(answer.json.message).toMatch(/微信/);
        expect((await call(prod.url, name, body)).status).toBe(401);
      }
      expect((await call(prod.url, 'dev-login', { user: 'daughter' })).status).toBe(403);
      expect((await call(prod.url, 'estimate', {})).status).toBe(200);
    } finally {
      await prod.stop();
    }
  }, 60_000);

  it('a production start writes no session secret (it signs nothing)', async () => {
    const dataDir = freshDir();
    const prod = await start(dataDir, {}, { production: true });
    await prod.close();
    expect(fs.existsSync(path.join(dataDir, SECRET_FILE))).toBe(false);
  });

  it('in-process too (`production: true`): a token signed with the very secret of the data directory is 401', async () => {
    const dataDir = freshDir();
    const dev = await start(dataDir);
    const token = (await call(dev.url, 'dev-login', { user: 'someone' })).json.data.token;
    await dev.close();
    const prod = await start(dataDir, {}, { production: true });
    try {
      expect((await call(prod.url, 'applications', { action: 'listMine' }, token)).status).toBe(401);
    } finally {
      await prod.close();
    }
  });
});

describe('the session secret', () => {
  const hex = randomBytes(32).toString('hex');
  it.each([
    ['too short', 'short'],
    ['empty', ''],
    ['16 random bytes', randomBytes(16).toString('hex')],
    ['one character repeated (hex)', 'a'.repeat(64)],
    ['one character repeated (not hex)', 'x'.repeat(64)],
    ['a short pattern repeated', '0123456789abcdef'.repeat(4)],
    ['not hex nor base64', `${hex}!`],
  ])('GATEWAY_SECRET %s stops the start', async (_what, secret) => {
    await expect(start(freshDir(), { GATEWAY_SECRET: secret })).rejects.toThrow(/GATEWAY_SECRET/);
  });

  it('GATEWAY_SECRET of 32 random bytes, as hex or base64, starts', async () => {
    for (const secret of [hex, randomBytes(32).toString('base64')]) {
      const gw = await start(freshDir(), { GATEWAY_SECRET: secret });
      expect((await call(gw.url, 'dev-login', {})).status).toBe(200);
      await gw.close();
    }
  });

  it.each([
    ['garbage', 'garbage'],
    ['63 hex digits', hex.slice(1)],
    ['64 hex digits and more', `${hex} extra`],
    ['empty', ''],
    ['64 hex digits of one repeated byte', 'ab'.repeat(32)],
  ])('a session-secret file holding %s is a start-up error, not an empty or weak key', async (_what, text) => {
    const dataDir = freshDir();
    fs.writeFileSync(path.join(dataDir, SECRET_FILE), text, { mode: 0o600 });
    await expect(start(dataDir)).rejects.toThrow(SECRET_FILE);
  });

  it('the real process says why in Chinese and exits with 1', async () => {
    const failure = await startGatewayProcess(gatewayBundle(), freshDir(), quiet, { GATEWAY_SECRET: 'short' }).catch((e) => e);
    expect(failure).toBeInstanceOf(GatewayStartFailure);
    expect(failure.code).toBe(1);
    expect(failure.output.join('\n')).toMatch(/启动失败：GATEWAY_SECRET .*至少需要 32 个随机字节/);
  }, 30_000);

  it('a token signed with an empty or short key is 401; such a key cannot even make sessions', async () => {
    const gw = await start(freshDir());
    try {
      for (const key of [Buffer.alloc(0), Buffer.from('k'), randomBytes(16)]) {
        expect((await call(gw.url, 'applications', { action: 'listMine' }, signedWith(key))).status).toBe(401);
        expect(() => createSessions(key)).toThrow('at least 32 bytes');
      }
    } finally {
      await gw.close();
    }
  });
});

describe('files that hold secrets or records are the owner’s only', () => {
  it('a new session-secret is 0600; the SQLite file and its -wal and -shm are 0600', async () => {
    const dataDir = freshDir();
    const gw = await start(dataDir);
    const token = (await call(gw.url, 'dev-login', { user: 'someone' })).json.data.token;
    await call(gw.url, 'family', { action: 'list' }, token);
    try {
      expect(modeOf(path.join(dataDir, SECRET_FILE))).toBe(0o600);
      for (const f of [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]) expect({ f, mode: modeOf(path.join(dataDir, f)) }).toEqual({ f, mode: 0o600 });
    } finally {
      await gw.close();
    }
  });

  it('an existing session-secret or SQLite file readable by others is tightened to 0600, with a warning', async () => {
    const dataDir = freshDir();
    await (await start(dataDir)).close();
    fs.chmodSync(path.join(dataDir, SECRET_FILE), 0o644);
    fs.chmodSync(path.join(dataDir, SQLITE_FILE), 0o644);
    const log: string[] = [];
    const gw = await start(dataDir, {}, { log: (l) => log.push(l) });
    await gw.close();
    expect(modeOf(path.join(dataDir, SECRET_FILE))).toBe(0o600);
    expect(modeOf(path.join(dataDir, SQLITE_FILE))).toBe(0o600);
    expect(log.join('\n')).toMatch(/session-secret 的权限是 0644.*已改为 0600/);
  });
});
