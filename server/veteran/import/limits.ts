import { RuleError } from '../../../shared/errors';

/**
 * How large a staff list may be, checked before anything is parsed: a file that is too large is refused from its
 * size on disk, an XLSX from its zip directory, so a small file that inflates to gigabytes never reaches the reader.
 *
 * Why these figures: a county has at most tens of thousands of 优抚对象, and a county's payment list is a row per
 * payment of a year. A 100,000-row roster measures 7 MB as CSV and 4.5 MB as XLSX, whose sheet inflates to 32 MB of
 * XML plus 3.5 MB of shared strings. So 200,000 rows is several times the largest real list, 20 MB holds 200,000
 * rows of CSV at 100 bytes a row (and far more as XLSX), and 128 MB per part (256 MB in all) is twice a 200,000-row
 * sheet. Spreadsheet XML deflates about 5–15 to 1; 100 to 1 only comes from a file made to inflate.
 */
export const IMPORT_LIMITS = {
  /** Bytes on disk, CSV or XLSX. */
  fileBytes: 20 * 1024 * 1024,
  /** Data rows (the header row and blank rows not counted). */
  rows: 200_000,
  /** Columns of a row (a roster has a dozen or two; a note typed far to the right still fits). */
  columns: 1_000,
  /** Parts in an XLSX (a workbook has a dozen; a few hundred with many sheets and pictures). */
  zipEntries: 1_000,
  /** Inflated bytes of one part of an XLSX (one sheet's XML, the shared strings). */
  entryBytes: 128 * 1024 * 1024,
  /** Inflated bytes of all parts together. */
  totalBytes: 256 * 1024 * 1024,
  /** Inflated to compressed size, for parts over `ratioFloorBytes` (small parts of a few KB may compress far better). */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
} as const;

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function fileTooLarge(bytes: number): RuleError {
  return new RuleError(
    'INVALID_INPUT',
    `文件太大（${(bytes / 1024 / 1024).toFixed(1)} MB），最大 ${mb(IMPORT_LIMITS.fileBytes)}。请确认选对了文件；名册或发放名单过大时，请按乡（镇）分成几个文件分别导入`,
  );
}

export function tooManyRows(): RuleError {
  return new RuleError(
    'INVALID_INPUT',
    `行数超过 ${IMPORT_LIMITS.rows.toLocaleString('en-US')} 行，没有导入任何数据。请确认选对了文件；确需导入时，请按乡（镇）分成几个文件分别导入`,
  );
}

export function tooManyColumns(line: number): RuleError {
  return new RuleError('INVALID_INPUT', `第 ${line} 行的列数超过 ${IMPORT_LIMITS.columns.toLocaleString('en-US')} 列，请确认选对了文件`);
}

/** An XLSX whose parts are too many or inflate too far: a damaged file, or one made to exhaust the reader. */
export function xlsxTooLarge(detail: string): RuleError {
  return new RuleError('INVALID_INPUT', `文件太大：这个 Excel 文件${detail}，超过导入的上限，没有读取。请在 Excel 中只保留名单所在的工作表，另存为 .xlsx 或 CSV（UTF-8）后再导入`);
}

/** A part that inflates past the size the file itself records: damaged, or made to slip past the size check. */
export function xlsxSizeMismatch(): RuleError {
  return new RuleError('INVALID_INPUT', '无法读取这个 Excel 文件：其中一部分解压后比文件自己记录的大小更大（文件已损坏，或是有意制作的），没有读取');
}

export const unreadableXlsx = () => new RuleError('INVALID_INPUT', '无法读取这个 Excel 文件，请确认是 .xlsx 格式且没有加密');
