/**
 * Fixing a returned filing's photos (issue 15) on the real H5 build at 375 px: staff return a 备案 with "第一张是
 * 无关照片" naming 居住证明; she sees the reason on the materials page and the slot marked, thumbnails of both photos,
 * previews one full screen, deletes the wrong one (after a confirm), replaces the other (new first, then old gone),
 * resubmits. Every upload failure says what to do: a .pdf, a .txt renamed .jpg; a >5 MB noisy PNG is compressed by
 * the app itself and goes up. Screenshots in both modes.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { Gateway } from '../../server/gateway/server';
import { CONCERN_TEXT, MAX_IMAGE_BYTES, NOT_A_PHOTO } from '../../miniprogram/models/materials';
import { longTermForFather } from '../applications/helpers';
import { jpegOf, photoLike, pngOf } from '../reliability/images';
import { ensureH5Build, launchBrowser, phoneOf, startGateway } from './harness';
import { screenshot, shown, tap, text, type, waitText } from './page';

jest.setTimeout(300_000);

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
const USER = 'materials-daughter';

let gateway: Gateway;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-materials-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function staff(...args: string[]): unknown {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  if (r.status !== 0) throw new Error(`yibao staff ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout);
}

async function call(session: string, action: string, body: object): Promise<any> {
  const res = await fetch(`${gateway.url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session': session },
    body: JSON.stringify({ action, ...body }),
  });
  const json = (await res.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!json.ok) throw new Error(`${action}: ${json.message}`);
  return json.data;
}

async function sessionOf(user: string): Promise<string> {
  const res = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/** A photo uploaded the way the H5 page does it: a ticket, the raw bytes, then attached. */
async function uploadVia(session: string, id: string, item: string, bytes: Buffer, n: number): Promise<void> {
  const ticket = await call(session, 'uploadTicket', { applicationId: id, item });
  const up = await fetch(`${gateway.url}/api/upload-file`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-upload-path': ticket.cloudPath, 'x-session': session },
    body: bytes,
  });
  const fileId = ((await up.json()) as { data: { fileId: string } }).data.fileId;
  await call(session, 'attachMaterial', { applicationId: id, item, fileId, requestId: `materials-browser-${n}` });
}

/** Her way back to the photos of a returned filing: the detail page → 修改 → the form → 下一步. */
async function openMaterials(page: Page, id: string): Promise<void> {
  await page.goto(`${gateway.url}/#/packages/apply/pages/detail/index?id=${id}`);
  await waitText(page, '#detail-status', '已退回，待修改');
  await tap(page, '#detail-edit');
  await shown(page, '#form-returned').waitFor();
  await tap(page, '#form-next');
  await shown(page, '#mat-residenceProof').waitFor();
}

/** Every thumbnail of a slot has loaded a real picture from its link. */
async function thumbnailsLoaded(page: Page, item: string): Promise<number> {
  const imgs = page.locator(`#mat-${item}-photos img`);
  await imgs.first().waitFor();
  await page.waitForFunction(
    (sel) => Array.from(document.querySelectorAll<HTMLImageElement>(sel)).every((i) => i.complete && i.naturalWidth > 0),
    `#mat-${item}-photos img`,
  );
  return imgs.count();
}

async function choose(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, button)]);
  // The picker is open and nothing is chosen yet: nothing says 正在上传 (issue 15).
  expect(await text(page, button)).not.toContain('正在上传');
  await chooser.setFiles(file);
}

const RED = jpegOf(640, 480, photoLike(640, 480, 7));
const GOOD = jpegOf(640, 480, photoLike(640, 480, 3));
const RETAKE = pngOf(480, 640, photoLike(480, 640, 11));

describe('a returned filing: the wrong photo taken back', () => {
  test('reason and mark, thumbnails, preview, delete, replace, failures said, a large photo compressed, resubmitted', async () => {
    const session = await sessionOf(USER);
    const content = longTermForFather();
    const { id } = await call(session, 'createDraft', { content });
    await uploadVia(session, id, 'residenceProof', RED, 1);
    await uploadVia(session, id, 'residenceProof', GOOD, 2);
    await call(session, 'submit', { requestId: 'materials-browser-submit', id, commitment: { accepted: true, signerName: '张小红' } });
    const reason = '第一张是无关照片';
    expect(staff('return', id, '--staff', '王经办', '--reason', reason, '--material', 'residenceProof')).toMatchObject({ status: 'returned' });
    const storedBefore = await gateway.app.store.listMaterials(id);
    expect(storedBefore).toHaveLength(2);

    const { context, page } = await phoneOf(browser, gateway.url, USER);
    try {
      await page.setViewportSize({ width: 375, height: 812 });
      await openMaterials(page, id);
      // The reason at the top, the slot it names marked.
      expect(await text(page, '#return-notice-reason')).toContain(reason);
      expect(await text(page, '#mat-residenceProof-concern')).toBe(CONCERN_TEXT);
      expect(await page.locator('#mat-agentAndPrincipalIdentity-concern').count()).toBe(0);
      expect(await thumbnailsLoaded(page, 'residenceProof')).toBe(2);
      await screenshot(page, '#apply-materials', 'materials-returned.png');

      // 长辈模式 from here on (the switch is on the home page), back to the same photos.
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#elder-toggle');
      await waitText(page, '#elder-state', '已开启');
      await openMaterials(page, id);
      expect(await thumbnailsLoaded(page, 'residenceProof')).toBe(2);
      await screenshot(page, '#apply-materials', 'materials-returned-elder.png');

      // Tap the first: full screen, the picture itself.
      await tap(page, '#mat-residenceProof-thumb-0');
      const preview = page.locator('.preview-image');
      await preview.waitFor();
      await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.preview-image img')).some((i) => i.complete && i.naturalWidth === 640));
      await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'materials-preview-elder.png') });
      await preview.click();
      await preview.waitFor({ state: 'detached' });

      // Delete the wrong one: asked first; 不删 keeps it.
      await tap(page, '#mat-residenceProof-delete-0');
      await page.locator('.taro-model__cancel').click();
      expect(await text(page, '#mat-residenceProof-state')).toBe('已上传 2 张');
      await tap(page, '#mat-residenceProof-delete-0');
      expect(await text(page, '.taro-modal__title')).toBe('删除这张照片？');
      await page.locator('.taro-model__confirm').click();
      await waitText(page, '#mat-residenceProof-state', '已上传 1 张');
      expect(await text(page, '#mat-residenceProof-note')).toBe('第 1 张已删除。');
      const afterDelete = await gateway.app.store.listMaterials(id);
      expect(afterDelete.map((m) => m.sha256)).toEqual([storedBefore[1].sha256]);
      expect((await gateway.app.store.listAudit(id)).some((a) => a.note.startsWith('删除材料：'))).toBe(true);

      // 换一张: the new photo in its place, the old one gone, never an empty slot.
      await choose(page, '#mat-residenceProof-replace-0', { name: 'retake.png', mimeType: 'image/png', buffer: RETAKE });
      await waitText(page, '#mat-residenceProof-note', '第 1 张已换成新照片。');
      expect(await text(page, '#mat-residenceProof-state')).toBe('已上传 1 张');
      const afterReplace = await gateway.app.store.listMaterials(id);
      expect(afterReplace).toHaveLength(1);
      expect(afterReplace[0].sha256).not.toBe(storedBefore[1].sha256);
      expect(afterReplace[0].mime).toBe('image/png');
      expect(await thumbnailsLoaded(page, 'residenceProof')).toBe(1);

      // A PDF, and a text file renamed .jpg: said before anything is sent, with what to do.
      await choose(page, '#mat-agentAndPrincipalIdentity-upload', { name: '身份证.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n') });
      await waitText(page, '#mat-agentAndPrincipalIdentity-error', NOT_A_PHOTO);
      await screenshot(page, '#apply-materials', 'materials-not-a-photo-elder.png');
      await choose(page, '#mat-agentAndPrincipalIdentity-upload', { name: '身份证.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这其实是一个文本文件\n'.repeat(50)) });
      await waitText(page, '#mat-agentAndPrincipalIdentity-error', NOT_A_PHOTO);
      expect(await text(page, '#mat-agentAndPrincipalIdentity-state')).toBe('还没有上传');
      // A cancelled picker says nothing.
      await Promise.all([page.waitForEvent('filechooser'), tap(page, '#mat-agentAndPrincipalIdentity-upload')]);
      // What the browser sends when the picker is closed without a choice (Taro's input listens for it).
      await page.evaluate(() => document.getElementById('taroChooseMedia')?.dispatchEvent(new Event('cancel')));
      await page.waitForTimeout(300);
      expect(await page.locator('#mat-agentAndPrincipalIdentity-error >> visible=true').count()).toBe(0);

      // A photo over 5 MB (noise does not compress as PNG): the app re-encodes it and it goes up.
      const noise = Buffer.alloc(1600 * 1200 * 4);
      for (let i = 0; i < noise.length; i++) noise[i] = (i & 3) === 3 ? 255 : Math.floor(Math.random() * 256);
      const big = pngOf(1600, 1200, noise);
      expect(big.length).toBeGreaterThan(MAX_IMAGE_BYTES);
      await choose(page, '#mat-agentAndPrincipalIdentity-upload', { name: 'big.png', mimeType: 'image/png', buffer: big });
      await waitText(page, '#mat-agentAndPrincipalIdentity-state', '已上传 1 张');
      expect(await text(page, '#mat-agentAndPrincipalIdentity-note')).toBe('照片较大，已自动压缩后上传。');
      const stored = (await gateway.app.store.listMaterials(id)).find((m) => m.item === 'agentAndPrincipalIdentity');
      expect(stored?.mime).toBe('image/jpeg');
      expect(stored!.size).toBeLessThan(MAX_IMAGE_BYTES);
      // Measured for the report: the PNG chosen and the JPEG stored.
      process.stdout.write(`materials.test: ${big.length} byte PNG stored as ${stored!.size} byte JPEG\n`);
      await screenshot(page, '#apply-materials', 'materials-fixed-elder.png');

      // Resubmitted.
      await tap(page, '#mat-next');
      await shown(page, '#commit-title').waitFor();
      await type(page, 'signer-name', '张小红');
      await tap(page, '#commit-accept');
      await tap(page, '#commit-submit');
      await page.waitForURL(/pages\/detail\/index/);
      await waitText(page, '#detail-status', '已提交，待受理');
    } finally {
      await context.close();
    }

    // The standard mode at 375 px on a fresh phone of hers: returned a second time, naming the other slot.
    const again = await phoneOf(browser, gateway.url, USER);
    try {
      await again.page.setViewportSize({ width: 375, height: 812 });
      staff('return', id, '--staff', '王经办', '--reason', '请再核对', '--material', 'agentAndPrincipalIdentity');
      await openMaterials(again.page, id);
      expect(await thumbnailsLoaded(again.page, 'agentAndPrincipalIdentity')).toBe(1);
      expect(await text(again.page, '#mat-agentAndPrincipalIdentity-concern')).toBe(CONCERN_TEXT);
      await screenshot(again.page, '#apply-materials', 'materials-returned-again.png');
    } finally {
      await again.context.close();
    }
  });
});
