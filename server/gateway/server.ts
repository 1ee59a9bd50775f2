import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { performance } from 'perf_hooks';
import { openAppContext } from '../applications/open';
import type { AppContext } from '../applications/context';
import { FUNCTIONS } from '../functions';
import { Envelope, respond } from '../respond';
import { createSessions, devOpenid, loadSessionSecret } from './session';
import { serveStatic } from './static';

export interface GatewayOptions {
  port?: number;
  host?: string;
  dataDir: string;
  /** The H5 build to serve (dist/h5); API only when absent. */
  h5Dir?: string;
  /** Production refuses development logins: identity then comes only from the platform. */
  production?: boolean;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface Gateway {
  url: string;
  server: Server;
  app: AppContext;
  close(): Promise<void>;
}

/** A material image is at most 5 MB, which base64 makes about 6.7 MB. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

class HttpRefusal {
  constructor(readonly status: number, readonly code: string, readonly message: string) {}
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Refuse at once, keep nothing more, and let the rest drain: destroying the socket here would reset the
        // connection before the 413 reaches the client, which would then see a network error instead of the reason.
        reject(new HttpRefusal(413, 'INVALID_INPUT', '提交的内容太大（上限 8 MB），请压缩图片后重试'));
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpRefusal(400, 'INVALID_INPUT', '请求不是有效的 JSON'));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: Envelope): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * The local gateway: the H5 build plus `POST /api/<function>` running the very handlers the cloud functions run, on
 * the embedded SQLite store. Each request is logged as one line without its body (bodies carry ID numbers).
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const env = { ...(options.env ?? process.env), DATA_DIR: options.dataDir };
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const app = await openAppContext(env);
  const secret = loadSessionSecret(options.dataDir, env);
  const sessions = createSessions(secret);

  async function api(name: string, req: IncomingMessage): Promise<{ status: number; body: Envelope }> {
    if (req.method !== 'POST') throw new HttpRefusal(405, 'INVALID_INPUT', '请用 POST 调用接口');
    const event = await readBody(req);
    if (name === 'dev-login') {
      if (options.production) throw new HttpRefusal(403, 'FORBIDDEN', '正式环境不提供开发登录，请在微信中使用');
      const user = event && typeof event === 'object' ? (event as { user?: unknown }).user : undefined;
      const openid = devOpenid(user, secret);
      return { status: 200, body: { ok: true, data: { token: sessions.issue(openid) } } };
    }
    const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!fn) throw new HttpRefusal(404, 'NOT_FOUND', '没有这个接口');
    if (fn.kind === 'compute') return { status: 200, body: await respond(() => fn.handle(event), log) };
    const header = req.headers['x-session'];
    const openid = sessions.verify(Array.isArray(header) ? header[0] : header);
    if (!openid) throw new HttpRefusal(401, 'UNAUTHENTICATED', '登录已过期，请重新进入小程序');
    return { status: 200, body: await respond(() => fn.handle(app, { openid }, event), log) };
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://local');
    const done = (status: number) => log(`${req.method} ${url.pathname} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    if (url.pathname.startsWith('/api/')) {
      api(url.pathname.slice(5), req)
        .then(({ status, body }) => {
          send(res, status, body);
          done(status);
        })
        .catch((e) => {
          const refusal = e instanceof HttpRefusal ? e : new HttpRefusal(500, 'INTERNAL', '服务暂时不可用，请稍后再试');
          if (!(e instanceof HttpRefusal)) log(`internal error: ${e instanceof Error ? e.message : String(e)}`);
          send(res, refusal.status, { ok: false, code: refusal.code, message: refusal.message });
          done(refusal.status);
        });
      return;
    }
    if (options.h5Dir && (req.method === 'GET' || req.method === 'HEAD')) {
      serveStatic(options.h5Dir, req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('页面不存在');
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    app,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await app.store.close();
    },
  };
}
