/**
 * The storage calls of @cloudbase/node-sdk as their documentation describes them, in memory: uploadFile answers a
 * fileID `cloud://<env>.<bucket>/<cloudPath>`; getTempFileURL takes `{ fileID, maxAge }` (seconds; default one day,
 * at most one day, at most 50 files a call) and answers per file `{ fileID, tempFileURL, code }`, code SUCCESS or,
 * for a file that is not there, STORAGE_FILE_NONEXIST with no URL; a URL stops working after maxAge; deleteFile
 * removes. Used with jest.mock('@cloudbase/node-sdk').
 */
export function fakeCloudStorage(env = 'test-env') {
  const files = new Map<string, Buffer>();
  const urls = new Map<string, { fileID: string; until: number }>();
  let now = () => Date.now();
  let n = 0;
  const app = {
    async uploadFile({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) {
      const fileID = `cloud://${env}.bucket/${cloudPath}`;
      files.set(fileID, Buffer.from(fileContent));
      return { fileID };
    },
    async downloadFile({ fileID }: { fileID: string }) {
      const fileContent = files.get(fileID);
      if (!fileContent) throw Object.assign(new Error('STORAGE_FILE_NONEXIST'), { code: 'STORAGE_FILE_NONEXIST' });
      return { fileContent };
    },
    async deleteFile({ fileList }: { fileList: string[] }) {
      for (const f of fileList) files.delete(f);
      return { fileList: fileList.map((fileID) => ({ fileID, code: 'SUCCESS' })) };
    },
    async getTempFileURL({ fileList }: { fileList: Array<string | { fileID: string; maxAge?: number }> }) {
      if (fileList.length > 50) throw Object.assign(new Error('fileList 最多 50 个'), { code: 'INVALID_PARAM' });
      return {
        fileList: fileList.map((f) => {
          const { fileID, maxAge = 86_400 } = typeof f === 'string' ? { fileID: f } : f;
          if (!files.has(fileID)) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
          const token = `t${++n}`;
          urls.set(token, { fileID, until: now() + Math.min(maxAge, 86_400) * 1000 });
          return { fileID, tempFileURL: `https://${env}.tcb.qcloud.la/${fileID.split('/').slice(3).join('/')}?sign=${token}`, code: 'SUCCESS' };
        }),
      };
    },
  };
  return {
    app,
    files,
    setNow(f: () => number) {
      now = f;
    },
    /** What fetching a temporary URL answers: the bytes while it is valid and the file exists, else null. */
    open(url: string): Buffer | null {
      const token = new URL(url).searchParams.get('sign') ?? '';
      const grant = urls.get(token);
      if (!grant || grant.until <= now()) return null;
      return files.get(grant.fileID) ?? null;
    },
  };
}
