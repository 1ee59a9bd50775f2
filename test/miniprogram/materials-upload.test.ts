/**
 * The decisions behind a materials slot (issue 15): what a chosen file is by its first bytes, when the app compresses
 * a photo itself and when it gives up, how far a photo is scaled, which slots a 退回 names, who may change photos.
 */
import {
  choiceVerdict,
  COMPRESS_QUALITIES,
  compressUntilFits,
  concernedMaterials,
  EMPTY_IMAGE,
  fitWithin,
  kindOfBytes,
  MAX_IMAGE_BYTES,
  MAX_SIDE_PX,
  NOT_A_PHOTO,
  photosEditable,
  slotPhotos,
  STILL_TOO_LARGE,
} from '../../miniprogram/models/materials';

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10];
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0];
const bytes = (s: string) => Array.from(Buffer.from(s));

describe('what a chosen file is', () => {
  test('JPEG and PNG by their bytes; a PDF, a text file named .jpg, a GIF, three bytes of a PNG are not photos', () => {
    expect(kindOfBytes(JPEG_HEAD)).toBe('image/jpeg');
    expect(kindOfBytes(PNG_HEAD)).toBe('image/png');
    expect(kindOfBytes(bytes('%PDF-1.7\n'))).toBeNull();
    expect(kindOfBytes(bytes('这是一段文字'))).toBeNull();
    expect(kindOfBytes(bytes('GIF89a'))).toBeNull();
    expect(kindOfBytes(PNG_HEAD.slice(0, 3))).toBeNull();
    expect(kindOfBytes([])).toBeNull();
  });

  test('a photo within the limit is sent, a larger one compressed, anything else refused saying what to do', () => {
    expect(choiceVerdict({ head: JPEG_HEAD, size: 1000 })).toEqual({ action: 'send' });
    expect(choiceVerdict({ head: PNG_HEAD, size: MAX_IMAGE_BYTES })).toEqual({ action: 'send' });
    expect(choiceVerdict({ head: PNG_HEAD, size: MAX_IMAGE_BYTES + 1 })).toEqual({ action: 'compress' });
    expect(choiceVerdict({ head: bytes('%PDF-1.7'), size: 20_000 })).toEqual({ action: 'refuse', message: NOT_A_PHOTO });
    // A 30 MB PDF is "not a photo", not "too large": compressing it would not help.
    expect(choiceVerdict({ head: bytes('%PDF-1.7'), size: 30 * 1024 * 1024 })).toEqual({ action: 'refuse', message: NOT_A_PHOTO });
    expect(choiceVerdict({ head: [], size: 0 })).toEqual({ action: 'refuse', message: EMPTY_IMAGE });
    expect(NOT_A_PHOTO).toMatch(/^这不是照片（只收 JPG、PNG 照片）/);
    expect(NOT_A_PHOTO).toContain('截图');
  });
});

describe('compressing', () => {
  test('scaled so the longer side is at most 2000 px, never up', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: MAX_SIDE_PX, height: 1500 });
    expect(fitWithin(3000, 8000)).toEqual({ width: 750, height: MAX_SIDE_PX });
    expect(fitWithin(1200, 900)).toEqual({ width: 1200, height: 900 });
    expect(fitWithin(10000, 1)).toEqual({ width: 2000, height: 1 });
  });

  test('qualities are tried from high to low and the first that fits is kept', async () => {
    const tried: number[] = [];
    const sizes: Record<number, number> = { 80: 7e6, 60: 4e6, 40: 2e6, 20: 1e6 };
    const out = await compressUntilFits(async (q) => (tried.push(q), { size: sizes[q], q }));
    expect(out).toEqual({ size: 4e6, q: 60 });
    expect(tried).toEqual([80, 60]);
  });

  test('still too large at the lowest quality: refused with what to do; an empty result never counts as fitting', async () => {
    const tried: number[] = [];
    expect(await compressUntilFits(async (q) => (tried.push(q), { size: MAX_IMAGE_BYTES + 1 }))).toEqual({ refused: STILL_TOO_LARGE });
    expect(tried).toEqual([...COMPRESS_QUALITIES]);
    expect(await compressUntilFits(async () => ({ size: 0 }))).toEqual({ refused: STILL_TOO_LARGE });
    expect(STILL_TOO_LARGE).toContain('重新拍');
  });
});

describe('the slot', () => {
  test('photos in upload order with their addresses; one without an address is still listed', () => {
    expect(slotPhotos([{ id: 'a' }, { id: 'b' }], { a: '/x/a' })).toEqual([
      { id: 'a', index: 0, url: '/x/a' },
      { id: 'b', index: 1, url: null },
    ]);
  });

  test('the filer may change photos of a draft or a returned filing; the principal and a submitted one may not', () => {
    expect(photosEditable({ myRole: 'filer', status: 'draft' })).toBe(true);
    expect(photosEditable({ myRole: 'filer', status: 'returned' })).toBe(true);
    expect(photosEditable({ myRole: 'filer', status: 'submitted' })).toBe(false);
    expect(photosEditable({ myRole: 'principal', status: 'returned' })).toBe(false);
  });

  test('the materials a 退回 names, read defensively', () => {
    expect(concernedMaterials({ returnConcerns: { fields: [], materials: ['residenceProof'] } })).toEqual(['residenceProof']);
    expect(concernedMaterials({ returnConcerns: null })).toEqual([]);
    expect(concernedMaterials({})).toEqual([]);
    expect(concernedMaterials({ returnConcerns: { materials: 'x' } })).toEqual([]);
    expect(concernedMaterials({ returnConcerns: { materials: ['a', 3] } })).toEqual(['a']);
  });
});
