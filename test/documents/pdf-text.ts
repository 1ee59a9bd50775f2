import { execFile } from 'child_process';
import path from 'path';

const SCRIPT = path.join(__dirname, 'extract-text.mjs');

/**
 * A PDF's pages and text as a reader (or a screen reader, or a search) gets it: unpdf, the pdf.js text layer, run in a
 * node process of its own (extract-text.mjs: pdf.js is an ES module jest cannot load).
 */
export function pdfText(bytes: Buffer | Uint8Array): Promise<{ pages: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [SCRIPT], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`unpdf could not read the PDF: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as { pages: number; text: string });
    });
    child.stdin!.end(Buffer.from(bytes));
  });
}

/** Occurrences of `needle` in `text`. */
export function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
