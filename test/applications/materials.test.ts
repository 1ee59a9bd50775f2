import fs from 'fs';
import path from 'path';
import * as apps from '../../server/applications';
import { freshContext, longTermForFather, counts, rejection } from './helpers';

const me = { openid: 'o-me' };
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);
const GIF = Buffer.from('GIF89a0000000000');
const b64 = (b: Buffer) => b.toString('base64');

describe('material uploads: images only, size-limited, stored under DATA_DIR/files with metadata in the store', () => {
  let ctx: ReturnType<typeof freshContext>;
  let id: string;
  beforeEach(async () => {
    ctx = freshContext();
    id = (await apps.createDraft(ctx, me, { content: longTermForFather() })).id;
  });
  afterEach(() => ctx.cleanup());

  test('a JPEG for a checklist item is stored as a file and listed on the application', async () => {
    const up = await apps.uploadMaterial(ctx, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(JPEG) });
    expect(up).toMatchObject({ mime: 'image/jpeg', size: JPEG.length, name: '就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明' });
    const files = fs.readdirSync(path.join(ctx.dataDir, 'files', id));
    expect(files).toEqual([`${up.id}.jpg`]);
    expect(fs.readFileSync(path.join(ctx.dataDir, 'files', id, files[0]))).toEqual(JPEG);
    const view = await apps.getOne(ctx, me, { id });
    expect(view.materials.find((m) => m.item === 'residenceProof')?.uploaded).toHaveLength(1);
    expect(view.missingMaterials).toEqual(['代办人及备案人身份证或户口薄原件等相关资料']);
  });

  test.each([
    ['a GIF (magic bytes, not the name, decide)', { item: 'residenceProof', contentBase64: b64(GIF) }, '只能上传 JPG 或 PNG'],
    ['over 5 MB', { item: 'residenceProof', contentBase64: b64(Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)])) }, '不能超过 5 MB'],
    ['an item not on this application\'s checklist', { item: 'referralCertificate', contentBase64: b64(JPEG) }, '本申请的材料清单中没有"转出地医疗机构出具的转诊证明"'],
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
});
