import fs from 'fs';
import path from 'path';
import { randomBytes } from 'crypto';

/**
 * The key that encrypts ID numbers at rest. In the cloud it comes from the environment (ID_ENCRYPTION_KEY, base64 of
 * 32 bytes); on one machine it is a key file created on first run under DATA_DIR, readable by its owner only.
 * Losing the key makes stored ID numbers unreadable, so an existing file is never overwritten.
 */
export const KEY_FILE = 'id-encryption.key';

export function loadIdKey(options: { env?: NodeJS.ProcessEnv; dataDir?: string } = {}): Buffer {
  const env = options.env ?? process.env;
  if (env.ID_ENCRYPTION_KEY) {
    const key = Buffer.from(env.ID_ENCRYPTION_KEY, 'base64');
    if (key.length !== 32) throw new Error('ID_ENCRYPTION_KEY must be the base64 encoding of exactly 32 bytes');
    return key;
  }
  const dir = options.dataDir ?? path.resolve(env.DATA_DIR || './data');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, KEY_FILE);
  try {
    // 'wx' fails if the file exists: two processes starting together cannot both create a key.
    fs.writeFileSync(file, randomBytes(32).toString('base64') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
