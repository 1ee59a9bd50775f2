/**
 * The staff console (staff/, issue 16) on its real production build (dist/staff, scripts/build-staff.js) served by
 * the real gateway, in headless Chromium at desktop 1280×800 and tablet 768×1024 (in a New York time zone: every time
 * shown must still be China time). Seeded through the service layer: staff accounts by server/staff/accounts (as
 * `npx yibao staff add-user` does), filings by the applications function over the gateway, photos uploaded the way the
 * mini-program uploads them. Then, as a reviewer: a wrong password and its message, the queue oldest first with its
 * counts (newest first when switched), a search by number, the detail, a photo in the viewer rotated, 查看 the ID after
 * the confirmation, 退回 with a template naming a material → the applicant's own view (through the applications
 * function) carries the reason and the concern. A reviewer has no 账号管理; the admin has it and 访问日志 (and no
 * queue), and sees the reveal logged; a session that ends under the page lands on the login with the reason.
 * Screenshots of each page in test/artifacts/staff-*.png.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Gateway } from '../../server/gateway/server';
import { createUser } from '../../server/staff/accounts/users';
import { staffApplicationRoutes } from '../../server/staff/routes';
import { FATHER_ID, longTermForFather, reimbursementForSelf } from '../applications/helpers';
import { jpegOf, photoLike } from '../reliability/images';
import { CHROMIUM } from './harness';
import { ARTIFACTS } from './page';
import { callFunction, consolePage, devSession, staffLogin, staffShot as shot, startStaffConsole, stopStaffConsole, type StaffConsole } from './staff-harness';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The console talks only to the backend of shared/contract/staff.ts (server/staff/http.ts and the application routes
 * of server/staff/routes.ts); without those routes there is nothing to test against, and no stand-in is written here:
 * the suite skips and says which routes are missing.
 */
const NEEDED: [string, string][] = [
  ['GET', '/applications'],
  ['GET', '/applications/SX-2026-000001'],
  ['POST', '/applications/abc/reveal'],
  ['POST', '/applications/abc/return'],
  ['GET', '/materials/abc'],
  ['GET', '/return-templates'],
];
const routes = staffApplicationRoutes();
const missing = [
  ...NEEDED.filter(([method, p]) => !routes.some((r) => r.method === method && r.pattern.test(p))).map(([method, p]) => `${method} /staff/api${p}`),
  ...(/serveConsole\(/.test(readFileSync(path.join(ROOT, 'server', 'gateway', 'server.ts'), 'utf8')) ? [] : ['the /staff/ mount of server/gateway/server.ts']),
  ...(existsSync(CHROMIUM) ? [] : [`Chromium at ${CHROMIUM}`]),
];
const suite = missing.length ? describe.skip : describe;
if (missing.length) process.stdout.write(`staff-console.test skipped: missing ${missing.join(', ')}\n`);

const REVIEWER = { login: 'ty-reviewer', password: 'Shenhe-2026!', name: '李审核' };
const ADMIN = { login: 'sx-admin', password: 'Guanli-2026!', name: '王管理' };
const OFFICE = { region: 'shanxi', area: '太原市' };

let gateway: Gateway;
let browser: Browser;
let staff: StaffConsole;

function sessionOf(user: string): Promise<string> {
  return devSession(gateway.url, user);
}

function call(session: string, action: string, body: object): Promise<any> {
  return callFunction(gateway.url, 'applications', session, action, body);
}

/** A photo uploaded the way the app does it: a ticket, the raw bytes, then attached. */
async function upload(session: string, id: string, item: string, bytes: Buffer, n: number): Promise<void> {
  const ticket = await call(session, 'uploadTicket', { applicationId: id, item });
  const up = await fetch(`${gateway.url}/api/upload-file`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-upload-path': ticket.cloudPath, 'x-session': session },
    body: bytes,
  });
  const fileId = ((await up.json()) as { data: { fileId: string } }).data.fileId;
  await call(session, 'attachMaterial', { applicationId: id, item, fileId, requestId: `staff-console-${n}` });
}

/** Files one application for `user` and submits it; returns its id and business number. */
async function file(user: string, content: object, photos: { item: string; bytes: Buffer }[], n: number, signer: string): Promise<{ id: string; number: string }> {
  const session = await sessionOf(user);
  const { id } = await call(session, 'createDraft', { content });
  for (const [i, p] of photos.entries()) await upload(session, id, p.item, p.bytes, n * 10 + i);
  const view = await call(session, 'submit', { requestId: `staff-console-submit-${n}`, id, commitment: { accepted: true, signerName: signer } });
  return { id, number: view.number };
}

function consoleAt(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  return consolePage(browser, viewport, { deviceScaleFactor: 1 });
}

function login(page: Page, who: { login: string; password: string }): Promise<void> {
  return staffLogin(page, gateway.url, who);
}

const menu = (page: Page) => page.locator('.staff-menu .t-menu__item').allTextContents();

suite('the staff console on its real build', () => {
  const filed: { id: string; number: string }[] = [];

  beforeAll(async () => {
    const started = Date.now();
    staff = await startStaffConsole('yibao-staff-console-');
    ({ gateway, browser } = staff);
    process.stdout.write(
      `staff-console.test: dist/staff built and served in ${((Date.now() - started) / 1000).toFixed(1)} s: ${staff.built.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(0)} KB`).join(', ')}\n`,
    );
    await createUser(gateway.app, null, { ...REVIEWER, role: 'reviewer', ...OFFICE });
    await createUser(gateway.app, null, { ...ADMIN, role: 'admin', region: OFFICE.region });
    // Three filings at 太原市, in this order: the queue lists them oldest first.
    const photo = jpegOf(640, 480, photoLike(640, 480, 5));
    const filing = { ...longTermForFather(), office: OFFICE };
    filed.push(await file('console-daughter', filing, [{ item: 'residenceProof', bytes: photo }], 1, '张小红'));
    filed.push(await file('console-second', { ...reimbursementForSelf(), office: OFFICE }, [], 2, '张大山'));
    filed.push(await file('console-third', { ...longTermForFather(), office: OFFICE }, [], 3, '张小红'));
  });

  afterAll(async () => {
    await stopStaffConsole(staff);
  });

  test('login, queue, search, detail, photo viewer, 查看, 退回 with a template → the applicant sees it', async () => {
    const { context, page } = await consoleAt({ width: 1280, height: 800 });
    try {
      await page.goto(`${gateway.url}/staff/`);
      await page.locator('input[name=login]').waitFor();
      await shot(page, 'staff-login-desktop.png');

      // A wrong password: the server's message, the login page stays.
      await page.locator('input[name=login]').fill(REVIEWER.login);
      await page.locator('input[name=password]').fill('not-the-password-1');
      await page.locator('button:has-text("登录")').click();
      const wrong = page.locator('.login-error');
      await wrong.waitFor();
      expect((await wrong.textContent())?.trim()).toMatch(/[\u4e00-\u9fa5]/);
      expect(await page.locator('.staff-shell').count()).toBe(0);
      await shot(page, 'staff-login-wrong-desktop.png');

      await page.locator('input[name=password]').fill(REVIEWER.password);
      await page.locator('button:has-text("登录")').click();
      await page.locator('.staff-shell').waitFor();

      // A reviewer's menu: no 账号管理, no 访问日志; and the address of one goes back to the queue.
      expect(await menu(page)).toEqual(['待办队列', '身份核验', '修改密码']);
      await page.goto(`${gateway.url}/staff/#/users`);
      await page.waitForFunction(() => window.location.hash === '#/queue');

      // The queue: oldest first, 共 3 件, 待受理 3.
      const numbers = page.locator('.queue-table .queue-number');
      await page.waitForFunction(() => document.querySelectorAll('.queue-table .queue-number').length === 3);
      expect(await numbers.allTextContents()).toEqual(filed.map((f) => f.number));
      expect(await page.locator('.queue-total').textContent()).toBe('共 3 件');
      expect(await page.locator('.queue-tabs .t-tabs__nav-item', { hasText: '待受理' }).textContent()).toContain('待受理 3');
      await shot(page, 'staff-queue-desktop.png');

      // Newest first when switched.
      await page.locator('.queue-order .t-switch').click();
      await page.waitForFunction((first) => document.querySelector('.queue-table .queue-number')?.textContent === first, filed[2].number);
      await page.locator('.queue-order .t-switch').click();
      await page.waitForFunction((first) => document.querySelector('.queue-table .queue-number')?.textContent === first, filed[0].number);

      // Search by the business number.
      await page.locator('input[name=q]').fill(filed[0].number);
      await page.locator('input[name=q]').press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.queue-table .queue-number').length === 1);
      expect(await numbers.allTextContents()).toEqual([filed[0].number]);

      // The detail.
      await numbers.first().click();
      await page.locator('.detail-page').waitFor();
      expect(await page.locator('#detail-number').textContent()).toBe(filed[0].number);
      expect(await page.locator('.detail-status').textContent()).toContain('待受理');
      expect(await page.locator('.id-principal .id-value').textContent()).not.toBe(FATHER_ID);
      // Phones masked too, until the same 查看.
      expect(await page.locator('.phone-principal').textContent()).toBe('138****5678');
      expect(await page.locator('.phone-agent').textContent()).toBe('139****1234');
      await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.material-thumb img')).every((i) => i.complete && i.naturalWidth > 0));
      await shot(page, 'staff-detail-desktop.png');
      // The photo's time, formatted in the browser (set to New York), is China time: UTC + 8 h.
      const [stored] = await gateway.app.store.listMaterials(filed[0].id);
      const china = new Date(Date.parse(stored.uploadedAt) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
      expect(await page.locator('.material-time').first().textContent()).toBe(china);

      // A photo in the viewer, rotated with its own button.
      await page.locator('.material-thumb').first().click();
      // The viewer draws a hidden placeholder beside the picture: only the shown one counts.
      const viewer = page.locator('.t-image-viewer__modal-pic img >> visible=true').first();
      await viewer.waitFor();
      await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.t-image-viewer__modal-pic img')).some((i) => i.complete && i.naturalWidth === 640));
      const before = await viewer.evaluate((el) => (el as HTMLElement).style.transform);
      expect(before).toContain('rotateZ(0deg)');
      await page.locator('.t-image-viewer__utils .t-image-viewer__modal-icon').nth(1).click();
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.t-image-viewer__modal-pic img')).some((i) => i.style.display !== 'none' && /rotateZ\(-?90deg\)/.test(i.style.transform)),
      );
      await shot(page, 'staff-viewer-desktop.png');
      await page.keyboard.press('Escape');
      await viewer.waitFor({ state: 'hidden' });

      // 查看: asked first, then the full number.
      await page.locator('.reveal-principal').click();
      const ask = page.locator('.reveal-dialog .t-dialog');
      await ask.waitFor();
      expect(await ask.textContent()).toContain('查看完整身份证号将记入访问日志');
      await page.locator('.reveal-dialog button:has-text("确定查看")').click();
      await page.waitForFunction((id) => document.querySelector('.id-principal .id-value')?.textContent === id, FATHER_ID);
      expect(await page.locator('.phone-principal').textContent()).toBe('13800005678');
      expect(await page.locator('.phone-agent').textContent()).toBe('139****1234');

      // 退回 with a template of the type that names a material: preselected, sent, the detail reloaded.
      await page.locator('.decide-return').click();
      const dialog = page.locator('.return-dialog .t-dialog');
      await dialog.waitFor();
      const templates = page.locator('.return-dialog .return-template');
      await templates.first().waitFor();
      let chosen = '';
      for (let i = 0; i < (await templates.count()); i++) {
        await templates.nth(i).click();
        if (await page.locator('.return-materials input[value=residenceProof]').isChecked()) {
          chosen = ((await templates.nth(i).textContent()) ?? '').trim();
          break;
        }
      }
      expect(chosen).not.toBe('');
      expect(await page.locator('textarea[name=reason]').inputValue()).toBe(chosen);
      await page.locator('textarea[name=reason]').fill(`${chosen}请补拍清晰的居住证明。`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'staff-return-desktop.png') });
      await page.locator('.return-dialog button:has-text("确认退回")').click();
      await page.locator('.t-message', { hasText: '已退回' }).waitFor();
      await page.waitForFunction(() => document.querySelector('.detail-status')?.textContent?.includes('退回'));
      expect(await page.locator('.decide-return').count()).toBe(0);

      // The applicant's own view, through the applications function: the reason and the material it names.
      const mine = await call(await sessionOf('console-daughter'), 'getOne', { id: filed[0].id });
      expect(mine.status).toBe('returned');
      expect(mine.decisionReason).toBe(`${chosen}请补拍清晰的居住证明。`);
      expect(mine.returnConcerns.materials).toEqual(['residenceProof']);

      // Tablet: the same pages at 768×1024.
      await page.setViewportSize({ width: 768, height: 1024 });
      await shot(page, 'staff-detail-tablet.png');
      await page.goto(`${gateway.url}/staff/#/queue`);
      await page.locator('.queue-table').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.queue-table .queue-number').length > 0);
      await shot(page, 'staff-queue-tablet.png');
      await page.goto(`${gateway.url}/staff/#/password`);
      await page.locator('.password-card').waitFor();
      await shot(page, 'staff-password-tablet.png');
    } finally {
      await context.close();
    }
  });

  test('the admin has 账号管理 and 访问日志 (no queue), sees the reveal logged; an ended session goes to the login', async () => {
    const { context, page } = await consoleAt({ width: 1280, height: 800 });
    try {
      await login(page, ADMIN);
      // An administrator manages accounts and decides nothing: no 待办队列, and the console opens on 账号管理.
      expect(await menu(page)).toEqual(['账号管理', '账号变更记录', '访问日志', '修改密码']);

      await page.locator('.staff-menu .t-menu__item', { hasText: '账号管理' }).click();
      await page.locator('.t-table', { hasText: REVIEWER.login }).waitFor();
      await shot(page, 'staff-users-desktop.png');
      await page.locator('.user-create').click();
      await page.locator('.create-user-dialog .t-dialog').waitFor();
      await shot(page, 'staff-users-create-desktop.png');
      await page.keyboard.press('Escape');

      // 账号变更记录: the accounts made from the command line, with the system user, China time, and the total.
      await page.locator('.staff-menu .t-menu__item', { hasText: '账号变更记录' }).click();
      await page.locator('.account-audit-table', { hasText: REVIEWER.login }).waitFor();
      const audit = (await page.locator('.account-audit-table').textContent()) ?? '';
      expect(audit).toContain('创建账号');
      expect(audit).toMatch(/命令行（系统用户 /);
      expect(audit).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      expect(audit).toMatch(/共 \d+ 条/);
      await shot(page, 'staff-account-audit-desktop.png');

      await page.locator('.staff-menu .t-menu__item', { hasText: '访问日志' }).click();
      await page.locator('.t-table', { hasText: REVIEWER.login }).waitFor();
      expect(await page.locator('.t-table').textContent()).toContain(filed[0].number);
      expect(await page.locator('.t-table').textContent()).not.toContain(FATHER_ID);
      await shot(page, 'staff-access-log-desktop.png');

      await page.setViewportSize({ width: 768, height: 1024 });
      await page.locator('.staff-menu .t-menu__item', { hasText: '账号管理' }).click();
      await page.locator('.t-table', { hasText: REVIEWER.login }).waitFor();
      await shot(page, 'staff-users-tablet.png');

      // The session ends under the page (here: its cookie is gone): the next call lands on the login page, saying why.
      await context.clearCookies();
      await page.locator('.staff-menu .t-menu__item').nth(1).click();
      const notice = page.locator('.login-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('重新登录');
      await shot(page, 'staff-login-expired-tablet.png');
    } finally {
      await context.close();
    }
  });
});
