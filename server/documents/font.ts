import fs from 'fs';
import path from 'path';

/**
 * The CJK font every PDF is set in: WenQuanYi Micro Hei (Debian's fonts-wqy-microhei, Apache-2.0/GPLv3), a TrueType
 * collection whose face is named by its PostScript name. pdfkit embeds only the glyphs a document uses, so a PDF
 * stays small although the font file is 5 MB. YIBAO_PDF_FONT points elsewhere; a deployed cloud function carries its
 * own copy beside its bundle (scripts/build-functions.js copies it and defines YIBAO_PDF_FONT_FILE).
 */
export const DEFAULT_FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const FONT_FACE = 'WenQuanYiMicroHei';

/** A document cannot be set without its font: said plainly, with what to do, before any page is drawn. */
export class DocumentFontMissing extends Error {
  constructor(readonly file: string) {
    super(`生成 PDF 所需的中文字体不存在：${file}。请安装 fonts-wqy-microhei，或用环境变量 YIBAO_PDF_FONT 指向 wqy-microhei.ttc。`);
    this.name = 'DocumentFontMissing';
  }
}

/** Set by the cloud function build only: the font's file name beside the bundle. */
declare const YIBAO_PDF_FONT_FILE: string | undefined;

function bundledFont(): string | undefined {
  return typeof YIBAO_PDF_FONT_FILE === 'string' ? path.join(__dirname, YIBAO_PDF_FONT_FILE) : undefined;
}

/** YIBAO_PDF_FONT, else the copy beside a cloud function's bundle, else Debian's. */
export function fontPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.YIBAO_PDF_FONT?.trim() || bundledFont() || DEFAULT_FONT_PATH;
}

const loaded = new Map<string, Buffer>();

/** The font's bytes, read once per path: a warm function does not read 5 MB per document. */
export function loadFont(env: NodeJS.ProcessEnv = process.env): { bytes: Buffer; face: string } {
  const file = fontPath(env);
  let bytes = loaded.get(file);
  if (!bytes) {
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new DocumentFontMissing(file);
    }
    loaded.set(file, bytes);
  }
  return { bytes, face: FONT_FACE };
}
