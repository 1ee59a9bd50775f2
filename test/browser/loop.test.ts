/**
 * The whole loop of issues 15 and 16 across both apps, on their real builds (dist/h5 and dist/staff) served by ONE
 * gateway (/ the H5 mini-program, /staff/ the console), in headless Chromium. The daughter (a development session, on a
 * 375 px phone) files a 异地长期居住 备案 for her father with 参保地 巴中 通江县 and photos chosen through the upload UI
 * → a 巴中 通江县 reviewer (seeded as `yibao staff add-user` does) logs into the console at 1280 px, finds it by its
 * business number, opens a photo in the viewer, returns it with a template naming 居住证明 → she sees the reason on
 * the detail page, on the form and materials pages (the slot marked) and as an unread 消息 → she deletes the wrong photo,
 * adds a new one, resubmits → the reviewer accepts → she sees the 备案凭证 and saves it as a PDF (its text read back).
 * A 随县 and a 山西 reviewer's consoles do not list it, and their API answers NOT_FOUND; her father, once verified,
 * sees it "由 张小红（子女）代办". Screenshots in test/artifacts/loop-*.png; the time of each step is printed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startGateway as start, type Gateway } from '../../server/gateway/server';
import { staffVerify } from '../../server/identity';
import { createUser } from '../../server/staff/accounts/users';
import { CONCERN_TEXT } from '../../miniprogram/models/materials';
import { applicationType } from '../../shared/applications/registry';
import { maskIdNumber } from '../../shared/idcard';
import { DAUGHTER_ID, FATHER_ID } from '../applications/helpers';
import { pdfText } from '../documents/pdf-text';
import { jpegOf, photoLike, pngOf } from '../reliability/images';
import { CHROMIUM, H5_DIR, ensureH5Build, launchBrowser, phoneOf } from './harness';
import { addFamilyMember, ARTIFACTS, screenshot, shown, tap, text, type, waitText } from './page';
import { buildStaff, STAFF_DIR, staffLogin, staffShot as shot } from './staff-harness';

jest.setTimeout(600_000);


const suite = existsSync(CHROMIUM) ? describe : describe.skip;

const DAUGHTER = 'loop-daughter';
const FATHER = 'loop-father';
const TONGJIANG = { login: 'tj-reviewer', password: 'Tongjiang-2026!', name: '何审核', role: 'reviewer', region: 'bazhong', area: '通江县' };
const SUIXIAN = { login: 'sx-county-reviewer', password: 'Suixian-2026!', name: '周审核', role: 'reviewer', region: 'suizhou', area: null };
const SHANXI = { login: 'ty-loop-reviewer', password: 'Taiyuan-2026!', name: '赵审核', role: 'reviewer', region: 'shanxi', area: '太原市' };

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

/** The wrong photo (an unrelated picture), the right one, and the one taken again: real JPEG and PNG files. */
const WRONG = jpegOf(640, 480, photoLike(640, 480, 21));
const RIGHT = jpegOf(640, 480, photoLike(640, 480, 22));
const ID_PHOTO = pngOf(480, 320, photoLike(480, 320, 23));
const RETAKE = pngOf(480, 640, photoLike(480, 640, 24));

let gateway: Gateway;
let browser: Browser;
let dataDir: string;

/** The time each step of the loop took, printed at the end (the report's figures). */
const timings: [string, number][] = [];
let stepStarted = Date.now();
function stepDone(name: string): void {
  const now = Date.now();
  timings.push([name, now - stepStarted]);
  stepStarted = now;
}

beforeAll(async () => {
  const started = Date.now();
  await ensureH5Build();
  const h5 = Date.now();
  await buildStaff();
  process.stdout.write(`loop.test: H5 ready in ${((h5 - started) / 1000).toFixed(1)} s, dist/staff built in ${((Date.now() - h5) / 1000).toFixed(1)} s\n`);
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-loop-'));
  gateway = await start({ dataDir, h5Dir: H5_DIR, staffDir: STAFF_DIR, port: 0, log: () => undefined });
  browser = await launchBrowser();
  for (const who of [TONGJIANG, SUIXIAN, SHANXI]) await createUser(gateway.app, null, who);
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (timings.length) process.stdout.write(`loop.test timings: ${timings.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join('; ')}\n`);
});

/**
 * A phone page as one picture once Taro's page transition is over (a page sliding in widens the document for a
 * moment, and a picture taken then shows it half-way).
 */
async function phoneShot(page: Page, root: string, name: string): Promise<void> {
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth);
  await page.waitForTimeout(300);
  await screenshot(page, root, name);
}

async function consoleOf(who: { login: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await staffLogin(page, gateway.url, who);
  return { context, page };
}

/** The queue searched by a business number, on the tab 全部: the numbers listed (after the answer arrived). */
async function searchQueue(page: Page, number: string): Promise<string[]> {
  await page.goto(`${gateway.url}/staff/#/queue`);
  await page.locator('.queue-tabs').waitFor();
  await page.locator('.queue-tabs .t-tabs__nav-item', { hasText: '全部' }).click();
  const answered = page.waitForResponse((r) => r.url().includes('/staff/api/applications') && r.url().includes(`q=${number}`));
  await page.locator('input[name=q]').fill(number);
  await page.locator('input[name=q]').press('Enter');
  await answered;
  await page.waitForTimeout(200);
  return page.locator('.queue-table .queue-number').allTextContents();
}

/** A console API call from inside the signed-in page (its cookie): the status and the envelope. */
async function consoleGet(page: Page, apiPath: string): Promise<{ status: number; body: { ok: boolean; code?: string } }> {
  return page.evaluate(async (p) => {
    const r = await fetch(`/staff/api${p}`, { credentials: 'same-origin' });
    return { status: r.status, body: await r.json() };
  }, apiPath);
}

async function choose(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, button)]);
  await chooser.setFiles(file);
}

async function signAndSubmit(page: Page): Promise<void> {
  await shown(page, '#commit-title').waitFor();
  await type(page, 'signer-name', '张小红');
  await tap(page, '#commit-accept');
  await tap(page, '#commit-submit');
  await page.waitForURL(/pages\/detail\/index/);
  await waitText(page, '#detail-status', '已提交，待受理');
}

const flat = (s: string) => s.replace(/\s+/g, '');

suite('the whole loop: filed on the phone, returned and accepted in the console, the 凭证 in hand', () => {
  test('daughter files for her father in 巴中 通江县 → reviewer returns → she fixes → accepted → 凭证 PDF; others see nothing; the father sees it', async () => {
    const residence = applicationType('remoteFiling').materialItems.find((m) => m.id === 'residenceProof')!.name;
    const phone = await phoneOf(browser, gateway.url, DAUGHTER);
    const page = phone.page;
    await page.setViewportSize(PHONE);
    let id = '';
    let number = '';
    let reason = '';
    let reviewer: { context: BrowserContext; page: Page } | null = null;
    try {
      // 1. She files: 参保地 巴中 通江县, for her father (saved as a family member), two photos of the 居住证明 (the
      // first one wrong) and one of the ID cards, chosen through the upload UI.
      stepStarted = Date.now();
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#task-filing');
      await tap(page, '#apply-type-remoteFiling');
      await tap(page, '#apply-kind-longTermResident');
      await tap(page, '#apply-office-region-bazhong');
      await tap(page, '#apply-office-area-通江县');
      expect(await text(page, '#apply-office-info')).toContain('受理机构：巴中市 通江县医保经办中心');
      await tap(page, '#apply-next');
      await addFamilyMember(page, { name: '张大山', relation: 'parent', idNumber: FATHER_ID });
      await waitText(page, '#who-relation', '您是张大山的子女，由您作为代办人签署承诺书。');
      await tap(page, '#who-next');
      await shown(page, '#form-agent').waitFor();
      await type(page, 'principal-phone', '13800005678');
      await type(page, 'agent-name', '张小红');
      await type(page, 'agent-id', DAUGHTER_ID);
      await type(page, 'agent-phone', '13900001234');
      await type(page, 'destination-province', '广东省');
      await type(page, 'destination-city', '深圳市');
      await type(page, 'residence-address', '深圳市南山区某街道 1 号');
      await tap(page, '#form-next');
      await shown(page, '#mat-residenceProof').waitFor();
      await choose(page, '#mat-residenceProof-upload', { name: 'wrong.jpg', mimeType: 'image/jpeg', buffer: WRONG });
      await waitText(page, '#mat-residenceProof-state', '已上传 1 张');
      await choose(page, '#mat-residenceProof-upload', { name: 'residence.jpg', mimeType: 'image/jpeg', buffer: RIGHT });
      await waitText(page, '#mat-residenceProof-state', '已上传 2 张');
      await choose(page, '#mat-agentAndPrincipalIdentity-upload', { name: 'ids.png', mimeType: 'image/png', buffer: ID_PHOTO });
      await waitText(page, '#mat-agentAndPrincipalIdentity-state', '已上传 1 张');
      await phoneShot(page, '#apply-materials', 'loop-01-materials-phone.png');
      await tap(page, '#mat-next');
      await signAndSubmit(page);
      id = /[?&]id=([A-Za-z0-9_-]+)/.exec(page.url())![1];
      number = (await text(page, '#detail-number')).replace('业务编号 ', '');
      expect(number).toMatch(/^BZ-\d{4}-\d{6}$/);
      expect(await text(page, '#detail-office')).toContain('巴中市 通江县医保经办中心');
      await phoneShot(page, '#apply-detail', 'loop-02-submitted-phone.png');
      stepDone('filed on the phone');

      // 2. The 通江县 reviewer finds it by its number, opens the photos, returns it naming 居住证明.
      reviewer = await consoleOf(TONGJIANG);
      const rp = reviewer.page;
      await rp.locator('.queue-table').waitFor();
      await shot(rp, 'loop-03-console-queue-desktop.png');
      expect(await searchQueue(rp, number)).toEqual([number]);
      await rp.locator('.queue-table .queue-number').first().click();
      await rp.locator('.detail-page').waitFor();
      expect(await rp.locator('#detail-number').textContent()).toBe(number);
      await rp.waitForFunction(() => {
        const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('.material-thumb img'));
        return imgs.length === 3 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
      await shot(rp, 'loop-04-console-detail-desktop.png');
      await rp.locator('.material-thumb').first().click();
      await rp.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.t-image-viewer__modal-pic img')).some((i) => i.complete && i.naturalWidth === 640));
      await rp.screenshot({ path: path.join(ARTIFACTS, 'loop-05-console-viewer-desktop.png') });
      await rp.keyboard.press('Escape');
      await rp.locator('.t-image-viewer__modal-pic img >> visible=true').first().waitFor({ state: 'hidden' });

      await rp.locator('.decide-return').click();
      await rp.locator('.return-dialog .t-dialog').waitFor();
      const templates = rp.locator('.return-dialog .return-template');
      await templates.first().waitFor();
      let chosen = '';
      for (let i = 0; i < (await templates.count()); i++) {
        await templates.nth(i).click();
        if (await rp.locator('.return-materials input[value=residenceProof]').isChecked()) {
          chosen = ((await templates.nth(i).textContent()) ?? '').trim();
          break;
        }
      }
      expect(chosen).not.toBe('');
      reason = `${chosen}${/[。！？]$/.test(chosen) ? '' : '。'}第一张是无关照片。`;
      await rp.locator('textarea[name=reason]').fill(reason);
      await rp.screenshot({ path: path.join(ARTIFACTS, 'loop-06-console-return-desktop.png') });
      await rp.locator('.return-dialog button:has-text("确认退回")').click();
      await rp.locator('.t-message', { hasText: '已退回' }).waitFor();
      await rp.waitForFunction(() => document.querySelector('.detail-status')?.textContent?.includes('退回'));
      stepDone('found, photos viewed, returned in the console');

      // 3. She sees it: an unread 消息 on the home page and the 消息 page, the reason on the detail page, on the form
      // and on the materials page with 居住证明 marked.
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await page.waitForFunction(() => document.querySelector('#task-messages')?.textContent?.includes('我的消息（1 条未读）'));
      await tap(page, '#task-messages');
      const message = shown(page, '.message-item--unread');
      await message.waitFor();
      const said = ((await message.textContent()) ?? '').trim();
      expect(said).toContain('被退回，请修改后重新提交');
      expect(said).toContain(`业务编号 ${number}`);
      expect(said).toContain(`需要修改的地方：${reason}改好后`);
      await phoneShot(page, '#messages', 'loop-07-message-phone.png');
      await message.click();
      await page.waitForURL(/pages\/detail\/index/);
      await waitText(page, '#detail-status', '已退回，待修改');
      expect(await text(page, '#detail-reason')).toBe(reason);
      await phoneShot(page, '#apply-detail', 'loop-08-returned-detail-phone.png');
      await tap(page, '#detail-edit');
      await shown(page, '#form-returned').waitFor();
      await waitText(page, '#form-return-reason', `经办机构退回了这份申请：${reason}`);
      expect(await text(page, '#form-return-materials')).toBe(`要重新上传的材料：${residence}`);
      await phoneShot(page, '#apply-form', 'loop-09-returned-form-phone.png');
      await tap(page, '#form-next');
      await shown(page, '#mat-residenceProof').waitFor();
      expect(await text(page, '#return-notice-reason')).toContain(reason);
      expect(await text(page, '#mat-residenceProof-concern')).toBe(CONCERN_TEXT);
      expect(await page.locator('#mat-agentAndPrincipalIdentity-concern >> visible=true').count()).toBe(0);
      await page.waitForFunction(() => {
        const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('#mat-residenceProof-photos img'));
        return imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
      await phoneShot(page, '#apply-materials', 'loop-10-returned-materials-phone.png');
      stepDone('reason and 消息 seen by her');

      // 4. She deletes the wrong photo, adds a new one, resubmits.
      const before = await gateway.app.store.listMaterials(id);
      await tap(page, '#mat-residenceProof-delete-0');
      await page.locator('.taro-model__confirm').click();
      await waitText(page, '#mat-residenceProof-state', '已上传 1 张');
      await choose(page, '#mat-residenceProof-upload', { name: 'retake.png', mimeType: 'image/png', buffer: RETAKE });
      await waitText(page, '#mat-residenceProof-state', '已上传 2 张');
      const after = (await gateway.app.store.listMaterials(id)).filter((m) => m.item === 'residenceProof');
      const wrongSha = before.filter((m) => m.item === 'residenceProof')[0].sha256;
      expect(after.map((m) => m.sha256)).not.toContain(wrongSha);
      expect(after.map((m) => m.mime).sort()).toEqual(['image/jpeg', 'image/png']);
      await phoneShot(page, '#apply-materials', 'loop-11-fixed-materials-phone.png');
      await tap(page, '#mat-next');
      await signAndSubmit(page);
      expect(await text(page, '#detail-timeline')).toContain('修改后重新提交');
      stepDone('wrong photo deleted, new one added, resubmitted');

      // 5. The reviewer sees the new photos and accepts.
      await rp.goto(`${gateway.url}/staff/#/queue`);
      expect(await searchQueue(rp, number)).toEqual([number]);
      await rp.locator('.queue-table .queue-number').first().click();
      await rp.locator('.detail-page').waitFor();
      await rp.waitForFunction(() => document.querySelector('.detail-status')?.textContent?.includes('待受理'));
      await rp.waitForFunction(() => {
        const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('.material-thumb img'));
        return imgs.length === 3 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
      await rp.locator('.decide-accept').click();
      await rp.locator('.accept-dialog .t-dialog').waitFor();
      await rp.locator('.accept-dialog button:has-text("确认受理")').click();
      await rp.waitForFunction(() => document.querySelector('.detail-status')?.textContent?.includes('已受理'));
      await shot(rp, 'loop-12-console-accepted-desktop.png');
      stepDone('accepted in the console');

      // 6. She sees the 备案凭证 and saves it as a PDF.
      await page.goto(`${gateway.url}/#/packages/messages/pages/index/index`);
      const accepted = shown(page, '.message-item--unread');
      await accepted.waitFor();
      expect(await accepted.textContent()).toContain('已受理');
      await accepted.click();
      await page.waitForURL(/pages\/detail\/index/);
      await waitText(page, '#detail-status', '已受理');
      const voucher = await text(page, '#detail-voucher');
      expect(voucher).toContain('异地就医备案凭证');
      expect(voucher).toContain(`业务编号${number}`);
      expect(voucher).toContain('就医备案地广东省 深圳市');
      await phoneShot(page, '#apply-detail', 'loop-13-voucher-phone.png');
      const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '#voucher-save')]);
      const bytes = readFileSync((await download.path())!);
      expect(download.suggestedFilename()).toBe(`异地就医备案凭证-${number}.pdf`);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      writeFileSync(path.join(ARTIFACTS, 'loop-14-voucher.pdf'), bytes);
      const pdf = flat((await pdfText(bytes)).text);
      expect(pdf).toContain('异地就医备案凭证');
      expect(pdf).toContain(`业务编号${number}`);
      expect(pdf).toContain(`张大山${maskIdNumber(FATHER_ID)}`);
      expect(pdf).not.toContain(FATHER_ID);
      // 巴中's 经办中心 take no 手工报销 (003 六 is 山西's service): neither the card nor the PDF offers one.
      expect(voucher).not.toContain('手工报销');
      expect(pdf).not.toContain('手工报销');
      stepDone('凭证 seen and saved as PDF');
    } finally {
      await reviewer?.context.close();
      await phone.context.close();
    }

    // 7. A 随县 and a 山西 reviewer: not in their queue, and the console's API answers as if it did not exist.
    for (const [who, name] of [
      [SUIXIAN, 'suixian'],
      [SHANXI, 'shanxi'],
    ] as const) {
      const other = await consoleOf(who);
      try {
        expect(await searchQueue(other.page, number)).toEqual([]);
        await shot(other.page, `loop-15-console-${name}-desktop.png`);
        const detail = await consoleGet(other.page, `/applications/${number}`);
        expect(detail.status).toBe(404);
        expect(detail.body).toMatchObject({ ok: false, code: 'NOT_FOUND' });
        expect((await consoleGet(other.page, `/applications/${id}`)).status).toBe(404);
      } finally {
        await other.context.close();
      }
    }
    stepDone('随县 and 山西 reviewers see nothing');

    // 8. Her father on his own phone: declared, verified at the counter, then the filing is on his list, hers.
    const dad = await phoneOf(browser, gateway.url, FATHER);
    try {
      await dad.page.setViewportSize(PHONE);
      await dad.page.goto(`${gateway.url}/#/packages/apply/pages/identity/index`);
      await type(dad.page, 'identity-name', '张大山');
      await type(dad.page, 'identity-id', FATHER_ID);
      await tap(dad.page, '#identity-declare');
      await waitText(dad.page, '#identity-level', '待核验');
      const ref = (await text(dad.page, '#identity-ref')).replace(' ', '');
      await staffVerify(gateway.app, { name: '张大山', idNumber: FATHER_ID, ref, staff: '何审核', evidence: '核对身份证原件' });
      await dad.page.goto(`${gateway.url}/#/packages/apply/pages/list/index`);
      await waitText(dad.page, `#list-item-${id}-by`, '由 张小红（子女）代办');
      expect(await text(dad.page, `#list-item-${id}-number`)).toBe(`业务编号 ${number}`);
      await phoneShot(dad.page, '#apply-list', 'loop-16-father-list-phone.png');
      await tap(dad.page, `#list-item-${id}`);
      await waitText(dad.page, '#detail-filed-by', '由 张小红（子女）代办');
      await waitText(dad.page, '#detail-status', '已受理');
      await phoneShot(dad.page, '#apply-detail', 'loop-17-father-detail-phone.png');
    } finally {
      await dad.context.close();
    }
    stepDone('the father sees it, 由 张小红 代办');
  });
});
