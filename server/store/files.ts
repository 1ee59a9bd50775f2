import fs from 'fs';
import path from 'path';
import { randomBytes } from 'crypto';
import { cloudbaseApp } from './cloudbase';

/**
 * Where uploaded material images go: a files directory next to the embedded store (DATA_DIR/files), or CloudBase
 * cloud storage. Metadata lives in the Store; this only holds bytes.
 */
export interface FileStorage {
  /** Stores the bytes under a relative path; returns what to keep as `storagePath`. */
  put(relativePath: string, bytes: Buffer): Promise<string>;
  read(storagePath: string): Promise<Buffer>;
  remove(storagePath: string): Promise<void>;
}

/** The part of `fs.promises` the local storage uses: tests pass one that fails like a full disk. */
export type FileSystem = Pick<typeof fs.promises, 'mkdir' | 'writeFile' | 'rename' | 'rm' | 'readFile'>;

export function localFileStorage(dataDir: string, files: FileSystem = fs.promises): FileStorage {
  const root = path.join(dataDir, 'files');
  const resolve = (p: string) => {
    const full = path.resolve(root, p);
    // Paths are built by the service from generated ids; this refuses anything that would leave the directory.
    if (!full.startsWith(root + path.sep)) throw new Error(`path outside the files directory: ${p}`);
    return full;
  };
  return {
    async put(relativePath, bytes) {
      const full = resolve(relativePath);
      await files.mkdir(path.dirname(full), { recursive: true });
      // Write to a temporary name and rename, so a crash never leaves a half image under the final name. The name is
      // unique per write (two writes of one path must not share a temporary file), and a failed write (a full disk)
      // removes what it wrote: no *.tmp is ever left behind.
      const tmp = `${full}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await files.writeFile(tmp, bytes, { mode: 0o600 });
        await files.rename(tmp, full);
      } catch (error) {
        await files.rm(tmp, { force: true }).catch(() => undefined);
        throw error;
      }
      return relativePath;
    },
    read: (storagePath) => files.readFile(resolve(storagePath)),
    async remove(storagePath) {
      await files.rm(resolve(storagePath), { force: true });
    },
  };
}

/** CloudBase cloud storage: the stored path is the fileID uploadFile returns. */
export function cloudbaseFileStorage(config: { env: string; secretId?: string; secretKey?: string }, prefix = 'yibao/materials'): FileStorage {
  return {
    async put(relativePath, bytes) {
      const res = await cloudbaseApp(config).uploadFile({ cloudPath: `${prefix}/${relativePath}`, fileContent: bytes });
      return res.fileID;
    },
    async read(storagePath) {
      const app = cloudbaseApp(config) as unknown as { downloadFile(o: { fileID: string }): Promise<{ fileContent: Buffer }> };
      return (await app.downloadFile({ fileID: storagePath })).fileContent;
    },
    async remove(storagePath) {
      await cloudbaseApp(config).deleteFile({ fileList: [storagePath] });
    },
  };
}
