/**
 * Photos as files (issue 12 item 2): the function issues an upload ticket (a cloudPath recorded for the caller and the
 * application), the client uploads there, and attachMaterial takes the fileID only when it is the caller's own live
 * ticket for that application; the size is read before the bytes, the bytes go through the re-encoding pipeline, and
 * the upload is deleted once used.
 */
import fs from 'fs';
import path from 'path';
import jpeg from 'jpeg-js';
import * as apps from '../../server/applications';
import { attachMaterial, issueUploadTicket, TICKET_MINUTES } from '../../server/applications/attach';
import { MAX_MATERIAL_BYTES, type MaterialView } from '../../server/applications/materials';
import { cloudCloudPath, INBOX_PREFIX } from '../../server/store/files';
import { freshContext, longTermForFather, rejection } from './helpers';
import { jpegOf, metadataLeft, phonePhoto } from '../reliability/images';

const me = { openid: 'o-me' };
const stranger = { openid: 'o-stranger' };
const JPEG = jpegOf(32, 16);
/** Three magic bytes and then a web page. */
const FAKE_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<html><script>alert(1)</script></html>')]);

let ctx: ReturnType<typeof freshContext>;
let id: string;
let requests = 0;
const key = () => `attach-${String(++requests).padStart(4, '0')}`;

beforeEach(async () => {
  ctx = freshContext();
  id = (await apps.createDraft(ctx, me, { content: longTermForFather() })).id;
});
afterEach(() => ctx.cleanup());

/** What the mini-program does: a ticket, then the file uploaded to its cloudPath (here the local inbox). */
async function uploaded(bytes: Buffer, who = me, applicationId = id, item = 'residenceProof'): Promise<string> {
  const ticket = await issueUploadTicket(ctx, who, { applicationId, item });
  return ctx.files.inbox.put(ticket.cloudPath, bytes);
}

const inboxFiles = () => {
  const dir = path.join(ctx.dataDir, 'files', 'inbox');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

test('a ticket names a fresh path under the uploads prefix and the limit; the photo attached is re-encoded and its upload deleted', async () => {
  const ticket = await issueUploadTicket(ctx, me, { applicationId: id, item: 'residenceProof' });
  expect(ticket.cloudPath).toMatch(new RegExp(`^${INBOX_PREFIX}[0-9a-z]+\\.upload$`));
  expect(ticket.maxBytes).toBe(MAX_MATERIAL_BYTES);
  const photo = phonePhoto(24, 12, 6);
  const fileId = await ctx.files.inbox.put(ticket.cloudPath, photo);
  expect(inboxFiles()).toHaveLength(1);

  const m = await attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId: key() });
  expect(m).toMatchObject({ item: 'residenceProof', mime: 'image/jpeg' });
  expect(inboxFiles()).toEqual([]);
  const stored = fs.readdirSync(path.join(ctx.dataDir, 'files', id));
  expect(stored).toHaveLength(1);
  const bytes = fs.readFileSync(path.join(ctx.dataDir, 'files', id, stored[0]));
  // The pipeline ran: what is kept has no EXIF, and stands upright (orientation 6 turns 24×12 into 12×24).
  expect(metadataLeft(bytes)).toEqual([]);
  expect(jpeg.decode(bytes)).toMatchObject({ width: 12, height: 24 });
  const view = await apps.getOne(ctx, me, { id });
  expect(view.materials.find((x) => x.item === 'residenceProof')?.uploaded.map((u) => u.id)).toEqual([m.id]);
});

test("another account cannot attach someone's upload, and the upload stays for its owner", async () => {
  const fileId = await uploaded(JPEG);
  const theirs = (await apps.createDraft(ctx, stranger, { content: longTermForFather() })).id;
  const refused = await rejection(attachMaterial(ctx, stranger, { applicationId: theirs, item: 'residenceProof', fileId, requestId: key() }));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'fileId', message: expect.stringContaining('上传凭证无效') });
  expect(inboxFiles()).toHaveLength(1);
  await expect(attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId: key() })).resolves.toMatchObject({ mime: 'image/jpeg' });
});

test("a ticket of one application does not attach to another of the caller's own", async () => {
  const other = (await apps.createDraft(ctx, me, { content: longTermForFather() })).id;
  const fileId = await uploaded(JPEG);
  const refused = await rejection(attachMaterial(ctx, me, { applicationId: other, item: 'residenceProof', fileId, requestId: key() }));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'fileId' });
  expect(await ctx.store.listMaterials(other)).toEqual([]);
});

test.each([
  ['a path outside the uploads prefix', 'local://yibao/materials/x.upload'],
  ['a path that climbs out', `local://${INBOX_PREFIX}../../id-encryption.key`],
  ['a made-up name', `local://${INBOX_PREFIX}abc123.upload`],
  ['a cloud fileID on the local storage', `cloud://env-1.bucket/${INBOX_PREFIX}abc.upload`],
  ['not a fileID at all', 'hello'],
])('%s is refused, nothing stored', async (_name, fileId) => {
  const refused = await rejection(attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId: key() }));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'fileId' });
  expect(await ctx.store.listMaterials(id)).toEqual([]);
});

test('a ticket expires: an upload attached after an hour is refused', async () => {
  const start = Date.parse('2026-12-01T08:00:00Z');
  let now = start;
  const timed = { ...ctx, now: () => new Date(now) };
  const ticket = await issueUploadTicket(timed, me, { applicationId: id, item: 'residenceProof' });
  const fileId = await ctx.files.inbox.put(ticket.cloudPath, JPEG);
  now = start + (TICKET_MINUTES + 1) * 60_000;
  const refused = await rejection(attachMaterial(timed, me, { applicationId: id, item: 'residenceProof', fileId, requestId: key() }));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('已过期') });
});

test('over 5 MB is refused from the file size, without downloading it; the upload is deleted', async () => {
  const fileId = await uploaded(Buffer.concat([JPEG, Buffer.alloc(MAX_MATERIAL_BYTES)]));
  const read = jest.spyOn(ctx.files.inbox, 'read');
  const refused = await rejection(attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId: key() }));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('不能超过 5 MB') });
  expect(read).not.toHaveBeenCalled();
  expect(inboxFiles()).toEqual([]);
});

test('what does not decode is refused, nothing is stored and the upload is deleted', async () => {
  const fileId = await uploaded(FAKE_JPEG);
  const refused = await rejection(attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId: key() }));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('图片无法识别') });
  expect(await ctx.store.listMaterials(id)).toEqual([]);
  expect(inboxFiles()).toEqual([]);
  expect(fs.existsSync(path.join(ctx.dataDir, 'files', id))).toBe(false);
});

test('a retried attach (same request key) answers with the first material; the same upload under a new key finds nothing', async () => {
  const fileId = await uploaded(JPEG);
  const requestId = key();
  const first = await attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId });
  const again = await attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId });
  expect(again).toEqual(first);
  const twice = await rejection(attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId: key() }));
  expect(twice).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('没有找到上传的图片') });
  expect(await ctx.store.listMaterials(id)).toHaveLength(1);
});

test('five copies of one attach at once store one material', async () => {
  const fileId = await uploaded(JPEG);
  const requestId = key();
  const results = await Promise.allSettled(
    Array.from({ length: 5 }, () => attachMaterial(ctx, me, { applicationId: id, item: 'residenceProof', fileId, requestId })),
  );
  const ok = results.filter((r): r is PromiseFulfilledResult<MaterialView> => r.status === 'fulfilled');
  expect(ok.length).toBeGreaterThan(0);
  expect(new Set(ok.map((r) => r.value.id)).size).toBe(1);
  expect(await ctx.store.listMaterials(id)).toHaveLength(1);
  expect(fs.readdirSync(path.join(ctx.dataDir, 'files', id))).toHaveLength(1);
});

test('no ticket for what could not be attached: another account, an item off the checklist, a submitted application', async () => {
  expect(await rejection(issueUploadTicket(ctx, stranger, { applicationId: id, item: 'residenceProof' }))).toMatchObject({ code: 'NOT_FOUND' });
  expect(await rejection(issueUploadTicket(ctx, me, { applicationId: id, item: 'referralCertificate' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'item' });
  const withdrawn = await apps.withdraw(ctx, me, { id });
  expect(withdrawn.status).toBe('withdrawn');
  expect(await rejection(issueUploadTicket(ctx, me, { applicationId: id, item: 'residenceProof' }))).toMatchObject({ code: 'INVALID_STATE' });
});

test('a cloud fileID maps to its cloudPath only for this environment and only under the uploads prefix', () => {
  const p = `${INBOX_PREFIX}0abc.upload`;
  expect(cloudCloudPath('yibao-prod', `cloud://yibao-prod.7969-yibao-prod-1250000000/${p}`)).toBe(p);
  expect(cloudCloudPath('yibao-prod', `cloud://other-env.7969-other-env-1250000000/${p}`)).toBeNull();
  expect(cloudCloudPath('yibao-prod', 'cloud://yibao-prod.7969-yibao-prod-1250000000/yibao/materials/a/b.jpg')).toBeNull();
  // Inside a cloud function the environment is the current one, unnamed: the ticket is the check.
  expect(cloudCloudPath(undefined, `cloud://any.bucket/${p}`)).toBe(p);
});

test('the storage rules (cloudbase/storage.rules.json) let a client write only to a ticket path, and read nothing', async () => {
  const rules = JSON.parse(fs.readFileSync(path.join(__dirname, '../../cloudbase/storage.rules.json'), 'utf8')) as { read: unknown; write: string };
  expect(rules.read).toBe(false);
  expect(rules.write).toContain('resource.openid == auth.openid');
  // The rule's path pattern, as the rules engine reads the literal: every ticket path passes, nothing else does.
  const literal = /\/(\^.*\$)\/\.test\(resource\.path\) == true/.exec(rules.write);
  expect(literal).not.toBeNull();
  const pattern = new RegExp(literal![1]);
  const ticket = await issueUploadTicket(ctx, me, { applicationId: id, item: 'residenceProof' });
  expect(pattern.test(ticket.cloudPath)).toBe(true);
  for (const p of ['yibao/materials/x/00.jpg', 'yibao/uploads/../materials/x.upload', 'other/yibao/uploads/a.upload', 'yibao/uploads/a.upload/b']) {
    expect(pattern.test(p)).toBe(false);
  }
});
