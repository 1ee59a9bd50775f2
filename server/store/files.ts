import fs from 'fs';
import path from 'path';
import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { cloudbaseApp, CloudbaseConfig } from './cloudbase';

/**
 * Where uploaded material images go: a files directory next to the embedded store (DATA_DIR/files), or CloudBase
 * cloud storage. Metadata lives in the Store; this only holds bytes.
 */
export interface FileStorage {
  /** Stores the bytes under a relative path; returns what to keep as `storagePath`. */
  put(relativePath: string, bytes: Buffer): Promise<string>;
  read(storagePath: string): Promise<Buffer>;
  remove(storagePath: string): Promise<void>;
  /**
   * A short-lived address from which the material's own bytes can be shown (a thumbnail, a preview), made only after
   * the caller's access was checked (server/applications/material-read.ts). CloudBase: a temporary URL from
   * getTempFileURL with `maxAge` (the client reads nothing itself: the rules say `read: false`). Locally: the
   * gateway's GET /api/material-image/<id> with an HMAC over (material, account, stored file, expiry).
   */
  link(grant: LinkGrant, expiresAt: Date): Promise<string>;
  /** Local only: whether a gateway link's signature is this storage's for that grant and has not expired. */
  checkLink?(grant: LinkGrant, expiresAtSeconds: number, signature: string, now: Date): boolean;
  /** Photos the mini-program uploaded itself, before a function checks and re-encodes them (attach.ts). */
  inbox: UploadInbox;
}

/**
 * Where the client's own uploads land: on CloudBase the client's `wx.cloud.uploadFile` writes to the cloudPath an
 * upload ticket named, and the storage security rules let it write there only (cloudbase/storage.rules.json);
 * locally the gateway's raw upload route writes under DATA_DIR/files/inbox. Either way an upload is known by a
 * fileID, which the function maps back to its cloudPath to check the ticket.
 */
export interface UploadInbox {
  /** The cloudPath a fileID of this storage stands for; null for anything else (another environment's file, junk). */
  cloudPathOf(fileId: string): string | null;
  /** Local only (the gateway's route): stores a raw upload at the ticket's cloudPath and returns its fileID. */
  put(cloudPath: string, bytes: Buffer): Promise<string>;
  /** The upload's size in bytes, or null when there is no such file (never uploaded, expired, already attached). */
  sizeOf(fileId: string): Promise<number | null>;
  read(fileId: string): Promise<Buffer>;
  remove(fileId: string): Promise<void>;
}

/** Who may read which stored file: a link is good for this material of this account only, and for this very file. */
export interface LinkGrant {
  materialId: string;
  openid: string;
  storagePath: string;
}

/** Where the gateway serves a material's bytes (server/gateway/material-image.ts). */
export const MATERIAL_IMAGE_ROUTE = '/api/material-image/';

/**
 * The key of local links: random per storage object, never written anywhere. The gateway and the functions it runs
 * share one context, so one key signs and checks; a restart ends every link (they last minutes anyway).
 */
function linkSigner(key: Buffer) {
  const sign = (g: LinkGrant, exp: number) =>
    createHmac('sha256', key).update(`${g.materialId}\n${g.openid}\n${g.storagePath}\n${exp}`).digest('base64url');
  return {
    url(g: LinkGrant, expiresAt: Date): string {
      const exp = Math.floor(expiresAt.getTime() / 1000);
      const q = new URLSearchParams({ a: g.openid, e: String(exp), s: sign(g, exp) });
      return `${MATERIAL_IMAGE_ROUTE}${encodeURIComponent(g.materialId)}?${q.toString()}`;
    },
    check(g: LinkGrant, exp: number, signature: string, now: Date): boolean {
      if (!Number.isSafeInteger(exp) || exp * 1000 <= now.getTime()) return false;
      const want = Buffer.from(sign(g, exp));
      const got = Buffer.from(signature);
      return got.length === want.length && timingSafeEqual(got, want);
    },
  };
}

/** The cloudPath prefix of client uploads: the only place the security rules let a client write. */
export const INBOX_PREFIX = 'yibao/uploads/';

const LOCAL_SCHEME = 'local://';

/** The part of `fs.promises` the local storage uses: tests pass one that fails like a full disk. */
export type FileSystem = Pick<typeof fs.promises, 'mkdir' | 'writeFile' | 'rename' | 'rm' | 'readFile'> & Partial<Pick<typeof fs.promises, 'stat'>>;

export function localFileStorage(dataDir: string, files: FileSystem = fs.promises): FileStorage {
  const root = path.join(dataDir, 'files');
  const resolve = (p: string) => {
    const full = path.resolve(root, p);
    // Paths are built by the service from generated ids; this refuses anything that would leave the directory.
    if (!full.startsWith(root + path.sep)) throw new Error(`path outside the files directory: ${p}`);
    return full;
  };
  const put = async (relativePath: string, bytes: Buffer) => {
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
  };
  // A local fileID is `local://` and the cloudPath; the bytes sit at files/inbox/<name>.
  const inboxPath = (fileId: string) => {
    const cloudPath = localCloudPath(fileId);
    if (!cloudPath) throw new Error(`not a local upload: ${fileId}`);
    return `inbox/${cloudPath.slice(INBOX_PREFIX.length)}`;
  };
  const stat = files.stat ?? fs.promises.stat;
  const links = linkSigner(randomBytes(32));
  return {
    put,
    read: (storagePath) => files.readFile(resolve(storagePath)),
    link: async (grant, expiresAt) => links.url(grant, expiresAt),
    checkLink: (grant, exp, signature, now) => links.check(grant, exp, signature, now),
    async remove(storagePath) {
      await files.rm(resolve(storagePath), { force: true });
    },
    inbox: {
      cloudPathOf: localCloudPath,
      async put(cloudPath, bytes) {
        const fileId = `${LOCAL_SCHEME}${cloudPath}`;
        await put(inboxPath(fileId), bytes);
        return fileId;
      },
      async sizeOf(fileId) {
        try {
          return (await stat(resolve(inboxPath(fileId)))).size;
        } catch {
          return null;
        }
      },
      read: (fileId) => files.readFile(resolve(inboxPath(fileId))),
      async remove(fileId) {
        await files.rm(resolve(inboxPath(fileId)), { force: true });
      },
    },
  };
}

/** Upload names are generated ids: one path segment of letters and digits under the inbox prefix, nothing else. */
const UPLOAD_NAME = /^[0-9a-z]{1,64}\.upload$/;

export function uploadCloudPath(cloudPath: string): string | null {
  if (!cloudPath.startsWith(INBOX_PREFIX)) return null;
  return UPLOAD_NAME.test(cloudPath.slice(INBOX_PREFIX.length)) ? cloudPath : null;
}

function localCloudPath(fileId: string): string | null {
  return fileId.startsWith(LOCAL_SCHEME) ? uploadCloudPath(fileId.slice(LOCAL_SCHEME.length)) : null;
}

/**
 * A CloudBase fileID is `cloud://<env>.<bucket>/<cloudPath>`; only this environment's files are ours to read. The
 * name is the upload's proof of nothing by itself: attach.ts checks it is the caller's ticket.
 * Exported for tests: the parsing is the part that can be checked offline.
 */
export function cloudCloudPath(env: string | undefined, fileId: string): string | null {
  const m = /^cloud:\/\/([^/]+)\/(.+)$/.exec(fileId);
  // Inside a cloud function the SDK runs on the current environment without naming it; the ticket is the proof then.
  if (!m || (env && !m[1].startsWith(`${env}.`))) return null;
  return uploadCloudPath(m[2]);
}

/** The @cloudbase/node-sdk storage calls the inbox uses (types/index.d.ts of the SDK: getFileInfo, downloadFile). */
type CloudStorageApi = {
  getTempFileURL(o: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{ fileList?: Array<{ tempFileURL?: string; code?: string }> }>;
  getFileInfo(o: { fileList: string[] }): Promise<{ fileList?: Array<{ size?: number; code?: string }> }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent: string | Buffer | undefined }>;
};

/** CloudBase cloud storage: the stored path is the fileID uploadFile returns. */
export function cloudbaseFileStorage(config: CloudbaseConfig, prefix = 'yibao/materials'): FileStorage {
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
    async link(grant, expiresAt) {
      // The server SDK's getTempFileURL (admin rights, after the function's own access check): maxAge in seconds,
      // one file per call here; a missing file answers with a code other than SUCCESS and no URL.
      const maxAge = Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
      const res = await (cloudbaseApp(config) as unknown as CloudStorageApi).getTempFileURL({ fileList: [{ fileID: grant.storagePath, maxAge }] });
      const info = res.fileList?.[0];
      if (!info?.tempFileURL || (info.code && info.code !== 'SUCCESS')) throw new Error(`no temporary URL for ${grant.materialId}: ${info?.code ?? 'empty answer'}`);
      return info.tempFileURL;
    },
    inbox: {
      cloudPathOf: (fileId) => cloudCloudPath(config.env, fileId),
      // The store's own view of the SDK (cloudbase.ts) types only what the store uses; these are the storage calls.
      async put(cloudPath, bytes) {
        return (await cloudbaseApp(config).uploadFile({ cloudPath, fileContent: bytes })).fileID;
      },
      async sizeOf(fileId) {
        // getFileInfo answers per file; a missing one comes back with a code and no size.
        const res = await (cloudbaseApp(config) as unknown as CloudStorageApi).getFileInfo({ fileList: [fileId] });
        const info = res.fileList?.[0];
        return info && typeof info.size === 'number' && (!info.code || info.code === 'SUCCESS') ? info.size : null;
      },
      async read(fileId) {
        const { fileContent } = await (cloudbaseApp(config) as unknown as CloudStorageApi).downloadFile({ fileID: fileId });
        return Buffer.isBuffer(fileContent) ? fileContent : Buffer.from(fileContent ?? '');
      },
      async remove(fileId) {
        await cloudbaseApp(config).deleteFile({ fileList: [fileId] });
      },
    },
  };
}
