import { createServer, IncomingMessage, Server, ServerResponse, STATUS_CODES } from 'http';
import type { AddressInfo } from 'net';
import type { Duplex } from 'stream';
import { performance } from 'perf_hooks';
import { openAppContext } from '../applications/open';
import type { AppContext } from '../applications/context';
import { FUNCTIONS } from '../functions';
import type { Envelope } from '../../shared/contract/envelope';
import { respond } from '../respond';
import { maskPersonalNumbers } from '../../shared/mask';
import { admitBody, BodyRule, HttpRefusal, readBody, readJsonBody } from './body';
import { DEFAULT_LIMITS, GatewayLimits, InFlightBudget } from './limits';
import { rawSecurityHeaders, SECURITY_HEADERS } from './security-headers';
import { createSessions, devOpenid, loadSessionSecret } from './session';
import { serveStatic } from './static';
import { isMaterialImagePath, serveMaterialImage } from './material-image';
import { isDocumentPath, serveDocument } from './documents';
import { isStaffApiPath, serveStaffApi, staffBodyRule } from '../staff/node-http';
import { isConsolePath, serveConsole } from '../staff/console-static';
import { staffApplicationRoutes } from '../staff/routes';
import type { StaffRoute } from '../staff/route';
import { startSessionSweep } from '../staff/session-sweep';
import { ticketApplication } from '../applications/attach';
import { MAX_MATERIAL_BYTES } from '../applications/materials';
import { uploadCloudPath } from '../store/files';

export interface GatewayOptions {
  port?: number;
  host?: string;
  dataDir: string;
  /** The H5 build to serve (dist/h5); API only when absent. */
  h5Dir?: string;
  /** The staff console's build to serve under /staff/ (dist/staff); its API (/staff/api/) is served either way. */
  staffDir?: string;
  /** Tests replace the staff API's application routes with a fixture list. */
  staffRoutes?: readonly StaffRoute[];
  /** Production refuses development logins and every X-Session: identity then comes only from the platform. */
  production?: boolean;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Tests tighten these (short timeouts, a small budget); the product runs on DEFAULT_LIMITS. */
  limits?: Partial<GatewayLimits>;
}

export interface Gateway {
  url: string;
  server: Server;
  app: AppContext;
  close(): Promise<void>;
}

type Answer = { status: number; body: Envelope; headers?: Record<string, string> };

const UNAUTHENTICATED = new HttpRefusal(401, 'UNAUTHENTICATED', '登录已过期，请重新进入小程序');
const PLATFORM_ONLY = new HttpRefusal(401, 'UNAUTHENTICATED', '正式环境只认微信里的身份，请在微信小程序中使用');
const INTERNAL = new HttpRefusal(500, 'INTERNAL', '服务暂时不可用，请稍后再试');
const BAD_TARGET = new HttpRefusal(400, 'INVALID_INPUT', '请求的地址无效');

function send(res: ServerResponse, status: number, body: Envelope, headers: Record<string, string> = {}): void {
  // An answer already under way cannot be replaced by another: end the connection instead of corrupting it.
  if (res.headersSent) return void res.destroy();
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function refuse(res: ServerResponse, refusal: HttpRefusal): void {
  send(res, refusal.status, { ok: false, code: refusal.code, message: refusal.message }, refusal.headers);
}

/** The request target's path, still percent-encoded; null when it is not a URL at all (`http://[zz/`). */
function requestPath(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://local').pathname;
  } catch {
    return null;
  }
}

/** A path as the log shows it: numbers that look personal masked, and never more than a line. */
function shownPath(path: string): string {
  const masked = maskPersonalNumbers(path);
  return masked.length > 120 ? `${masked.slice(0, 120)}…` : masked;
}

/**
 * Answers a request Node could not parse (bad request line, header overflow, header or request timeout), written
 * straight to the socket — there is no response object. Like Node's own default, nothing is written when an answer
 * is already under way on that connection.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-length: 0\r\n${rawSecurityHeaders()}\r\n`, () =>
    socket.destroy(),
  );
}

/**
 * The local gateway: the H5 build plus `POST /api/<function>` running the very handlers the cloud functions run, on
 * the embedded SQLite store, and `POST /api/upload` for material photos. Each request is logged as one line without
 * its body (bodies carry ID numbers). No request, however malformed, reaches the process: a target that is not a
 * URL, a path that does not decode, a request Node cannot parse are 400; anything unforeseen is a 500 for that
 * request alone.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const env = { ...(options.env ?? process.env), DATA_DIR: options.dataDir };
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const production = options.production === true;
  // The secret first: a bad one stops the start before the store is opened.
  const secret = loadSessionSecret(options.dataDir, env, { create: !production, warn: log });
  const sessions = !production && secret ? createSessions(secret) : null;
  const app = await openAppContext(env, { log });
  const budget = new InFlightBudget(limits);
  const small: BodyRule = { maxBytes: limits.smallBodyBytes };
  const upload: BodyRule = { maxBytes: limits.uploadBodyBytes, hint: '请压缩图片后重试' };
  // A raw photo is at most what the function takes (server/applications/materials.ts), never more than the upload limit.
  const photo: BodyRule = { maxBytes: Math.min(MAX_MATERIAL_BYTES, limits.uploadBodyBytes), hint: '请压缩图片后重试' };
  // The staff console's API: its own accounts and cookie, nothing of the X-Session above (server/staff/http.ts).
  const staff = { app, production, routes: options.staffRoutes ?? staffApplicationRoutes(), log };
  // Expired staff sessions are deleted on a timer too, a bounded batch each time (server/staff/session-sweep.ts).
  const sweep = startSessionSweep(app, { log });

  /** The caller's openid from a signed development session; production accepts none (identity is the platform's). */
  function identify(req: IncomingMessage): string {
    if (!sessions) throw PLATFORM_ONLY;
    const header = req.headers['x-session'];
    const openid = sessions.verify(Array.isArray(header) ? header[0] : header);
    if (!openid) throw UNAUTHENTICATED;
    return openid;
  }

  /** Reads the body only once admitted, and holds its share of the budget until the answer is settled. */
  async function withBody(req: IncomingMessage, rule: BodyRule, work: (event: unknown) => Promise<Envelope>): Promise<Answer> {
    const release = admitBody(req, rule, budget);
    try {
      const event = await readJsonBody(req, rule);
      return { status: 200, body: await work(event) };
    } finally {
      release();
    }
  }

  /**
   * POST /api/upload-file: a photo's bytes as the body, to the cloudPath of an upload ticket (X-Upload-Path), answering
   * its fileID — what `wx.cloud.uploadFile` does on weapp (server/applications/attach.ts). The ticket is checked
   * before the body is read: only the caller's own live ticket takes an upload.
   */
  async function rawUpload(req: IncomingMessage, who: { openid: string }): Promise<Answer> {
    const header = req.headers['x-upload-path'];
    const cloudPath = uploadCloudPath(typeof header === 'string' ? header : '');
    const release = admitBody(req, photo, budget);
    try {
      const ticket = await respond(() => ticketApplication(app, who, cloudPath), log);
      if (!ticket.ok || !cloudPath) {
        req.resume();
        return { status: 200, body: ticket };
      }
      const bytes = await readBody(req, photo);
      return { status: 200, body: await respond(async () => ({ fileId: await app.files.inbox.put(cloudPath, bytes) }), log) };
    } finally {
      release();
    }
  }

  async function api(name: string, req: IncomingMessage): Promise<Answer> {
    if (req.method !== 'POST') throw new HttpRefusal(405, 'INVALID_INPUT', '请用 POST 调用接口');
    if (name === 'dev-login') {
      if (production || !secret || !sessions) throw new HttpRefusal(403, 'FORBIDDEN', '正式环境不提供开发登录，请在微信中使用');
      return withBody(req, small, async (event) => {
        const user = event && typeof event === 'object' ? (event as { user?: unknown }).user : undefined;
        return { ok: true, data: { token: sessions.issue(devOpenid(user, secret)) } };
      });
    }
    if (name === 'upload') {
      // Who is asking comes before a byte of the (large) body is read.
      const openid = identify(req);
      return withBody(req, upload, (event) => {
        const payload = event && typeof event === 'object' && !Array.isArray(event) ? { ...event, action: 'uploadMaterial' } : event;
        return respond(() => FUNCTIONS.applications.handle(app, { openid }, payload), log);
      });
    }
    if (name === 'upload-file') return rawUpload(req, { openid: identify(req) });
    const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!fn) throw new HttpRefusal(404, 'NOT_FOUND', '没有这个接口');
    if (fn.kind === 'compute') return withBody(req, small, (event) => respond(() => fn.handle(event), log));
    const openid = identify(req);
    return withBody(req, small, (event) => respond(() => fn.handle(app, { openid }, event), log));
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.on('error', (e) => log(`response error: ${e.message}`));
    const pathname = requestPath(req.url);
    const done = (status: number) =>
      log(`${req.method} ${pathname === null ? '(invalid target)' : shownPath(pathname)} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    if (pathname === null) {
      refuse(res, BAD_TARGET);
      return done(400);
    }
    // A streamed file may fail after its headers went out: then the connection is cut rather than a 500 sent.
    const streamed = isMaterialImagePath(pathname) ? serveMaterialImage : isDocumentPath(pathname) ? serveDocument : null;
    if (streamed) {
      streamed(app, pathname, req.url, req, res)
        .then(done)
        .catch((e) => {
          log(`internal error: ${e instanceof Error ? e.message : String(e)}`);
          if (!res.headersSent) refuse(res, INTERNAL);
          else res.destroy();
          done(500);
        });
      return;
    }
    if (isStaffApiPath(pathname)) {
      let release = () => {};
      new Promise<number>((resolve) => {
        release = req.method === 'GET' ? release : admitBody(req, staffBodyRule(req.method, req.url), budget);
        resolve(serveStaffApi(staff, req, res, req.url));
      })
        .then(done, (e) => {
          const refusal = e instanceof HttpRefusal ? e : INTERNAL;
          if (!(e instanceof HttpRefusal)) log(`internal error: ${e instanceof Error ? e.message : String(e)}`);
          refuse(res, refusal);
          done(refusal.status);
        })
        .finally(() => release());
      return;
    }
    if (options.staffDir && isConsolePath(pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
      return serveConsole(options.staffDir, pathname, req, res);
    }
    if (pathname.startsWith('/api/')) {
      api(pathname.slice(5), req)
        .then(({ status, body, headers }) => {
          send(res, status, body, headers);
          done(status);
        })
        .catch((e) => {
          const refusal = e instanceof HttpRefusal ? e : INTERNAL;
          if (!(e instanceof HttpRefusal)) log(`internal error: ${e instanceof Error ? e.message : String(e)}`);
          refuse(res, refusal);
          done(refusal.status);
        });
      return;
    }
    if (options.h5Dir && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(options.h5Dir, pathname, req, res);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('页面不存在');
  }

  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckMs,
      keepAliveTimeout: 5000,
    },
    (req, res) => {
      // The boundary: whatever one request throws ends that request with a 500, never the process.
      try {
        handle(req, res);
      } catch (e) {
        log(`internal error: ${e instanceof Error ? e.message : String(e)}`);
        if (!res.headersSent) refuse(res, INTERNAL);
        else res.destroy();
      }
    },
  );
  server.maxHeadersCount = limits.maxHeadersCount;
  server.maxConnections = limits.maxConnections;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code !== 'ECONNRESET') log(`bad request: ${err.code ?? err.message}`);
    answerClientError(err, socket);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    sweep.stop();
    await app.store.close();
    throw e;
  }
  // Once listening, a failed accept (too many open files) is logged; the server keeps accepting when it can.
  server.on('error', (e: NodeJS.ErrnoException) => log(`gateway error: ${e.code ?? e.message}`));
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
      sweep.stop();
      await app.store.close();
    },
  };
}

