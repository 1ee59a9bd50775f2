import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { chromium } from 'playwright-core';
import { startGateway } from '../server/gateway/server';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * From navigation to the home page's first task entry being visible and enabled, in a fresh browser context (no
 * cache) each time, over loopback: the part of "time to interactive" that is ours (bundle size and start-up work).
 */
export async function homeInteractiveMs(runs = 5): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-bench-h5-'));
  // Its own ID key in the throw-away data directory: a bench run writes nothing to ~/.config/yibao.
  const env = { ...process.env, YIBAO_KEY_FILE: path.join(dataDir, 'bench-id-encryption.key') };
  const gateway = await startGateway({ dataDir, h5Dir: path.join(ROOT, 'dist', 'h5'), port: 0, log: () => undefined, env });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await page.locator('#task-estimate').waitFor({ state: 'visible' });
      times.push(Date.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
    await gateway.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
