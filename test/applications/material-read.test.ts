/**
 * Reading a photo back and taking one back (issue 15): links for whoever may see the application, each good for one
 * material, one account, one stored file and a few minutes; deleting for the filer only, while draft or returned,
 * audited, the stored file removed after the record.
 */
import fs from 'fs';
import path from 'path';
import * as apps from '../../server/applications';
import { attachMaterial, issueUploadTicket } from '../../server/applications/attach';
import { LINK_MINUTES, readLinkedMaterial } from '../../server/applications/material-read';
import { NOT_FOUND_MESSAGE } from '../../server/applications/errors';
import { FATHER_ID, freshContext, longTermForFather, rejection, verifiedSelf } from './helpers';
import { jpegOf } from '../reliability/images';

const me = { openid: 'o-me' };
const father = { openid: 'o-father' };
const stranger = { openid: 'o-stranger' };

let ctx: ReturnType<typeof freshContext>;
let id: string;
let clock: Date;
let n = 0;

beforeEach(async () => {
  ctx = freshContext();
  clock = new Date('2026-12-01T10:00:00Z');
  ctx.now = () => clock;
  id = (await apps.createDraft(ctx, me, { content: longTermForFather() })).id;
});
afterEach(() => ctx.cleanup());

async function photo(item = 'residenceProof', w = 32): Promise<string> {
  const ticket = await issueUploadTicket(ctx, me, { applicationId: id, item });
  const fileId = await ctx.files.inbox.put(ticket.cloudPath, jpegOf(w, 16));
  return (await attachMaterial(ctx, me, { applicationId: id, item, fileId, requestId: `mat-read-${String(++n).padStart(4, '0')}` })).id;
}

/** The link's query as the gateway reads it. */
function queryOf(url: string) {
  const u = new URL(url, 'http://local');
  return { id: decodeURIComponent(u.pathname.split('/').pop()!), q: { openid: u.searchParams.get('a')!, expiresAt: Number(u.searchParams.get('e')), signature: u.searchParams.get('s')! } };
}

const storedFiles = () => (fs.existsSync(path.join(ctx.dataDir, 'files', id)) ? fs.readdirSync(path.join(ctx.dataDir, 'files', id)) : []);

test('the filer gets one link per photo, each serving that photo as its stored type until it expires', async () => {
  const first = await photo();
  const second = await photo('residenceProof', 48);
  const { links } = await apps.materialLinks(ctx, me, { applicationId: id });
  expect(links.map((l) => l.id)).toEqual([first, second]);
  expect(links[0].expiresAt).toBe(new Date(clock.getTime() + LINK_MINUTES * 60_000).toISOString());
  const a = queryOf(links[0].url);
  const served = await readLinkedMaterial(ctx, a.id, a.q);
  expect(served?.mime).toBe('image/jpeg');
  expect(served?.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

  // Replayed for the other material, by another account, with a changed expiry, or after it: nothing.
  expect(await readLinkedMaterial(ctx, second, a.q)).toBeNull();
  expect(await readLinkedMaterial(ctx, a.id, { ...a.q, openid: stranger.openid })).toBeNull();
  expect(await readLinkedMaterial(ctx, a.id, { ...a.q, expiresAt: a.q.expiresAt + 3600 })).toBeNull();
  expect(await readLinkedMaterial(ctx, `${id}-99`, a.q)).toBeNull();
  clock = new Date(clock.getTime() + LINK_MINUTES * 60_000 + 1000);
  expect(await readLinkedMaterial(ctx, a.id, a.q)).toBeNull();
});

test('another account and a guessed application id get the same NOT_FOUND; the verified principal may see', async () => {
  await photo();
  expect(await rejection(apps.materialLinks(ctx, stranger, { applicationId: id }))).toMatchObject({ code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
  expect(await rejection(apps.materialLinks(ctx, me, { applicationId: 'guessed0000' }))).toMatchObject({ code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
  // The father, before and after his own identity is verified: the view's rule (access.ts).
  expect(await rejection(apps.materialLinks(ctx, father, { applicationId: id }))).toMatchObject({ code: 'NOT_FOUND' });
  await apps.submit(ctx, me, { requestId: 'mat-read-submit', id, commitment: { accepted: true, signerName: '张小红' } });
  await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
  const { links } = await apps.materialLinks(ctx, father, { applicationId: id });
  expect(links).toHaveLength(1);
  const a = queryOf(links[0].url);
  expect(a.q.openid).toBe(father.openid);
  expect(await readLinkedMaterial(ctx, a.id, a.q)).not.toBeNull();
  // He may look, not delete: that is the filer's.
  expect(await rejection(apps.deleteMaterial(ctx, father, { applicationId: id, materialId: a.id }))).toMatchObject({ code: 'NOT_FOUND' });
});

test('the filer deletes a photo of a draft: record, file and link gone, audited; a second delete is NOT_FOUND', async () => {
  const wrong = await photo();
  const right = await photo('residenceProof', 48);
  const before = queryOf((await apps.materialLinks(ctx, me, { applicationId: id })).links[0].url);
  expect(storedFiles()).toHaveLength(2);
  expect(await apps.deleteMaterial(ctx, me, { applicationId: id, materialId: wrong })).toEqual({ id: wrong, item: 'residenceProof' });
  expect(storedFiles()).toHaveLength(1);
  expect((await ctx.store.listMaterials(id)).map((m) => m.id)).toEqual([right]);
  expect(await readLinkedMaterial(ctx, before.id, before.q)).toBeNull();
  const audit = await ctx.store.listAudit(id);
  expect(audit[audit.length - 1]).toMatchObject({ action: 'upload', actor: { role: 'applicant', id: me.openid } });
  expect(audit[audit.length - 1].note).toMatch(/^删除材料：.+（照片 [0-9a-f]{8}）$/);
  expect(await rejection(apps.deleteMaterial(ctx, me, { applicationId: id, materialId: wrong }))).toMatchObject({ code: 'NOT_FOUND' });

  // A new photo may take the freed slot id: the old link (signed for the old file) still shows nothing.
  const again = await photo('residenceProof', 64);
  expect(again).toBe(wrong);
  expect(await readLinkedMaterial(ctx, before.id, before.q)).toBeNull();
});

test('deleting: a stranger, a material of another application, a submitted application, bad input — refused, nothing changes', async () => {
  const m = await photo();
  const other = (await apps.createDraft(ctx, me, { content: longTermForFather() })).id;
  expect(await rejection(apps.deleteMaterial(ctx, stranger, { applicationId: id, materialId: m }))).toMatchObject({ code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
  expect(await rejection(apps.deleteMaterial(ctx, me, { applicationId: other, materialId: m }))).toMatchObject({ code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
  expect(await rejection(apps.deleteMaterial(ctx, me, { applicationId: id, materialId: '../../x' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'materialId' });
  expect(await rejection(apps.deleteMaterial(ctx, me, { applicationId: id }))).toMatchObject({ code: 'INVALID_INPUT' });
  expect(await rejection(apps.deleteMaterial(ctx, me, [] as unknown))).toMatchObject({ code: 'INVALID_INPUT' });
  await apps.submit(ctx, me, { requestId: 'mat-read-submit', id, commitment: { accepted: true, signerName: '张小红' } });
  expect(await rejection(apps.deleteMaterial(ctx, me, { applicationId: id, materialId: m }))).toMatchObject({
    code: 'INVALID_STATE',
    message: '该申请当前状态为"已提交，待受理"，不能删除照片',
  });
  expect(await ctx.store.listMaterials(id)).toHaveLength(1);
  expect(storedFiles()).toHaveLength(1);

  // Returned by staff: hers to fix again.
  await apps.returnApplication(ctx, { id, staff: '王经办', reason: '第一张是无关照片' });
  await apps.deleteMaterial(ctx, me, { applicationId: id, materialId: m });
  expect(await ctx.store.listMaterials(id)).toHaveLength(0);
});
