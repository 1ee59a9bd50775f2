/**
 * What every staff-console browser test needs: the console's production build (dist/staff), the real gateway serving
 * it on a throw-away data directory, Chromium, a desktop page in a New York time zone (times shown must stay China
 * time), and the login form filled as a person fills it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { launchBrowser } from './harness';
import { ARTIFACTS } from './page';

const ROOT = path.resolve(__dirname, '..', '..');
export const STAFF_DIR = path.join(ROOT, 'dist', 'staff');

// eslint-disable-next-line import/no-commonjs -- scripts/build-staff.js is plain CommonJS without types
export const { buildStaff } = require('../../scripts/build-staff') as { buildStaff: () => Promise<{ name: string; bytes: number }[]> };

export interface StaffConsole {
  gateway: Gateway;
  browser: Browser;
  dataDir: string;
  /** The files of dist/staff as built for this suite. */
  built: { name: string; bytes: number }[];
}

/** Builds dist/staff, then starts the gateway (console mounted at /staff/) on a fresh data directory and Chromium. */
export async function startStaffConsole(prefix: string): Promise<StaffConsole> {
  const built = await buildStaff();
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const gateway = await startGateway({ dataDir, staffDir: STAFF_DIR, port: 0, log: () => undefined });
  const browser = await launchBrowser();
  return { gateway, browser, dataDir, built };
}

export async function stopStaffConsole(staff: Partial<StaffConsole> | undefined): Promise<void> {
  await staff?.browser?.close();
  await staff?.gateway?.close();
  if (staff?.dataDir) rmSync(staff.dataDir, { recursive: true, force: true });
}

/** A fresh browser context in China's locale but New York's time zone. */
export async function consolePage(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { deviceScaleFactor?: number; acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, ...options, locale: 'zh-CN', timezoneId: 'America/New_York' });
  return { context, page: await context.newPage() };
}

/** Opens /staff/ and signs in through the form; resolves once the console's shell is shown. */
export async function staffLogin(page: Page, gatewayUrl: string, who: { login: string; password: string }): Promise<void> {
  await page.goto(`${gatewayUrl}/staff/`);
  await page.locator('input[name=login]').fill(who.login);
  await page.locator('input[name=password]').fill(who.password);
  await page.locator('button:has-text("登录")').click();
  await page.locator('.staff-shell').waitFor();
}

/** A full-page screenshot into test/artifacts/. */
export async function staffShot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

/** One action of a cloud function over the gateway as the app calls it; throws with the function's message on a refusal. */
export async function callFunction(gatewayUrl: string, name: string, session: string, action: string, body: object = {}): Promise<any> {
  const res = await fetch(`${gatewayUrl}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session': session },
    body: JSON.stringify({ action, ...body }),
  });
  const json = (await res.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!json.ok) throw new Error(`${action}: ${json.message}`);
  return json.data;
}

/** A development session token for a mini-program user (the gateway's /api/dev-login, refused in production). */
export async function devSession(gatewayUrl: string, user: string): Promise<string> {
  const res = await fetch(`${gatewayUrl}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/** Resizes to a tablet (1024×768 by default) and waits until the menu has folded to its icons and stopped moving. */
export async function asTablet(page: Page, viewport = { width: 1024, height: 768 }): Promise<void> {
  await page.setViewportSize(viewport);
  const width = () => page.evaluate(() => Math.round(document.querySelector('.staff-aside')?.getBoundingClientRect().width ?? 0));
  let last = -1;
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(150);
    const now = await width();
    // Folded (the 64 px menu, whatever padding the aside adds) and the same as a moment ago: the animation is over.
    if (now > 0 && now < 120 && now === last) return;
    last = now;
  }
  throw new Error(`the menu did not fold at ${viewport.width} px (aside ${last} px wide)`);
}
