/**
 * A phone stores a photo the way its sensor saw it and writes in EXIF how to turn it upright (tag 0x0112,
 * "Orientation", values 1–8). Re-encoding drops EXIF, so the turn is applied to the pixels first; otherwise a
 * portrait photo of a receipt reaches the staff lying on its side.
 */
import { pixelWords, type Pixels } from './pixels';

export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const ORIENTATION_TAG = 0x0112;
const TYPE_SHORT = 3;

/**
 * The orientation in IFD0 of a TIFF block (the data after "Exif\0\0"); 1 (as stored) when there is none or the
 * block is malformed — a bad EXIF block is no reason to refuse a photo, it is dropped anyway.
 */
export function exifOrientation(tiff: Buffer | null): Orientation {
  if (!tiff || tiff.length < 8) return 1;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return 1;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return 1;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return 1;
    if (u16(entry) !== ORIENTATION_TAG) continue;
    if (u16(entry + 2) !== TYPE_SHORT) return 1;
    const value = u16(entry + 8);
    return value >= 1 && value <= 8 ? (value as Orientation) : 1;
  }
  return 1;
}

/**
 * The upright image. For each pixel of the result, where it comes from in the stored one (W × H): orientations 5–8
 * turn by a quarter, so the result is H × W.
 */
export function applyOrientation(image: Pixels, orientation: Orientation): Pixels {
  if (orientation === 1) return image;
  const { width: w, height: h } = image;
  const quarter = orientation >= 5;
  const width = quarter ? h : w;
  const height = quarter ? w : h;
  const source: (x: number, y: number) => number = {
    2: (x: number, y: number) => y * w + (w - 1 - x), // mirrored left to right
    3: (x: number, y: number) => (h - 1 - y) * w + (w - 1 - x), // upside down
    4: (x: number, y: number) => (h - 1 - y) * w + x, // mirrored top to bottom
    5: (x: number, y: number) => x * w + y, // transposed
    6: (x: number, y: number) => (h - 1 - x) * w + y, // to be turned a quarter clockwise
    7: (x: number, y: number) => (h - 1 - x) * w + (w - 1 - y), // transversed
    8: (x: number, y: number) => x * w + (w - 1 - y), // to be turned a quarter anticlockwise
  }[orientation];
  const words = new Uint32Array(width * height);
  const from = pixelWords(image);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) words[y * width + x] = from[source(x, y)];
  }
  return { width, height, data: Buffer.from(words.buffer) };
}
