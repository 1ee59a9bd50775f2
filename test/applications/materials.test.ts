import fs from 'fs';
import path from 'path';
import jpeg from 'jpeg-js';
import * as apps from '../../server/applications';
import { MAX_IMAGES_PER_APPLICATION, MAX_IMAGES_PER_ITEM } from '../../server/applications/materials';
import { freshContext, longTermForFather, reimbursementForSelf, counts, rejection } from './helpers';
import { jpegOf, pngOf, chunk } from '../reliability/images';

const me = { openid: 'o-me' };
const JPEG = jpegOf(32, 16);
const SMALL = jpegOf(8, 8);
const GIF = Buffer.from('GIF89a0000000000');
const b64 = (b: Buffer) => b.toString('base64');

/** Three magic bytes and then a web page: passed the old check, decodes to nothing. */
const FAKE_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<html><script>alert(1)</script></html>')]);
/** A real PNG whose pixel data was cut off after the header. */
const CUT_PNG = pngOf(32, 16).subarray(0, 60);
/** A real PNG header and a pixel chunk that is not zlib at all. */
const BAD_PNG = Buffer.concat([pngOf(4, 4).subarray(0, 33), chunk('IDAT', Buffer.from('not deflate data')), chunk('IEND', Buffer.alloc(0))]);

describe('material uploads: images only, size-limited, re-encoded, stored under DATA_DIR/files with metadata in the store', () => {
  let ctx: ReturnType<typeof freshContext>;
  let id: string;
  beforeEach(async () => {
    ctx = freshContext();
    id = (await apps.createDraft(ctx, me, { content: longTermForFather() })).id;
  });
  afterEach(() => ctx.cleanup());

  test('a JPEG for a checklist item is stored as a re-encoded file and listed on the application', async () => {
    const up = await apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(JPEG) });
    expect(up).toMatchObject({ mime: 'image/jpeg', name: '就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明' });
    const files = fs.readdirSync(path.join(ctx.dataDir, 'files', id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.jpg$/);
    const stored = fs.readFileSync(path.join(ctx.dataDir, 'files', id, files[0]));
    expect(up.size).toBe(stored.length);
    // What is stored is a JPEG the server wrote itself, of the same picture.
    expect(jpeg.decode(stored)).toMatchObject({ width: 32, height: 16 });
    const view = await apps.getOne(ctx, me, { id });
    expect(view.materials.find((m) => m.item === 'residenceProof')?.uploaded).toEqual([{ id: up.id, mime: 'image/jpeg', size: up.size, uploadedAt: up.uploadedAt }]);
    expect(view.missingMaterials).toEqual(['代办人及备案人身份证或户口簿原件等相关资料']);
  });

  test('a PNG stays a PNG', async () => {
    const up = await apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(pngOf(20, 10)) });
    expect(up.mime).toBe('image/png');
    expect(fs.readdirSync(path.join(ctx.dataDir, 'files', id))[0]).toMatch(/\.png$/);
  });

  test.each([
    ['a GIF (magic bytes, not the name, decide)', { item: 'residenceProof', contentBase64: b64(GIF) }, '只能上传 JPG 或 PNG'],
    ['over 5 MB', { item: 'residenceProof', contentBase64: b64(Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)])) }, '不能超过 5 MB'],
    ['an item not on this application\'s checklist', { item: 'referralCertificate', contentBase64: b64(JPEG) }, '本申请的材料清单中没有"转出地医疗机构出具的转诊证明"'],
    ['FF D8 FF and then a web page', { item: 'residenceProof', contentBase64: b64(FAKE_JPEG) }, '图片无法识别'],
    ['a JPEG cut off in the middle', { item: 'residenceProof', contentBase64: b64(JPEG.subarray(0, Math.floor(JPEG.length / 2))) }, '图片无法识别'],
    ['a PNG cut off after its header', { item: 'residenceProof', contentBase64: b64(CUT_PNG) }, '图片无法识别'],
    ['a PNG whose pixels are not compressed data', { item: 'residenceProof', contentBase64: b64(BAD_PNG) }, '图片无法识别'],
  ])('%s is refused and nothing is stored', async (_name, req, message) => {
    const before = await counts(ctx);
    const err = await rejection(apps.uploadMaterial(ctx, me, { applicationId: id, ...req }));
    expect(err).toMatchObject({ code: 'INVALID_INPUT' });
    expect(err.message).toContain(message);
    expect(await counts(ctx)).toEqual(before);
    expect(fs.existsSync(path.join(ctx.dataDir, 'files', id))).toBe(false);
  });

  test('no uploads once submitted', async () => {
    await apps.submit(ctx, me, { requestId: 'req-materials-1', id, commitment: { accepted: true, signerName: '张小红' } });
    expect(await rejection(apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(JPEG) }))).toMatchObject({
      code: 'INVALID_STATE',
    });
  });

  test(`at most ${MAX_IMAGES_PER_ITEM} photos per checklist item`, async () => {
    for (let i = 0; i < MAX_IMAGES_PER_ITEM; i++) await apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(SMALL) });
    const before = await counts(ctx);
    const err = await rejection(apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(SMALL) }));
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'item' });
    expect(err.message).toBe(`材料"就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明"最多上传 ${MAX_IMAGES_PER_ITEM} 张图片，已经上传了 ${MAX_IMAGES_PER_ITEM} 张`);
    expect(await counts(ctx)).toEqual(before);
    expect(fs.readdirSync(path.join(ctx.dataDir, 'files', id))).toHaveLength(MAX_IMAGES_PER_ITEM);
    // The other item of the checklist still takes photos.
    await apps.uploadMaterial(ctx, me, { applicationId: id, item: 'agentAndPrincipalIdentity', contentBase64: b64(SMALL) });
  });

  test(`at most ${MAX_IMAGES_PER_APPLICATION} photos per application`, async () => {
    const own = (await apps.createDraft(ctx, me, { content: reimbursementForSelf() })).id;
    const items = ['settlementReceipt', 'costList', 'dischargeCertificate'];
    for (let i = 0; i < MAX_IMAGES_PER_APPLICATION; i++) {
      await apps.uploadMaterial(ctx, me, { applicationId: own, item: items[Math.floor(i / MAX_IMAGES_PER_ITEM)], contentBase64: b64(SMALL) });
    }
    const before = await counts(ctx);
    const err = await rejection(apps.uploadMaterial(ctx, me, { applicationId: own, item: 'dischargeCertificate', contentBase64: b64(SMALL) }));
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'applicationId' });
    expect(err.message).toBe(`每份申请最多上传 ${MAX_IMAGES_PER_APPLICATION} 张图片，这份申请已经上传了 ${MAX_IMAGES_PER_APPLICATION} 张`);
    expect(await counts(ctx)).toEqual(before);
    // Another application of the same account is not affected.
    await apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(SMALL) });
  });
});
