import fs from 'fs';
import path from 'path';

/**
 * Files that hold a secret (the session secret, the ID encryption key): readable and writable by their owner only.
 * A new one is created 0600 in a 0700 directory, and never over an existing file ('wx': two processes starting
 * together cannot both create one). An existing one with a looser mode is tightened, not refused: refusing would not
 * undo what another account may already have read, tightening stops it from now on, and the warning says so.
 */
export const OWNER_ONLY = 0o600;

/** Creates `file` with `content` unless it exists; true when this call created it. */
export function createSecretFile(file: string, content: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    const fd = fs.openSync(file, 'wx', OWNER_ONLY);
    try {
      fs.writeSync(fd, content);
      // The secret must be on disk before anything is encrypted or signed with it.
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The text of an existing secret file after making sure only its owner can read it; null when there is none. */
export function readSecretFile(file: string, warn: (line: string) => void): string | null {
  let mode: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new Error(`${file} 不是普通文件`);
    mode = st.mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (mode & 0o077) {
    fs.chmodSync(file, OWNER_ONLY);
    warn(`注意：${file} 的权限是 ${mode.toString(8).padStart(4, '0')}，其他账户可能读过它；已改为 0600（仅本人可读写）。`);
  }
  return fs.readFileSync(file, 'utf8');
}
