/**
 * What every browser test needs: the H5 build (built once when its sources changed), the local gateway on a
 * throw-away data directory, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startGateway as start, type Gateway } from '../../server/gateway/server';

const ROOT = path.resolve(__dirname, '..', '..');
export const H5_DIR = path.join(ROOT, 'dist', 'h5');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// eslint-disable-next-line import/no-commonjs -- scripts/bundle.js is plain CommonJS without types
const { h5IsStale } = require('../../scripts/bundle') as { h5IsStale: () => boolean };

/** Builds dist/h5 with Taro unless it is newer than every source it is made from (about 30 s when it builds). */
export async function ensureH5Build(): Promise<void> {
  const index = path.join(H5_DIR, 'index.html');
  if (!h5IsStale()) return;
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0 || !existsSync(index)) throw new Error(`H5 build failed:\n${(r.stderr || r.stdout).slice(-4000)}`);
}

/** The gateway on an ephemeral port, quiet unless asked; its log lines are kept for the privacy scan. */
export async function startGateway(options: { dataDir: string; log?: (line: string) => void }): Promise<Gateway> {
  return start({ dataDir: options.dataDir, h5Dir: H5_DIR, port: 0, log: options.log ?? (() => undefined) });
}

export interface H5World {
  gateway: Gateway;
  browser: Browser;
  dataDir: string;
}

/** The H5 build, the gateway serving it on a fresh data directory (named from prefix), and Chromium. */
export async function startH5World(prefix: string, log?: (line: string) => void): Promise<H5World> {
  await ensureH5Build();
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const gateway = await startGateway({ dataDir, log }).catch(async (e: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  });
  const browser = await launchBrowser().catch(async (e: unknown) => {
    await stopH5World({ gateway, dataDir });
    throw e;
  });
  return { gateway, browser, dataDir };
}

/** Closes what startH5World opened (whatever of it was opened) and deletes the data directory. */
export async function stopH5World(world: { browser?: Browser; gateway?: { close: () => unknown }; dataDir?: string } | undefined): Promise<void> {
  await world?.browser?.close();
  await world?.gateway?.close();
  if (world?.dataDir) rmSync(world.dataDir, { recursive: true, force: true });
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-chromium.sh (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/** Where miniprogram/services/api.ts keeps the development session on the device. */
const SESSION_KEY = 'api.session.v1';

/**
 * A phone signed in as a named development user: the test logs in through the gateway's own /api/dev-login (which
 * refuses in production) and puts the session where the app keeps it, before the app loads. No backdoor in the app.
 */
export async function phoneOf(browser: Browser, gatewayUrl: string, user: string): Promise<{ context: BrowserContext; page: Page }> {
  const res = await fetch(`${gatewayUrl}/api/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const body = (await res.json()) as { ok: boolean; data?: { token: string } };
  if (!body.ok || !body.data) throw new Error(`dev-login failed for ${user}`);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [SESSION_KEY, JSON.stringify({ data: body.data.token })]);
  return { context, page: await context.newPage() };
}
