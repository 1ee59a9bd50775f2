import fs from 'fs';
import path from 'path';
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

export function localFileStorage(dataDir: string): FileStorage {
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
      await fs.promises.mkdir(path.dirname(full), { recursive: true });
      // Write to a temporary name and rename, so a crash never leaves a half image under the final name.
      const tmp = `${full}.${process.pid}.tmp`;
      await fs.promises.writeFile(tmp, bytes, { mode: 0o600 });
      await fs.promises.rename(tmp, full);
      return relativePath;
    },
    read: (storagePath) => fs.promises.readFile(resolve(storagePath)),
    async remove(storagePath) {
      await fs.promises.rm(resolve(storagePath), { force: true });
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
