/**
 * Test images made here, byte by byte where it matters: real JPEGs and PNGs (jpeg-js, pngjs), the metadata a phone
 * writes (EXIF with orientation and GPS, XMP, comments), and the hostile shapes an upload must refuse (a header that
 * claims a huge picture, an interlaced PNG whose pixels inflate far beyond it, a JPEG of many empty scans).
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { deflateSync } from 'zlib';

export const RED = [220, 20, 20];
export const BLUE = [20, 20, 220];

/** w × h RGBA, top half red and bottom half blue: a quarter turn moves the red to one side. */
export function twoTone(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const [r, g, b] = y < height / 2 ? RED : BLUE;
    for (let x = 0; x < width; x++) data.set([r, g, b, 255], (y * width + x) * 4);
  }
  return data;
}

/** w × h RGBA of deterministic noise over a gradient: compresses like a photo, not like a flat page. */
export function photoLike(width: number, height: number, seed = 1): Buffer {
  const data = Buffer.alloc(width * height * 4);
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const n = rnd() * 24;
      data.set([(128 + 100 * Math.sin(x / 157) + n) & 255, (128 + 90 * Math.cos(y / 211) + n) & 255, (((x ^ y) & 63) + 100 + n) & 255, 255], (y * width + x) * 4);
    }
  }
  return data;
}

export function jpegOf(width: number, height: number, data = twoTone(width, height), quality = 90): Buffer {
  return jpeg.encode({ width, height, data }, quality).data;
}

export function pngOf(width: number, height: number, data = twoTone(width, height)): Buffer {
  const png = new PNG({ width, height });
  png.data = data;
  return PNG.sync.write(png);
}

/** The pixel at (x, y) of a stored image, decoded back. */
export function pixelAt(image: { width: number; data: Uint8Array }, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return [image.data[i], image.data[i + 1], image.data[i + 2]];
}

export function near(actual: number[], expected: number[], tolerance = 40): boolean {
  return actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance);
}

// ---------------------------------------------------------------------------------------------------------------
// JPEG segments

export function segment(marker: number, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/** The JPEG with these segments put right after SOI, where a camera writes its APP1. */
export function withSegments(image: Buffer, ...segments: Buffer[]): Buffer {
  return Buffer.concat([image.subarray(0, 2), ...segments, image.subarray(2)]);
}

/** What the tests put in EXIF and look for in the stored file afterwards. */
export const GPS_DESCRIPTION = 'GPS 31.8672N 106.7474E near the clinic';
export const GPS_DATUM = 'WGS-84';
export const XMP_TEXT = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="31,52.03N" exif:GPSLongitude="106,44.84E"/></x:xmpmeta>';
export const COMMENT_TEXT = 'taken at 31.8672N 106.7474E';

interface Entry {
  tag: number;
  type: 2 | 3 | 4 | 5; // ASCII, SHORT, LONG, RATIONAL
  count: number;
  value: Buffer;
}

const ascii = (tag: number, text: string): Entry => ({ tag, type: 2, count: text.length + 1, value: Buffer.from(`${text}\0`, 'latin1') });
const short = (tag: number, n: number): Entry => {
  const value = Buffer.alloc(4);
  value.writeUInt16LE(n, 0);
  return { tag, type: 3, count: 1, value };
};
const long = (tag: number, n: number): Entry => {
  const value = Buffer.alloc(4);
  value.writeUInt32LE(n, 0);
  return { tag, type: 4, count: 1, value };
};
const rationals = (tag: number, values: [number, number][]): Entry => {
  const value = Buffer.alloc(values.length * 8);
  values.forEach(([n, d], i) => {
    value.writeUInt32LE(n, i * 8);
    value.writeUInt32LE(d, i * 8 + 4);
  });
  return { tag, type: 5, count: values.length, value };
};

/** One IFD at `offset` of the TIFF block: entries, next-IFD 0, then the values longer than 4 bytes. */
function ifd(entries: Entry[], offset: number): Buffer {
  const table = Buffer.alloc(2 + entries.length * 12 + 4);
  table.writeUInt16LE(entries.length, 0);
  const extra: Buffer[] = [];
  let extraAt = offset + table.length;
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    table.writeUInt16LE(e.tag, at);
    table.writeUInt16LE(e.type, at + 2);
    table.writeUInt32LE(e.count, at + 4);
    if (e.value.length <= 4) e.value.copy(table, at + 8);
    else {
      table.writeUInt32LE(extraAt, at + 8);
      extra.push(e.value);
      extraAt += e.value.length;
    }
  });
  return Buffer.concat([table, ...extra]);
}

/** APP1 "Exif": IFD0 with a description, the orientation and a pointer to a GPS IFD with position and datum. */
export function exifSegment(orientation: number): Buffer {
  const gpsEntries = [
    ascii(0x0001, 'N'),
    rationals(0x0002, [[31, 1], [52, 1], [200, 100]]),
    ascii(0x0003, 'E'),
    rationals(0x0004, [[106, 1], [44, 1], [5064, 100]]),
    ascii(0x0012, GPS_DATUM),
  ];
  // IFD0 goes at 8; its size does not depend on where the GPS IFD lands, so build it twice.
  const ifd0Entries = (gpsAt: number) => [ascii(0x010e, GPS_DESCRIPTION), short(0x0112, orientation), long(0x8825, gpsAt)];
  const sizeOfIfd0 = ifd(ifd0Entries(0), 8).length;
  const gpsAt = 8 + sizeOfIfd0;
  const header = Buffer.from([0x49, 0x49, 42, 0, 8, 0, 0, 0]);
  const tiff = Buffer.concat([header, ifd(ifd0Entries(gpsAt), 8), ifd(gpsEntries, gpsAt)]);
  return segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
}

export function xmpSegment(): Buffer {
  return segment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0${XMP_TEXT}`, 'latin1'));
}

export function commentSegment(): Buffer {
  return segment(0xfe, Buffer.from(COMMENT_TEXT, 'latin1'));
}

/** A phone photo as it arrives: EXIF (orientation, GPS), XMP and a comment around a real w × h picture. */
export function phonePhoto(width: number, height: number, orientation = 1): Buffer {
  return withSegments(jpegOf(width, height), exifSegment(orientation), xmpSegment(), commentSegment());
}

/** Every trace of the metadata above still present in `bytes`. */
export function metadataLeft(bytes: Buffer): string[] {
  const needles = ['Exif\0\0', GPS_DESCRIPTION, GPS_DATUM, 'http://ns.adobe.com/xap', 'GPSLatitude', COMMENT_TEXT, 'tEXt', 'iTXt', 'eXIf'];
  return needles.filter((n) => bytes.includes(Buffer.from(n, 'latin1')));
}

/**
 * A baseline JPEG whose start-of-frame claims width × height, with no picture behind it: what a decompression bomb
 * looks like to a decoder that trusts the header.
 */
export function jpegClaiming(width: number, height: number): Buffer {
  const sof = Buffer.from([8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])), segment(0xc0, sof), Buffer.from([0xff, 0xd9])]);
}

/** Entropy-coded bits, most significant first: padded with 1 bits to a whole byte, each FF byte stuffed with 00. */
function packBits(bits: string): Buffer {
  const padded = bits + '1'.repeat((8 - (bits.length % 8)) % 8);
  const bytes = Array.from({ length: padded.length / 8 }, (_, i) => parseInt(padded.slice(i * 8, i * 8 + 8), 2));
  return Buffer.from(bytes.flatMap((b) => (b === 0xff ? [0xff, 0x00] : [b])));
}

/**
 * A progressive grayscale JPEG (SOF2) of width × height: one DC scan, then `scans` AC scans that each say "all
 * blocks empty" in a few bytes (EOB runs of 32767 blocks). It decodes to a grey picture, and each scan costs the
 * decoder a pass over every block: many scans are much work for a small file.
 */
export function progressiveJpeg(width: number, height: number, scans: number): Buffer {
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]));
  const sof = segment(0xc2, Buffer.from([8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]));
  // One symbol per table, each with the 1-bit code "0": DC category 0, and AC 0xE0 (an EOB run of 2^14 + 14 bits).
  const counts = Buffer.from([1, ...Array(15).fill(0)]);
  const dht = segment(0xc4, Buffer.concat([Buffer.from([0x00]), counts, Buffer.from([0x00]), Buffer.from([0x10]), counts, Buffer.from([0xe0])]));
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const dcScan = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0x00, 0, 0, 0x00])), packBits('0'.repeat(blocks))]);
  const eobRuns = '0' + '1'.repeat(14); // 2^14 + 16383 = 32767 blocks
  const acData = packBits(eobRuns.repeat(Math.ceil(blocks / 32767)));
  const acScan = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0x00, 1, 63, 0x00])), acData]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), dqt, sof, dht, dcScan, ...Array(scans).fill(acScan), Buffer.from([0xff, 0xd9])]);
}

// ---------------------------------------------------------------------------------------------------------------
// PNG chunks

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number, colourType: number, interlace: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = colourType;
  data[12] = interlace;
  return chunk('IHDR', data);
}

/** A PNG with `text` in a tEXt chunk after IHDR, as some apps write their name or the place. */
export function pngWithText(png: Buffer, text: string): Buffer {
  const afterIhdr = 8 + 25;
  return Buffer.concat([png.subarray(0, afterIhdr), chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')), png.subarray(afterIhdr)]);
}

/** Under 1 KB, and its IHDR claims width × height RGB: decoded, that is width × height × 4 bytes. */
export function pngClaiming(width: number, height: number): Buffer {
  return Buffer.concat([SIGNATURE, ihdr(width, height, 2, 0), chunk('IDAT', deflateSync(Buffer.alloc(4096))), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * An interlaced grayscale PNG of width × height whose IDAT inflates to `inflated` bytes of zeros, far more than the
 * picture needs: pngjs inflates interlaced PNGs without a limit.
 */
export function interlacedPngInflatingTo(width: number, height: number, inflated: number): Buffer {
  return Buffer.concat([SIGNATURE, ihdr(width, height, 0, 1), chunk('IDAT', deflateSync(Buffer.alloc(inflated), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
