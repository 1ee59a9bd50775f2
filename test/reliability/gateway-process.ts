/**
 * The real gateway as `npm start` runs it: server/gateway/main.ts bundled to dist/server/gateway.js by
 * scripts/bundle.js (the H5 build is not needed for the API), started as its own Node process on a given DATA_DIR.
 * Used by the crash test (kill -9 mid-run) and, through the same steps, by bench/load.ts.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');

/** Builds (when stale) the same bundle `npm start` runs, with the same options as scripts/start.js. */
export function gatewayBundle(): string {
  // scripts/bundle.js is plain CommonJS without types
  const { bundle } = require(path.join(ROOT, 'scripts', 'bundle.js')) as { bundle: (o: Record<string, unknown>) => string };
  return bundle({ entry: 'server/gateway/main.ts', out: 'dist/server/gateway.js', external: ['better-sqlite3', '@cloudbase/node-sdk'] });
}

/** The gateway refused to start: its exit code and what it printed (the reason, in Chinese). */
export class GatewayStartFailure extends Error {
  constructor(
    readonly code: number | null,
    readonly output: string[],
  ) {
    super(`gateway exited with ${code} before starting:\n${output.join('\n')}`);
  }
}

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  pid: number;
  /** Resolves when the process has exited (after kill or stop). */
  exited: Promise<void>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The ID key of a test gateway: in its data directory under a name of its own, so a restart on the same directory
 * finds it again and nothing is written to the real home directory (the product keeps it outside DATA_DIR).
 */
export function testKeyFile(dataDir: string): string {
  return path.join(dataDir, 'test-id-encryption.key');
}

/**
 * Starts the bundle on a free port; every stdout and stderr line goes to `onLine`. `env` adds to or overrides the
 * environment (NODE_ENV=production, GATEWAY_SECRET, …).
 */
export function startGatewayProcess(
  bundlePath: string,
  dataDir: string,
  onLine: (line: string) => void,
  env: NodeJS.ProcessEnv = {},
): Promise<GatewayProcess> {
  // YIBAO_ROOT points at an empty folder: no H5 build to serve, the API only.
  const emptyRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-root-'));
  const child = spawn(process.execPath, [bundlePath], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      YIBAO_KEY_FILE: testKeyFile(dataDir),
      YIBAO_ROOT: emptyRoot,
      NODE_ENV: 'development',
      NODE_PATH: path.join(ROOT, 'node_modules'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let started = false;
    const output: string[] = [];
    const lines = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          onLine(line);
          if (!started) output.push(line);
          const m = /已启动：(http:\/\/[^/\s]+)\//.exec(line);
          if (m && !started) {
            started = true;
            resolve({
              url: m[1],
              child,
              pid: child.pid!,
              exited,
              async kill9() {
                child.kill('SIGKILL');
                await exited;
              },
              async stop() {
                child.kill('SIGTERM');
                await exited;
              },
            });
          }
        }
      });
    };
    lines(child.stdout!);
    lines(child.stderr!);
    child.once('exit', (code) => {
      if (!started) reject(new GatewayStartFailure(code, output));
    });
  });
}
