import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { startGateway, type Gateway } from '../server/gateway/server';

const ROOT = path.resolve(__dirname, '..', '..');
const H5 = path.join(ROOT, 'dist', 'h5');
const HOME = '/#/pages/index/index';

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** A gateway on a throw-away data directory serving `h5Dir`; `stop` closes it and deletes the directory. */
async function serve(h5Dir: string): Promise<{ gateway: Gateway; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-bench-h5-'));
  // Its own ID key in the throw-away data directory: a bench run writes nothing to ~/.config/yibao.
  const env = { ...process.env, YIBAO_KEY_FILE: path.join(dataDir, 'bench-id-encryption.key') };
  const gateway = await startGateway({ dataDir, h5Dir, port: 0, log: () => undefined, env });
  return {
    gateway,
    stop: async () => {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * From navigation to the home page's first task entry being visible and enabled, in a fresh browser context (no
 * cache) each time, over loopback: the part of "time to interactive" that is ours (bundle size and start-up work).
 */
export async function homeInteractiveMs(runs = 5): Promise<number> {
  const { gateway, stop } = await serve(H5);
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${gateway.url}${HOME}`);
      await page.locator('#task-estimate').waitFor({ state: 'visible' });
      times.push(Date.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
    await stop();
  }
  return median(times);
}

/** Lighthouse's mobile profile, applied through the DevTools protocol: 1.6 Mbps down, 750 kbps up, 150 ms RTT, CPU 4×. */
export const MOBILE = { downBitsPerSecond: 1_600_000, upBitsPerSecond: 750_000, rttMs: 150, cpuSlowdown: 4 };

export interface ThrottledLoad {
  /** Median over the runs of navigation start → the first task entry visible (in a painted frame). */
  medianMs: number;
  /** Per run until interactive (the median run's figures): requests, and those a script started (found late). */
  requests: number;
  scriptRequests: number;
  /** Bytes received on the wire (headers and encoded bodies) until interactive. */
  wireBytes: number;
}

/**
 * The build served as before issue 17's gateway change: the same files without their .br/.gz siblings, so every file
 * goes as it is. (The other half of the change, the home page moved into the entry chunk, is in the build itself:
 * before it, the home page's 12 chunks were requested only once app.js ran.)
 */
function identityCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'yibao-bench-h5-plain-'));
  const copy = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from, { withFileTypes: true })) {
      if (e.isDirectory()) copy(path.join(from, e.name), path.join(to, e.name));
      else if (!/\.(br|gz)$/.test(e.name)) copyFileSync(path.join(from, e.name), path.join(to, e.name));
    }
  };
  copy(H5, dir);
  return dir;
}

/**
 * Set before the page's own scripts run: the moment (ms since navigation start, the page's performance.now()) of the
 * first frame in which the first task entry is laid out and visible — the same test as Playwright's `visible`, taken
 * in the page so that Playwright's polling interval (up to 500 ms) does not add to the figure.
 */
function markInteractive(): void {
  const w = window as unknown as { __interactiveAt?: number };
  const seen = () => {
    const el = document.getElementById('task-estimate');
    if (!el || el.getBoundingClientRect().height === 0 || getComputedStyle(el).visibility === 'hidden') return;
    observer.disconnect();
    requestAnimationFrame(() => {
      w.__interactiveAt = performance.now();
    });
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function throttledRun(browser: Browser, url: string): Promise<{ ms: number; requests: number; scriptRequests: number; wireBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    await context.addInitScript(markInteractive);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE.rttMs,
      downloadThroughput: MOBILE.downBitsPerSecond / 8,
      uploadThroughput: MOBILE.upBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
    // Protocol timestamps (seconds, monotonic), kept to count only what happened before the page was interactive.
    const sent: { at: number; byScript: boolean }[] = [];
    const received: { at: number; bytes: number }[] = [];
    cdp.on('Network.requestWillBeSent', (e) => sent.push({ at: e.timestamp, byScript: e.initiator.type === 'script' }));
    cdp.on('Network.loadingFinished', (e) => received.push({ at: e.timestamp, bytes: e.encodedDataLength }));
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt, undefined, { timeout: 60_000, polling: 100 });
    const ms = Math.round(Number(await handle.jsonValue()));
    // The document's own request is the first sent, at navigation start.
    const end = (sent[0]?.at ?? 0) + ms / 1000;
    const before = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at <= end);
    return {
      ms,
      requests: before(sent).length,
      scriptRequests: before(sent).filter((x) => x.byScript).length,
      wireBytes: before(received).reduce((sum, x) => sum + x.bytes, 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * The home page's first load on the throttled mobile profile, `runs` fresh contexts each, the build served as it is
 * (identity) and pre-compressed, alternating so both see the same machine load.
 */
export async function throttledHomeLoads(runs = 5): Promise<{ before: ThrottledLoad; after: ThrottledLoad }> {
  const plainDir = identityCopy();
  const servers: Awaited<ReturnType<typeof serve>>[] = [];
  const browser = await launch();
  try {
    servers.push(await serve(plainDir), await serve(H5));
    const [plain, optimised] = servers;
    const results = { before: [] as Awaited<ReturnType<typeof throttledRun>>[], after: [] as Awaited<ReturnType<typeof throttledRun>>[] };
    for (let i = 0; i < runs; i++) {
      results.before.push(await throttledRun(browser, `${plain.gateway.url}${HOME}`));
      results.after.push(await throttledRun(browser, `${optimised.gateway.url}${HOME}`));
    }
    const summary = (rs: typeof results.before): ThrottledLoad => {
      const mid = rs.find((r) => r.ms === median(rs.map((x) => x.ms))) ?? rs[0];
      return { medianMs: mid.ms, requests: mid.requests, scriptRequests: mid.scriptRequests, wireBytes: mid.wireBytes };
    };
    return { before: summary(results.before), after: summary(results.after) };
  } finally {
    await browser.close();
    for (const s of servers) await s.stop();
    rmSync(plainDir, { recursive: true, force: true });
  }
}
