import type { IncomingMessage } from 'http';
import { BodyRule, HttpRefusal } from './body';
import { sizeLabel } from './limits';

/**
 * A body as bytes (the raw upload route: a photo as the file itself, like `wx.cloud.uploadFile` sends it), at most
 * the rule's `maxBytes`. Like readJsonBody: past the limit it refuses at once and keeps nothing more but goes on
 * draining, so the 413 reaches the client; a client gone mid-body settles it too.
 */
export function readRawBody(req: IncomingMessage, rule: BodyRule): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      if (size + chunk.length > rule.maxBytes) {
        refused = true;
        chunks = [];
        reject(new HttpRefusal(413, 'INVALID_INPUT', `提交的内容太大（上限 ${sizeLabel(rule.maxBytes)}）${rule.hint ? `，${rule.hint}` : ''}`));
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
    });
    const gone = () => reject(new HttpRefusal(400, 'INVALID_INPUT', '请求没有发送完整'));
    req.on('error', gone);
    req.on('close', () => {
      if (!req.complete) gone();
    });
    req.on('end', () => {
      if (refused) return;
      const bytes = Buffer.concat(chunks);
      chunks = [];
      resolve(bytes);
    });
  });
}
