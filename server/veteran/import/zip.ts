import { promisify } from 'util';
import zlib from 'zlib';
import { IMPORT_LIMITS, mb, unreadableXlsx, xlsxSizeMismatch, xlsxTooLarge } from './limits';

/**
 * The parts of an XLSX (a zip archive) the importer reads, taken out under caps. A zip lists its parts in the
 * central directory at its end, each with its compressed and inflated size; those claims are checked first (too
 * many parts, a part or the whole too large, a ratio only a zip bomb has), so a bomb is refused without inflating a
 * byte. A wanted part is then inflated with its claimed size as a hard limit: a part that lies about its size stops
 * there. The reader only ever sees bytes that were inflated here.
 *
 * Format: PKWARE APPNOTE.TXT §4.3. Zip64 (needed only past 4 GB or 65,535 parts) and split archives are refused.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARK = 0xffffffff;

const inflateRaw = promisify(zlib.inflateRaw) as (data: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>;

interface DirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The end-of-central-directory record: the last 22 bytes, or more when the archive has a comment (≤ 65,535 bytes). */
function endOfDirectory(bytes: Buffer): { entries: number; directorySize: number; directoryOffset: number; at: number } {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    const disk = bytes.readUInt16LE(at + 4);
    const directoryDisk = bytes.readUInt16LE(at + 6);
    const entriesHere = bytes.readUInt16LE(at + 8);
    const entries = bytes.readUInt16LE(at + 10);
    const directorySize = bytes.readUInt32LE(at + 12);
    const directoryOffset = bytes.readUInt32LE(at + 16);
    if (disk !== 0 || directoryDisk !== 0 || entriesHere !== entries) throw unreadableXlsx();
    if (entries === 0xffff || directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK) throw unreadableXlsx();
    if (directoryOffset + directorySize > at) throw unreadableXlsx();
    return { entries, directorySize, directoryOffset, at };
  }
  throw unreadableXlsx();
}

/** Every part the directory lists, with the claims checked against the caps. */
function directory(bytes: Buffer): { entries: DirectoryEntry[]; directoryOffset: number } {
  const end = endOfDirectory(bytes);
  if (end.entries > IMPORT_LIMITS.zipEntries) throw xlsxTooLarge(`包含 ${end.entries.toLocaleString('en-US')} 个部分`);
  const entries: DirectoryEntry[] = [];
  let total = 0;
  let p = end.directoryOffset;
  for (let i = 0; i < end.entries; i++) {
    if (p + 46 > end.at || bytes.readUInt32LE(p) !== DIRECTORY_ENTRY) throw unreadableXlsx();
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const localHeaderOffset = bytes.readUInt32LE(p + 42);
    if (p + 46 + nameLength > end.at) throw unreadableXlsx();
    const name = bytes.toString(flags & 0x0800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    if (flags & 0x0001) throw unreadableXlsx(); // encrypted
    if (compressedSize === ZIP64_MARK || size === ZIP64_MARK || localHeaderOffset === ZIP64_MARK) throw unreadableXlsx();
    if (size > IMPORT_LIMITS.entryBytes) throw xlsxTooLarge(`其中一个部分解压后有 ${mb(size)}`);
    if (size > IMPORT_LIMITS.ratioFloorBytes && size > compressedSize * IMPORT_LIMITS.ratio) {
      throw xlsxTooLarge(`其中一个部分解压后是压缩时的 ${Math.round(size / Math.max(1, compressedSize))} 倍`);
    }
    total += size;
    if (total > IMPORT_LIMITS.totalBytes) throw xlsxTooLarge(`解压后超过 ${mb(IMPORT_LIMITS.totalBytes)}`);
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directoryOffset: end.directoryOffset };
}

/** One part's bytes, inflated no further than the size the directory claims for it. */
async function contentOf(bytes: Buffer, e: DirectoryEntry, directoryOffset: number): Promise<Buffer> {
  const at = e.localHeaderOffset;
  if (at + 30 > directoryOffset || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw unreadableXlsx();
  // The local header repeats the name and may carry a different extra field: its own lengths say where data starts.
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > directoryOffset) throw unreadableXlsx();
  const data = bytes.subarray(start, end);
  let out: Buffer;
  if (e.method === STORED) out = data;
  else if (e.method === DEFLATED) {
    try {
      out = await inflateRaw(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw xlsxSizeMismatch();
      throw unreadableXlsx();
    }
  } else throw unreadableXlsx();
  if (out.length !== e.size) throw unreadableXlsx();
  return out;
}

/**
 * The parts whose names `wanted` accepts, inflated, by name. Throws a Chinese RuleError for an archive that is not
 * a readable zip or that breaks a cap.
 */
export async function zipParts(bytes: Buffer, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  if (bytes.length < 22) throw unreadableXlsx();
  const { entries, directoryOffset } = directory(bytes);
  const parts = new Map<string, Buffer>();
  for (const e of entries) {
    if (!wanted(e.name)) continue;
    if (parts.has(e.name)) throw unreadableXlsx(); // the same part twice: which one a reader takes is anyone's guess
    parts.set(e.name, await contentOf(bytes, e, directoryOffset));
  }
  return parts;
}
