import type { IncomingMessage } from 'http';
import { InFlightBudget, sizeLabel } from './limits';

/** A refusal the gateway answers itself, before or instead of any function: status, code and a Chinese message. */
export class HttpRefusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

export const RETRY_AFTER_SECONDS = 1;

/** A route's body limit, and what its refusal adds to "too large" (an upload: compress the photo). */
export interface BodyRule {
  maxBytes: number;
  hint?: string;
}

function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  // Node's parser has already refused a malformed or conflicting Content-Length.
  return header === undefined ? null : Number(header);
}

/**
 * Admits a request's body before reading any of it: over the route's limit by Content-Length is 413, no room in
 * the in-flight budget is 503. The share taken is the declared length, or the whole limit for a chunked body.
 * Returns the function that gives the share back.
 */
export function admitBody(req: IncomingMessage, rule: BodyRule, budget: InFlightBudget): () => void {
  const declared = declaredLength(req);
  if (declared !== null && declared > rule.maxBytes) throw tooLarge(rule);
  const release = budget.reserve(declared ?? rule.maxBytes);
  if (!release) throw new HttpRefusal(503, 'BUSY', '服务正忙，请稍后再试', { 'retry-after': String(RETRY_AFTER_SECONDS) });
  return release;
}

function tooLarge(rule: BodyRule): HttpRefusal {
  return new HttpRefusal(413, 'INVALID_INPUT', `提交的内容太大（上限 ${sizeLabel(rule.maxBytes)}）${rule.hint ? `，${rule.hint}` : ''}`);
}

/**
 * The body's bytes, at most the rule's `maxBytes`. Past the limit it refuses at once and keeps nothing more, but
 * goes on draining: destroying the socket here would reset the connection before the 413 reaches the client, which
 * would then see a network error instead of the reason. Settles when the client goes away mid-body too, so its
 * in-flight share is always given back. Serves the JSON routes and the raw upload route (a photo as the file
 * itself, like `wx.cloud.uploadFile` sends it).
 */
export function readBody(req: IncomingMessage, rule: BodyRule): Promise<Buffer> {
  const { maxBytes } = rule;
  return new Promise((resolve, reject) => {
    const declared = declaredLength(req);
    // With a declared length the bytes go straight into one buffer: no list of chunks, no second copy.
    let whole: Buffer | null = declared !== null ? Buffer.allocUnsafe(declared) : null;
    let chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      if (size + chunk.length > maxBytes || (whole && size + chunk.length > whole.length)) {
        refused = true;
        whole = null;
        chunks = [];
        reject(tooLarge(rule));
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    // The answer will not reach anyone; the refusal only ends the request (and is logged as a 400, not a fault).
    const gone = () => reject(new HttpRefusal(400, 'INVALID_INPUT', '请求没有发送完整'));
    req.on('error', gone);
    req.on('close', () => {
      if (!req.complete) gone();
    });
    req.on('end', () => {
      if (refused) return;
      const bytes = whole ? whole.subarray(0, size) : Buffer.concat(chunks);
      whole = null;
      chunks = [];
      resolve(bytes);
    });
  });
}

/** The body as JSON ({} when empty), read by readBody under the same limit. */
export async function readJsonBody(req: IncomingMessage, rule: BodyRule): Promise<unknown> {
  const text = (await readBody(req, rule)).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, 'INVALID_INPUT', '请求不是有效的 JSON');
  }
}
