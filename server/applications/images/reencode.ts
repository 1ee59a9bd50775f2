/**
 * Every uploaded photo is decoded to pixels and encoded again before it is stored. What the person's phone wrote
 * besides the picture — EXIF with GPS position, camera serial and time, XMP, comments, thumbnails, PNG text chunks —
 * does not survive, and neither does anything that only looks like an image (a web page behind three JPEG bytes).
 *
 * Order matters: the header's dimensions are checked before decoding, so a small file that claims a huge picture is
 * refused without allocating it; then decode (with jpeg-js's own limits as a second guard), turn upright by the EXIF
 * orientation, shrink if very large, encode.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { inflateSync } from 'zlib';
import { RuleError } from '../../../shared/errors';
import { imageTypeOf, readImageHeader, type ImageHeader, type ImageMime } from './header';
import { applyOrientation, exifOrientation } from './orientation';
import { downscale } from './downscale';
import type { Pixels } from './pixels';

/**
 * The largest picture decoded: 16 megapixels. Phones take 12 MP by default (48–50 MP only in a special mode, and the
 * mini-program compresses before upload); screenshots are 2–3 MP. The cap is set by memory: jpeg-js needs about 40
 * bytes per pixel while decoding (a 12 MP photo peaks near 470 MB, 16 MP near 690 MB), so one upload of a 40 MP
 * picture would take 1.6 GB from the process that also serves everyone else.
 */
export const MAX_PIXELS = 16_000_000;

/**
 * Long side of what is stored. 4096 px over an A4 page is about 350 dpi, more than staff need to read a receipt
 * or a stamp; anything longer (a 16 MP 4:3 photo is 4619 px) is shrunk, which also bounds the encoding time.
 */
export const MAX_STORED_SIDE = 4096;

/**
 * Scans a JPEG may have. Baseline has 1, libjpeg's progressive script 10, optimising encoders a few more; each scan
 * costs the decoder a pass over every block, so a file of thousands of tiny scans is work without a picture.
 */
export const MAX_JPEG_SCANS = 64;

/** JPEG quality of the stored copy: text and stamps stay crisp at a fraction of the size of a phone's own. */
export const JPEG_QUALITY = 85;

/**
 * jpeg-js's own guard, in case the header walk and the decoder ever disagree about the frame. jpeg-js counts 256
 * bytes per 8×8 block and component, the sample lines and the RGBA output: 25 bytes per pixel for a 4-component
 * (CMYK) JPEG without subsampling, the most any JPEG at the pixel cap needs.
 */
const JPEG_DECODER_MEMORY_MB = Math.ceil((MAX_PIXELS * 25) / 1024 / 1024);

export const UNREADABLE_MESSAGE = '图片无法识别：文件可能已损坏，或不是真正的 JPG/PNG 图片，请重新拍照或截图后上传';
export const NOT_AN_IMAGE_MESSAGE = '图片：只能上传 JPG 或 PNG 格式的图片';

export function tooLargeMessage(width: number, height: number): string {
  const megapixels = Math.round((width * height) / 10_000);
  return `图片尺寸过大（${width}×${height}，约 ${megapixels} 万像素），最大 ${MAX_PIXELS / 10_000} 万像素，请在手机上压缩或截取后再上传`;
}

export interface CleanImage {
  mime: ImageMime;
  bytes: Buffer;
  width: number;
  height: number;
}

const FIELD = 'contentBase64';

/** The stored form of an uploaded image, or a RuleError (INVALID_INPUT, plain Chinese) saying why there is none. */
export function reencodeImage(bytes: Buffer): CleanImage {
  const header = readImageHeader(bytes);
  if (!header) {
    throw new RuleError('INVALID_INPUT', imageTypeOf(bytes) ? UNREADABLE_MESSAGE : NOT_AN_IMAGE_MESSAGE, FIELD);
  }
  if (header.width * header.height > MAX_PIXELS) {
    throw new RuleError('INVALID_INPUT', tooLargeMessage(header.width, header.height), FIELD);
  }
  // A JPEG without a scan has no picture (jpeg-js would make a grey one up); one of very many scans is refused too.
  if (header.mime === 'image/jpeg' && (header.scans === 0 || header.scans > MAX_JPEG_SCANS)) {
    throw new RuleError('INVALID_INPUT', UNREADABLE_MESSAGE, FIELD);
  }
  let pixels: Pixels;
  try {
    pixels = header.mime === 'image/jpeg' ? decodeJpeg(bytes) : decodePng(bytes, header);
  } catch {
    throw new RuleError('INVALID_INPUT', UNREADABLE_MESSAGE, FIELD);
  }
  // What was decoded must be what the header said (jpeg-js reads the first frame, as the header walk does).
  if (pixels.width !== header.width || pixels.height !== header.height) {
    throw new RuleError('INVALID_INPUT', UNREADABLE_MESSAGE, FIELD);
  }
  const upright = applyOrientation(pixels, exifOrientation(header.exif));
  const stored = downscale(upright, MAX_STORED_SIDE);
  return { mime: header.mime, bytes: encode(stored, header.mime), width: stored.width, height: stored.height };
}

function decodeJpeg(bytes: Buffer): Pixels {
  const image = jpeg.decode(bytes, {
    useTArray: false,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_PIXELS / 1_000_000,
    maxMemoryUsageInMB: JPEG_DECODER_MEMORY_MB,
  });
  return { width: image.width, height: image.height, data: image.data };
}

function decodePng(bytes: Buffer, header: ImageHeader): Pixels {
  // pngjs is lax in two ways that matter here: it inflates an interlaced PNG without any output limit (a few MB of
  // compressed zeros would grow to gigabytes), and it turns compressed data that is not zlib at all, or is cut
  // short, into black pixels. Node's zlib is strict: inflate once here, bounded by what the header says it needs.
  const expected = pixelDataBytes(header);
  const inflated = inflateSync(idatOf(bytes), { maxOutputLength: expected + INFLATE_SLACK });
  if (inflated.length < expected) throw new Error('PNG pixel data cut short');
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

/** Some encoders write a little more pixel data than needed; libpng accepts it with a warning, so do we. */
const INFLATE_SLACK = 64 * 1024;

/** The concatenated IDAT chunks (the compressed pixels) of a PNG. */
function idatOf(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, Math.min(at + 8 + length, bytes.length)));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

/** What a PNG's pixels inflate to: rows of a filter byte and the samples, in seven passes (Adam7) if interlaced. */
function pixelDataBytes({ width, height, bitsPerPixel, interlaced }: ImageHeader): number {
  const rows = (w: number, h: number) => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0);
  if (!interlaced) return rows(width, height);
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  return passes.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0);
}

/** JPEG stays JPEG (photos); PNG stays PNG (screenshots and scans, where text must not blur), without alpha if opaque. */
function encode(image: Pixels, mime: ImageMime): Buffer {
  if (mime === 'image/jpeg') return jpeg.encode({ width: image.width, height: image.height, data: image.data }, JPEG_QUALITY).data;
  const png = new PNG({ width: image.width, height: image.height });
  png.data = image.data;
  return PNG.sync.write(png, opaque(image) ? { colorType: 2 } : { colorType: 6 });
}

function opaque(image: Pixels): boolean {
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i] !== 255) return false;
  return true;
}
