/**
 * What an image file says about itself before anything is decoded: its type (from its own first bytes, not its name
 * or a declared MIME type), its width and height, and (JPEG) its EXIF block. Reading the dimensions first is what
 * lets a decompression bomb (a 1 KB PNG claiming 50000×50000) be refused before a single pixel is allocated.
 *
 * Returns null when the bytes do not even have the structure of a JPEG or PNG header; the decoders check the rest.
 */
export type ImageMime = 'image/jpeg' | 'image/png';

export interface ImageHeader {
  mime: ImageMime;
  width: number;
  height: number;
  /** PNG only: Adam7 interlacing (pngjs inflates those without an output limit, see reencode.ts). */
  interlaced: boolean;
  /** PNG only: bits per pixel, from bit depth and colour type (gray 1, gray+alpha 2, RGB 3, palette 1, RGBA 4 samples). */
  bitsPerPixel: number;
  /** JPEG only: the TIFF data of the first APP1 "Exif" segment, where the orientation is. */
  exif: Buffer | null;
  /** JPEG only: how many scans (SOS segments) the image has; a baseline JPEG has one, a progressive one about ten. */
  scans: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type by magic bytes alone: enough to tell "not a JPG or PNG at all" from "a broken JPG or PNG". */
export function imageTypeOf(bytes: Buffer): ImageMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

export function readImageHeader(bytes: Buffer): ImageHeader | null {
  const mime = imageTypeOf(bytes);
  if (mime === 'image/png') return pngHeader(bytes);
  if (mime === 'image/jpeg') return jpegHeader(bytes);
  return null;
}

const PNG_SAMPLES: Partial<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The IHDR chunk must come first: length 13, then width, height, bit depth, colour type, …, interlace method. */
function pngHeader(bytes: Buffer): ImageHeader | null {
  if (bytes.length < 8 + 8 + 13) return null;
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const samples = PNG_SAMPLES[bytes[25]];
  if (width === 0 || height === 0 || samples === undefined) return null;
  return { mime: 'image/png', width, height, interlaced: bytes[28] === 1, bitsPerPixel: samples * bytes[24], exif: null, scans: 0 };
}

/** Start-of-frame markers that carry the dimensions: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * Walks the segments after SOI (marker, 2-byte length, data) to the end of the image: the first start-of-frame
 * holds precision, height, width; each start-of-scan (SOS) is followed by entropy-coded data up to the next marker.
 * The scans are counted because each one makes the decoder visit every block again: a 5 MB progressive JPEG of
 * tiny scans would keep it busy for minutes.
 */
function jpegHeader(bytes: Buffer): ImageHeader | null {
  let exif: Buffer | null = null;
  let frame: { width: number; height: number } | null = null;
  let scans = 0;
  let at = 2;
  while (at + 2 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    // Fill bytes (FF FF …) may pad before a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd9) break;
    // Markers without a length: TEM and RST0–7 (only inside scans, tolerated here).
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd8 || at + 4 > bytes.length) return null;
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    const data = bytes.subarray(at + 4, at + 2 + length);
    if (isStartOfFrame(marker) && !frame) {
      if (data.length < 6) return null;
      frame = { height: data.readUInt16BE(1), width: data.readUInt16BE(3) };
      // Height 0 (given later in a DNL segment) is legal JPEG but nothing a phone writes; no decoder here reads it.
      if (frame.width === 0 || frame.height === 0) return null;
    } else if (marker === 0xe1 && exif === null && data.length > 6 && data.toString('latin1', 0, 6) === 'Exif\0\0') {
      exif = data.subarray(6);
    }
    at += 2 + length;
    if (marker === 0xda) {
      if (!frame) return null;
      scans++;
      at = endOfEntropyData(bytes, at);
    }
  }
  return frame ? { mime: 'image/jpeg', ...frame, interlaced: false, bitsPerPixel: 0, exif, scans } : null;
}

/** Entropy-coded data ends at the first marker that is not a stuffed byte (FF 00) or a restart (FF D0–D7). */
function endOfEntropyData(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(0xff, from);
  while (at !== -1 && at + 1 < bytes.length) {
    const next = bytes[at + 1];
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return at;
    at = bytes.indexOf(0xff, at + 1);
  }
  return bytes.length;
}
