/**
 * Uploads (issue 11, "Data that cannot be corrupted by one bad row or one photo"): every image is decoded and
 * re-encoded, so what a phone wrote besides the picture (EXIF with GPS, XMP, comments) is not stored and the photo
 * stands upright; what does not decode is refused, and so is a file that claims a picture too large to decode,
 * before it is decoded; drafts and accounts have quotas that two parallel uploads cannot both slip past; and a write
 * that fails (a full disk) leaves no row, no file and no *.tmp behind.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import * as apps from '../../server/applications';
import type { AppContext } from '../../server/applications/context';
import { MAX_BYTES_PER_ACCOUNT, MAX_IMAGES_PER_ACCOUNT, MAX_IMAGES_PER_ITEM } from '../../server/applications/materials';
import { MAX_JPEG_SCANS, MAX_PIXELS } from '../../server/applications/images/reencode';
import { localFileStorage, type FileSystem } from '../../server/store/files';
import type { Store } from '../../server/store/store';
import { openSqliteStore } from '../../server/store/sqlite';
import { createIdCipher } from '../../server/crypto/id-cipher';
import { respond, INTERNAL_MESSAGE } from '../../server/respond';
import { freshContext, longTermForFather, counts, rejection } from '../applications/helpers';
import {
  BLUE,
  RED,
  interlacedPngInflatingTo,
  jpegClaiming,
  jpegOf,
  metadataLeft,
  near,
  phonePhoto,
  photoLike,
  pixelAt,
  pngClaiming,
  pngOf,
  pngWithText,
  progressiveJpeg,
  COMMENT_TEXT,
} from './images';

const me = { openid: 'o-uploader' };
const b64 = (b: Buffer) => b.toString('base64');

type Ctx = ReturnType<typeof freshContext>;
let ctx: Ctx;
let draft: string;

beforeEach(async () => {
  ctx = freshContext();
  draft = (await apps.createDraft(ctx, me, { content: longTermForFather() })).id;
});
afterEach(async () => {
  jest.restoreAllMocks();
  await ctx.cleanup();
});

/** Every file under DATA_DIR/files, relative paths. */
function filesIn(dataDir: string): string[] {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(root, p)).isFile());
}

function storedBytes(c: Ctx = ctx): Buffer[] {
  return filesIn(c.dataDir).map((p) => fs.readFileSync(path.join(c.dataDir, 'files', p)));
}

const upload = (bytes: Buffer, c: AppContext = ctx, item = 'residenceProof') =>
  apps.uploadMaterial(c, me, { applicationId: draft, item, contentBase64: b64(bytes) });

/** The same context with some store calls replaced (the store's methods are closures, so this is safe). */
function withStore(c: Ctx, overrides: Partial<Store>): AppContext {
  return { ...c, store: Object.assign(Object.create(c.store), overrides) as Store };
}

describe('EXIF in, nothing out: every image is decoded and encoded again', () => {
  test('a phone JPEG with EXIF GPS, XMP and a comment is stored without any of them', async () => {
    const photo = phonePhoto(64, 48);
    // The test photo really carries them (the old code stored exactly these bytes).
    expect(metadataLeft(photo)).toHaveLength(6);
    await upload(photo);
    const [stored] = storedBytes();
    expect(stored.equals(photo)).toBe(false);
    expect(metadataLeft(stored)).toEqual([]);
    // No APP1 segment at all, and no comment segment (FF FE).
    expect(stored.includes(Buffer.from([0xff, 0xe1]))).toBe(false);
    expect(stored.includes(Buffer.from([0xff, 0xfe]))).toBe(false);
    const decoded = jpeg.decode(stored);
    expect(decoded).toMatchObject({ width: 64, height: 48 });
    expect(decoded.comments).toBeUndefined();
  });

  test('a PNG with a text chunk is stored without it', async () => {
    const png = pngWithText(pngOf(20, 10), COMMENT_TEXT);
    expect(metadataLeft(png)).toEqual([COMMENT_TEXT, 'tEXt']);
    await upload(png);
    const [stored] = storedBytes();
    expect(metadataLeft(stored)).toEqual([]);
    expect(PNG.sync.read(stored)).toMatchObject({ width: 20, height: 10 });
  });

  // The test picture is 32 × 16, red on top and blue below. A phone that held it turned writes how to turn it back.
  test.each([
    [1, 32, 16, { red: [5, 2], blue: [5, 13] }],
    [3, 32, 16, { red: [5, 13], blue: [5, 2] }], // upside down
    [6, 16, 32, { red: [13, 5], blue: [2, 5] }], // a quarter clockwise: the top goes to the right
    [8, 16, 32, { red: [2, 5], blue: [13, 5] }], // a quarter anticlockwise: the top goes to the left
  ])('EXIF orientation %i is applied to the pixels: stored %i × %i, upright', async (orientation, width, height, where) => {
    await upload(phonePhoto(32, 16, orientation));
    const [stored] = storedBytes();
    const decoded = jpeg.decode(stored);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width, height });
    expect(near(pixelAt(decoded, where.red[0], where.red[1]), RED)).toBe(true);
    expect(near(pixelAt(decoded, where.blue[0], where.blue[1]), BLUE)).toBe(true);
  });

  test('a large photo is shrunk to 4096 px on its long side and re-encoded smaller than it came', async () => {
    const big = jpegOf(4800, 96, photoLike(4800, 96), 95);
    const up = await upload(big);
    const decoded = jpeg.decode(storedBytes()[0]);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 4096, height: 82 });
    expect(up.size).toBeLessThan(big.length);
  });
});

describe('what does not decode, or claims too much to decode, is refused before it costs anything', () => {
  const UNREADABLE = '图片无法识别';
  const TOO_LARGE = '图片尺寸过大';

  async function refusedWith(bytes: Buffer, message: string): Promise<void> {
    const before = await counts(ctx);
    const err = await rejection(upload(bytes));
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'contentBase64' });
    expect(err.message).toContain(message);
    expect(await counts(ctx)).toEqual(before);
    expect(filesIn(ctx.dataDir)).toEqual([]);
  }

  test('FF D8 FF and then a web page', async () => {
    await refusedWith(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<html><body>hello</body></html>')]), UNREADABLE);
  });

  test('a 1 KB PNG claiming 50000 × 50000 is refused from its header: the decoder is never called', async () => {
    const bomb = pngClaiming(50_000, 50_000);
    expect(bomb.length).toBeLessThan(1024);
    const read = jest.spyOn(PNG.sync, 'read');
    await refusedWith(bomb, TOO_LARGE);
    expect(read).not.toHaveBeenCalled();
  });

  test('a JPEG whose frame claims 60000 × 60000 is refused from its header: the decoder is never called', async () => {
    const decode = jest.spyOn(jpeg, 'decode');
    await refusedWith(jpegClaiming(60_000, 60_000), TOO_LARGE);
    expect(decode).not.toHaveBeenCalled();
  });

  test(`just over the cap (${MAX_PIXELS / 1e6} MP) is refused with the size in the message; just under, as what it is`, async () => {
    const side = Math.floor(Math.sqrt(MAX_PIXELS)) + 1;
    const err = await rejection(upload(jpegClaiming(side, side)));
    expect(err.message).toBe(`图片尺寸过大（${side}×${side}，约 ${Math.round((side * side) / 1e4)} 万像素），最大 ${MAX_PIXELS / 1e4} 万像素，请在手机上压缩或截取后再上传`);
    // Under the cap the same frame is refused for what it is: a header without a picture (no scan), not decoded.
    const decode = jest.spyOn(jpeg, 'decode');
    const under = await rejection(upload(jpegClaiming(side - 1, side - 1)));
    expect(under.message).toContain(UNREADABLE);
    expect(decode).not.toHaveBeenCalled();
  });

  test('an interlaced PNG whose pixel data inflates far beyond its picture is refused before pngjs inflates it', async () => {
    // 1000 × 1000 grey needs about 1 MB; this inflates to 64 MB (5 MB of data would inflate to gigabytes).
    const bomb = interlacedPngInflatingTo(1000, 1000, 64 * 1024 * 1024);
    const read = jest.spyOn(PNG.sync, 'read');
    await refusedWith(bomb, UNREADABLE);
    expect(read).not.toHaveBeenCalled();
  });

  test(`a progressive JPEG of more than ${MAX_JPEG_SCANS} scans is refused before decoding; an ordinary one is read`, async () => {
    const decode = jest.spyOn(jpeg, 'decode');
    await refusedWith(progressiveJpeg(64, 64, 500), UNREADABLE);
    expect(decode).not.toHaveBeenCalled();
    await upload(progressiveJpeg(64, 64, 9));
    expect(jpeg.decode(storedBytes()[0])).toMatchObject({ width: 64, height: 64 });
  });
});

describe('quotas hold under parallel uploads', () => {
  test('three parallel uploads for the last free place of an item: exactly one is stored', async () => {
    const small = jpegOf(8, 8);
    for (let i = 0; i < MAX_IMAGES_PER_ITEM - 1; i++) await upload(small);
    // Hold every transaction until all three uploads have counted: they all saw one place left.
    let arrived = 0;
    let release!: () => void;
    const allCounted = new Promise<void>((r) => (release = r));
    const racing = withStore(ctx, {
      transaction: async (fn) => {
        if (++arrived === 3) release();
        await allCounted;
        return ctx.store.transaction(fn);
      },
    });
    const results = await Promise.allSettled([upload(small, racing), upload(small, racing), upload(small, racing)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((s): s is PromiseRejectedResult => s.status === 'rejected')) {
      expect(r.reason).toMatchObject({ code: 'INVALID_INPUT', field: 'item' });
      expect(r.reason.message).toContain(`最多上传 ${MAX_IMAGES_PER_ITEM} 张图片`);
    }
    expect(await ctx.store.listMaterials(draft)).toHaveLength(MAX_IMAGES_PER_ITEM);
    // The losers removed their files: one file per stored record.
    expect(filesIn(ctx.dataDir)).toHaveLength(MAX_IMAGES_PER_ITEM);
  });

  test('the account quota counts photos and bytes across all applications', async () => {
    const small = jpegOf(8, 8);
    const first = await upload(small);
    expect(await ctx.store.materialUsage(me.openid)).toEqual({ count: 1, bytes: first.size });
    const full = withStore(ctx, { materialUsage: async () => ({ count: MAX_IMAGES_PER_ACCOUNT, bytes: 0 }) });
    const byCount = await rejection(upload(small, full));
    expect(byCount).toMatchObject({ code: 'INVALID_INPUT' });
    expect(byCount.message).toContain(`您的账号上传的图片已达上限（最多 ${MAX_IMAGES_PER_ACCOUNT} 张、共 200 MB）`);
    // One byte short of the byte cap: a photo of any size does not fit.
    const nearlyFull = withStore(ctx, { materialUsage: async () => ({ count: 1, bytes: MAX_BYTES_PER_ACCOUNT - 1 }) });
    expect((await rejection(upload(small, nearlyFull))).message).toContain('已达上限');
    const roomForOne = withStore(ctx, { materialUsage: async () => ({ count: MAX_IMAGES_PER_ACCOUNT - 1, bytes: 0 }) });
    await upload(small, roomForOne);
    expect(filesIn(ctx.dataDir)).toHaveLength(2);
  });
});

describe('a write that fails leaves nothing behind', () => {
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  /** Writes the first half of the bytes, then fails as a full disk does. */
  const fullDisk: FileSystem = {
    ...fs.promises,
    writeFile: (async (file: fs.PathLike, data: Buffer, options?: fs.WriteFileOptions) => {
      await fs.promises.writeFile(file, data.subarray(0, Math.floor(data.length / 2)), options);
      throw enospc();
    }) as unknown as FileSystem['writeFile'],
  };
  const failingRename: FileSystem = {
    ...fs.promises,
    rename: (async () => {
      throw enospc();
    }) as FileSystem['rename'],
  };

  test.each([
    ['the write fails half-way (ENOSPC)', fullDisk],
    ['the rename fails', failingRename],
  ])('%s: a Chinese error, no row, no file, no .tmp', async (_name, files) => {
    const failing = { ...ctx, files: localFileStorage(ctx.dataDir, files) };
    const before = await counts(ctx);
    const logged: string[] = [];
    const answer = await respond(() => upload(phonePhoto(32, 16), failing), (line) => logged.push(line));
    expect(answer).toEqual({ ok: false, code: 'INTERNAL', message: INTERNAL_MESSAGE });
    expect(logged.join('\n')).toContain('ENOSPC');
    expect(await counts(ctx)).toEqual(before);
    expect(await ctx.store.listMaterials(draft)).toEqual([]);
    expect(filesIn(ctx.dataDir)).toEqual([]);
  });

  test('the metadata transaction fails: the stored file is removed again', async () => {
    const broken = withStore(ctx, {
      transaction: async () => {
        throw new Error('database is locked');
      },
    });
    expect((await respond(() => upload(phonePhoto(32, 16), broken), () => undefined)).ok).toBe(false);
    expect(filesIn(ctx.dataDir)).toEqual([]);
  });

  test('two writes of the same path at once do not share a temporary file', async () => {
    const storage = localFileStorage(ctx.dataDir);
    const a = Buffer.alloc(200_000, 0xaa);
    const b = Buffer.alloc(100_000, 0xbb);
    await Promise.all([storage.put('x/same.jpg', a), storage.put('x/same.jpg', b)]);
    const stored = fs.readFileSync(path.join(ctx.dataDir, 'files', 'x', 'same.jpg'));
    expect(stored.equals(a) || stored.equals(b)).toBe(true);
    expect(filesIn(ctx.dataDir)).toEqual([path.join('x', 'same.jpg')]);
  });
});

/**
 * The same on a real full filesystem: a 64 KB tmpfs mounted as DATA_DIR/files. Needs root and permission to mount
 * (CI and the development machines have both); skipped, saying so, where that is not available.
 */
describe('a real full disk', () => {
  let dataDir: string;
  let mounted = false;
  let why = '';
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-fulldisk-'));
    fs.mkdirSync(path.join(dataDir, 'files'));
    if (process.platform !== 'linux' || process.getuid?.() !== 0) {
      why = 'not root on Linux';
      return;
    }
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', path.join(dataDir, 'files')], { encoding: 'utf8' });
    mounted = r.status === 0;
    why = mounted ? '' : `mount failed: ${(r.stderr || String(r.error)).trim()}`;
  });
  afterAll(() => {
    if (mounted) spawnSync('umount', ['-l', path.join(dataDir, 'files')]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('an upload onto a full tmpfs: a Chinese error, no row, no file, no .tmp', async () => {
    if (!mounted) {
      console.warn(`skipped: the real full-disk upload needs a tmpfs (${why})`);
      return;
    }
    // Fill the filesystem up to the last byte.
    const filler = path.join(dataDir, 'files', 'filler');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(4096, 1));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    const real = freshContextIn(dataDir);
    try {
      const id = (await apps.createDraft(real, me, { content: longTermForFather() })).id;
      const before = await counts(real);
      const answer = await respond(
        () => apps.uploadMaterial(real, me, { applicationId: id, item: 'residenceProof', contentBase64: b64(jpegOf(256, 256, photoLike(256, 256))) }),
        () => undefined,
      );
      expect(answer).toEqual({ ok: false, code: 'INTERNAL', message: INTERNAL_MESSAGE });
      expect(await counts(real)).toEqual(before);
      expect(filesIn(dataDir)).toEqual(['filler']);
    } finally {
      await real.store.close();
    }
  });
});

/** A context on an existing DATA_DIR (freshContext makes its own). */
function freshContextIn(dataDir: string): AppContext {
  return { store: openSqliteStore({ dataDir }), files: localFileStorage(dataDir), cipher: createIdCipher(randomBytes(32)) };
}

/**
 * Photos uploaded as files (issue 12 item 2, server/applications/attach.ts): what fails while attaching leaves the
 * same clean state as an inline upload, and a failure that may pass keeps the upload so the retry can use it.
 */
describe('attaching an uploaded file', () => {
  async function uploadedFile(bytes: Buffer): Promise<string> {
    const ticket = await apps.issueUploadTicket(ctx, me, { applicationId: draft, item: 'residenceProof' });
    return ctx.files.inbox.put(ticket.cloudPath, bytes);
  }
  const attach = (fileId: string, c: AppContext = ctx, requestId = 'attach-retry-01') =>
    apps.attachMaterial(c, me, { applicationId: draft, item: 'residenceProof', fileId, requestId });

  test('the disk is full while the re-encoded image is written: no row, no stored image, the upload kept; the retry attaches it once', async () => {
    const fileId = await uploadedFile(phonePhoto(32, 16));
    const full = { ...ctx, files: { ...ctx.files, put: async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) } };
    const before = await counts(ctx);
    const answer = await respond(() => attach(fileId, full), () => undefined);
    expect(answer).toEqual({ ok: false, code: 'INTERNAL', message: INTERNAL_MESSAGE });
    expect(await counts(ctx)).toEqual(before);
    expect(filesIn(ctx.dataDir)).toEqual([path.join('inbox', fileId.split('/').pop()!)]);

    const retried = await attach(fileId);
    expect(await attach(fileId)).toEqual(retried);
    expect(await ctx.store.listMaterials(draft)).toHaveLength(1);
    expect(filesIn(ctx.dataDir).filter((p) => p.startsWith('inbox'))).toEqual([]);
  });

  test('the metadata transaction fails: the stored image is removed again and the upload kept', async () => {
    const fileId = await uploadedFile(phonePhoto(32, 16));
    const broken = withStore(ctx, {
      transaction: async () => {
        throw new Error('database is locked');
      },
    });
    expect((await respond(() => attach(fileId, broken), () => undefined)).ok).toBe(false);
    expect(filesIn(ctx.dataDir)).toEqual([path.join('inbox', fileId.split('/').pop()!)]);
  });

  test('a full draft refuses the attach before decoding, and the refused upload is deleted', async () => {
    const fileId = await uploadedFile(phonePhoto(32, 16));
    const quotaFull = withStore(ctx, { materialUsage: async () => ({ count: MAX_IMAGES_PER_ACCOUNT, bytes: 0 }) });
    expect(await rejection(attach(fileId, quotaFull))).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('已达上限') });
    expect(filesIn(ctx.dataDir)).toEqual([]);
  });
});
