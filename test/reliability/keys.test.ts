/**
 * The ID encryption key (issue 11): kept outside DATA_DIR, so a copy of the data directory alone decrypts nothing;
 * checked against the store at every start, so a wrong key (ID_ENCRYPTION_KEY or a replaced file) is refused instead
 * of sealing new numbers under a second key; never invented for a store that already holds sealed numbers; moved out
 * of DATA_DIR where an older version left it. Every environment here names its own temp directories: no test reads
 * or writes the real home directory.
 */
import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { openAppContext } from '../../server/applications/open';
import { createDraft } from '../../server/applications';
import type { AppContext } from '../../server/applications/context';
import { idKeyFile, KEY_FILE } from '../../server/crypto/key';
import { KEY_CHECK, keyCheckValue } from '../../server/crypto/key-check';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { FATHER_ID, longTermForFather } from '../applications/helpers';

const dirs: string[] = [];
function tmp(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `yibao-keys-${label}-`));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A machine: its data directory and its user's config directory. */
function machine(): { dataDir: string; config: string; env: NodeJS.ProcessEnv; keyFile: string } {
  const dataDir = tmp('data');
  const config = tmp('config');
  return { dataDir, config, env: { DATA_DIR: dataDir, XDG_CONFIG_HOME: config }, keyFile: path.join(config, 'yibao', KEY_FILE) };
}

async function open(env: NodeJS.ProcessEnv, log: string[] = []): Promise<AppContext> {
  return openAppContext(env, { log: (l) => log.push(l) });
}

/** Leaves sealed ID numbers in the store: a family member, and an application for the father. */
async function sealSomething(ctx: AppContext): Promise<void> {
  const now = new Date().toISOString();
  await ctx.store.putFamilyMember({ id: 'fm-1', openid: 'dev_keys_owner', name: '张大山', relation: 'parent', idNumber: ctx.cipher.seal(FATHER_ID), phone: null, createdAt: now, updatedAt: now });
  await createDraft(ctx, { openid: 'dev_keys_owner' }, { content: longTermForFather() });
}

async function familyMemberId(ctx: AppContext): Promise<string> {
  const member = await ctx.store.getFamilyMember('fm-1');
  return ctx.cipher.open(member!.idNumber);
}

/** A store written before check values existed: the same file without its meta row. */
function forgetCheckValue(dataDir: string): void {
  const db = new Database(path.join(dataDir, SQLITE_FILE));
  db.prepare('DELETE FROM meta WHERE key = ?').run(KEY_CHECK);
  db.close();
}

function copyDir(from: string): string {
  const to = tmp('copy');
  fs.cpSync(from, to, { recursive: true });
  return to;
}

describe('where the local key lives', () => {
  it('YIBAO_KEY_FILE, else $XDG_CONFIG_HOME/yibao/id-encryption.key — never under DATA_DIR', () => {
    expect(idKeyFile({ YIBAO_KEY_FILE: '/srv/keys/yibao.key', XDG_CONFIG_HOME: '/x' })).toBe('/srv/keys/yibao.key');
    expect(idKeyFile({ XDG_CONFIG_HOME: '/home/office/.config', DATA_DIR: '/home/office/data' })).toBe('/home/office/.config/yibao/id-encryption.key');
    // A relative XDG_CONFIG_HOME is ignored (XDG); the process's own then applies (this suite's temp directory).
    expect(idKeyFile({ XDG_CONFIG_HOME: 'relative' })).toBe(path.join(process.env.XDG_CONFIG_HOME!, 'yibao', KEY_FILE));
  });

  it('the first start creates it in the config directory (0600, in a 0700 folder), nothing key-like in DATA_DIR', async () => {
    const m = machine();
    const ctx = await open(m.env);
    await sealSomething(ctx);
    await ctx.store.close();
    expect(fs.statSync(m.keyFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(m.keyFile)).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(m.dataDir).filter((f) => /key/i.test(f))).toEqual([]);
    // The same machine starts again and reads what it sealed.
    const again = await open(m.env);
    expect(await familyMemberId(again)).toBe(FATHER_ID);
    await again.store.close();
  });

  it('a copy of the data directory alone decrypts nothing, and no key is invented for it', async () => {
    const m = machine();
    const ctx = await open(m.env);
    await sealSomething(ctx);
    await ctx.store.close();
    const stolen = { DATA_DIR: copyDir(m.dataDir), XDG_CONFIG_HOME: tmp('elsewhere') };
    await expect(open(stolen)).rejects.toThrow(/已有加密的身份证号，但找不到它们的密钥/);
    expect(fs.existsSync(idKeyFile(stolen))).toBe(false);
  });

  it('an existing key file readable by others is tightened to 0600, with a warning', async () => {
    const m = machine();
    (await open(m.env)).store.close();
    fs.chmodSync(m.keyFile, 0o644);
    const log: string[] = [];
    const ctx = await open(m.env, log);
    await ctx.store.close();
    expect(fs.statSync(m.keyFile).mode & 0o777).toBe(0o600);
    expect(log.join('\n')).toMatch(/权限是 0644.*已改为 0600/);
  });
});

describe('the key check value in the store', () => {
  it('is written once, at the first start, and reveals nothing of the key', async () => {
    const m = machine();
    const ctx = await open(m.env);
    const check = await ctx.store.getMeta(KEY_CHECK);
    await ctx.store.close();
    const key = Buffer.from(fs.readFileSync(m.keyFile, 'utf8').trim(), 'base64');
    expect(check?.value).toBe(keyCheckValue(key));
    expect(check?.value).not.toContain(key.toString('hex').slice(0, 8));
  });

  it('a different ID_ENCRYPTION_KEY than the data was sealed with is refused at start', async () => {
    const dataDir = tmp('env');
    const key = randomBytes(32).toString('base64');
    const ctx = await open({ DATA_DIR: dataDir, ID_ENCRYPTION_KEY: key });
    await sealSomething(ctx);
    await ctx.store.close();
    await expect(open({ DATA_DIR: dataDir, ID_ENCRYPTION_KEY: randomBytes(32).toString('base64') })).rejects.toThrow(/不匹配/);
    // Even before anything was sealed, the store belongs to the key it started with.
    const empty = tmp('env-empty');
    (await open({ DATA_DIR: empty, ID_ENCRYPTION_KEY: key })).store.close();
    await expect(open({ DATA_DIR: empty, ID_ENCRYPTION_KEY: randomBytes(32).toString('base64') })).rejects.toThrow(/不匹配/);
    const back = await open({ DATA_DIR: dataDir, ID_ENCRYPTION_KEY: key });
    expect(await familyMemberId(back)).toBe(FATHER_ID);
    await back.store.close();
  });

  it('a replaced key file is refused; a missing one is not recreated', async () => {
    const m = machine();
    const ctx = await open(m.env);
    await sealSomething(ctx);
    await ctx.store.close();
    const original = fs.readFileSync(m.keyFile, 'utf8');
    fs.writeFileSync(m.keyFile, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    await expect(open(m.env)).rejects.toThrow(/不匹配/);
    fs.rmSync(m.keyFile);
    await expect(open(m.env)).rejects.toThrow(/找不到它们的密钥/);
    expect(fs.existsSync(m.keyFile)).toBe(false);
    fs.writeFileSync(m.keyFile, original, { mode: 0o600 });
    const restored = await open(m.env);
    expect(await familyMemberId(restored)).toBe(FATHER_ID);
    await restored.store.close();
  });

  it('a weak ID_ENCRYPTION_KEY (32 zero bytes) is refused', async () => {
    await expect(open({ DATA_DIR: tmp('weak'), ID_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') })).rejects.toThrow(/不是随机生成的/);
  });

  it('two starts at the same moment on a fresh store agree on one key', async () => {
    const m = machine();
    const [a, b] = await Promise.all([open(m.env), open(m.env)]);
    await sealSomething(a);
    expect(await familyMemberId(b)).toBe(FATHER_ID);
    await a.store.close();
    await b.store.close();
  });
});

describe('a store written before check values existed', () => {
  it('gets its check value from the current key when that key opens an existing sealed number', async () => {
    const m = machine();
    const ctx = await open(m.env);
    await sealSomething(ctx);
    await ctx.store.close();
    forgetCheckValue(m.dataDir);
    const again = await open(m.env);
    expect(await again.store.getMeta(KEY_CHECK)).not.toBeNull();
    await again.store.close();
  });

  it('is refused with a key that does not open its sealed numbers, and keeps no check value', async () => {
    const m = machine();
    const ctx = await open(m.env);
    await sealSomething(ctx);
    await ctx.store.close();
    forgetCheckValue(m.dataDir);
    await expect(open({ ...m.env, ID_ENCRYPTION_KEY: randomBytes(32).toString('base64') })).rejects.toThrow(/不匹配/);
    const db = new Database(path.join(m.dataDir, SQLITE_FILE), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM meta').get()).toEqual({ n: 0 });
    db.close();
  });

  it('with only family members (no application) is checked against one of them: a wrong key is refused, the right one starts', async () => {
    const m = machine();
    const ctx = await open(m.env);
    const now = new Date().toISOString();
    await ctx.store.putFamilyMember({ id: 'fm-1', openid: 'dev_keys_owner', name: '张大山', relation: 'parent', idNumber: ctx.cipher.seal(FATHER_ID), phone: null, createdAt: now, updatedAt: now });
    await ctx.store.close();
    forgetCheckValue(m.dataDir);
    await expect(open({ ...m.env, ID_ENCRYPTION_KEY: randomBytes(32).toString('base64') })).rejects.toThrow(/不匹配/);
    const again = await open(m.env);
    expect((await again.store.getMeta('idEncryptionKeyCheck'))?.value).toMatch(/^v1:/);
    await again.store.close();
  });

  it('with only drafts that carry no ID number is a new store: it starts and gets its check value', async () => {
    const m = machine();
    const ctx = await open(m.env);
    await createDraft(ctx, { openid: 'dev_keys_owner' }, { content: { type: 'remoteFiling' } });
    await ctx.store.close();
    forgetCheckValue(m.dataDir);
    fs.rmSync(m.keyFile);
    const again = await open(m.env);
    expect(await again.store.getMeta(KEY_CHECK)).not.toBeNull();
    await again.store.close();
  });

  it('is refused when it holds sealed numbers and no key at all', async () => {
    const m = machine();
    const ctx = await open(m.env);
    await sealSomething(ctx);
    await ctx.store.close();
    forgetCheckValue(m.dataDir);
    fs.rmSync(m.keyFile);
    await expect(open(m.env)).rejects.toThrow(/不会新建密钥/);
    expect(fs.existsSync(m.keyFile)).toBe(false);
  });
});

describe('a key an older version left in DATA_DIR', () => {
  /** The layout before this change: the key beside the data. */
  async function oldLayout(): Promise<ReturnType<typeof machine> & { oldKey: string }> {
    const m = machine();
    const oldKey = path.join(m.dataDir, KEY_FILE);
    const key = randomBytes(32).toString('base64');
    const ctx = await open({ ...m.env, ID_ENCRYPTION_KEY: key });
    await sealSomething(ctx);
    await ctx.store.close();
    forgetCheckValue(m.dataDir);
    fs.writeFileSync(oldKey, key + '\n', { mode: 0o600 });
    return { ...m, oldKey };
  }

  it('is moved out to the config directory on start, with a message, and still opens the data', async () => {
    const m = await oldLayout();
    const log: string[] = [];
    const ctx = await open(m.env, log);
    expect(await familyMemberId(ctx)).toBe(FATHER_ID);
    await ctx.store.close();
    expect(fs.existsSync(m.oldKey)).toBe(false);
    expect(fs.statSync(m.keyFile).mode & 0o777).toBe(0o600);
    expect(log.join('\n')).toContain(`身份证号密钥已从数据目录移到 ${m.keyFile}`);
    // The data directory alone no longer opens anything.
    await expect(open({ DATA_DIR: copyDir(m.dataDir), XDG_CONFIG_HOME: tmp('elsewhere') })).rejects.toThrow(/找不到它们的密钥/);
  });

  it('is refused when a different key already sits in the new place', async () => {
    const m = await oldLayout();
    fs.mkdirSync(path.dirname(m.keyFile), { recursive: true });
    fs.writeFileSync(m.keyFile, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    await expect(open(m.env)).rejects.toThrow(/两把不同的身份证号密钥/);
    expect(fs.existsSync(m.oldKey)).toBe(true);
  });
});
