import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { createSecretFile, readSecretFile } from './secret-file';
import { weakSecretReason } from './secret-strength';

/**
 * The key that encrypts ID numbers at rest. In the cloud it comes from the environment (ID_ENCRYPTION_KEY, base64 of
 * 32 bytes); on one machine it is a key file, readable by its owner only, kept OUTSIDE the data directory so that a
 * copy of DATA_DIR (a backup, a laptop) alone decrypts nothing: YIBAO_KEY_FILE, else
 * $XDG_CONFIG_HOME/yibao/id-encryption.key, else ~/.config/yibao/id-encryption.key. Losing the key makes stored ID
 * numbers unreadable, so an existing file is never overwritten; whether a key may be created at all, and whether it
 * is the key of the stored data, is decided against the store (key-check.ts).
 */
export const KEY_FILE = 'id-encryption.key';

/**
 * Where the local key file is. XDG_CONFIG_HOME and the home directory describe the machine's user rather than the
 * deployment: when the given environment does not name XDG_CONFIG_HOME, the process's own applies (as os.homedir()
 * does for the home directory). A relative XDG_CONFIG_HOME is ignored, as the XDG specification says.
 */
export function idKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.YIBAO_KEY_FILE) return path.resolve(env.YIBAO_KEY_FILE);
  const xdg = [env.XDG_CONFIG_HOME, process.env.XDG_CONFIG_HOME].find((d) => d && path.isAbsolute(d));
  return path.join(xdg ?? path.join(os.homedir(), '.config'), 'yibao', KEY_FILE);
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function decodeKey(text: string, where: string): Buffer {
  const t = text.trim();
  const key = BASE64.test(t) ? Buffer.from(t, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) throw new Error(`${where} 应当是正好 32 个字节的 base64 编码（可用 openssl rand -base64 32 生成）`);
  const weak = weakSecretReason(key);
  if (weak) throw new Error(`${where} 不能用作身份证号密钥：${weak}`);
  return key;
}

/** The key as configured: where it comes from, the key itself when there is one, and how to make one when not. */
export interface ConfiguredKey {
  /** "ID_ENCRYPTION_KEY" or the key file's path, for messages. */
  where: string;
  key: Buffer | null;
  /** Creates the key file (never over an existing one); null for ID_ENCRYPTION_KEY, which is never invented. */
  create: (() => Buffer) | null;
}

/**
 * The configured key, without creating one. `dataDir` is where a key of an older version may still be lying
 * (DATA_DIR/id-encryption.key): it is moved out to the key file's place first, with a message saying so.
 */
export function configuredIdKey(options: { env?: NodeJS.ProcessEnv; dataDir?: string; log?: (line: string) => void } = {}): ConfiguredKey {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const old = options.dataDir ? path.join(options.dataDir, KEY_FILE) : null;
  if (env.ID_ENCRYPTION_KEY !== undefined) {
    if (old && fs.existsSync(old)) log(`注意：数据目录里还有密钥文件 ${old}。已配置 ID_ENCRYPTION_KEY，不会用它；请把它移出数据目录另行保管。`);
    return { where: 'ID_ENCRYPTION_KEY', key: decodeKey(env.ID_ENCRYPTION_KEY, 'ID_ENCRYPTION_KEY'), create: null };
  }
  const file = idKeyFile(env);
  if (old && path.resolve(old) !== file) moveOldKeyFile(old, file, log);
  const text = readSecretFile(file, log);
  return {
    where: file,
    key: text === null ? null : decodeKey(text, file),
    create: () => {
      createSecretFile(file, randomBytes(32).toString('base64') + '\n');
      // Whoever created it (this process, or another starting at the same moment), this is the key now.
      return decodeKey(readSecretFile(file, log) ?? '', file);
    },
  };
}

/** A key from DATA_DIR goes to its own place: copied (the two may be on different disks), synced, then removed. */
function moveOldKeyFile(old: string, file: string, log: (line: string) => void): void {
  const oldText = readSecretFile(old, log);
  if (oldText === null) return;
  const oldKey = decodeKey(oldText, old);
  const current = readSecretFile(file, log);
  if (current !== null && !decodeKey(current, file).equals(oldKey)) {
    throw new Error(
      `发现两把不同的身份证号密钥：${old}（旧位置）和 ${file}。请确认哪一把属于这份数据：` +
        `用 YIBAO_KEY_FILE 指定它，并把另一把移走保管，然后再启动。`,
    );
  }
  if (current === null) createSecretFile(file, oldText);
  if (!decodeKey(readSecretFile(file, log) ?? '', file).equals(oldKey)) throw new Error(`无法把密钥移到 ${file}`);
  fs.unlinkSync(old);
  log(
    `身份证号密钥已从数据目录移到 ${file}。数据目录的副本从此不能单独解密身份证号；` +
      `请把这个密钥文件与数据分开备份——丢失它，已存的身份证号就无法恢复。`,
  );
}

/**
 * The key from ID_ENCRYPTION_KEY, or else the existing key file. For callers that have no store to check against
 * (the cloud functions, where ID_ENCRYPTION_KEY is required); never creates a key.
 */
export function loadIdKey(options: { env?: NodeJS.ProcessEnv; dataDir?: string; log?: (line: string) => void } = {}): Buffer {
  const found = configuredIdKey(options);
  if (!found.key) throw new Error(`没有身份证号密钥：请设置 ID_ENCRYPTION_KEY，或把密钥文件放在 ${found.where}`);
  return found.key;
}
