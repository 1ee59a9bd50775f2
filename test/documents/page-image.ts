import fs from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';

const PDFJS = path.join(path.dirname(require.resolve('unpdf')), 'pdfjs.mjs');

/**
 * The first page of a PDF as a PNG, drawn by pdf.js (unpdf's build) on a canvas in Chromium: how the page prints,
 * kept in test/artifacts so a person can look at the layout. No PDF viewer is needed (headless Chromium has none).
 */
export async function firstPagePng(browser: Browser, bytes: Buffer, scale = 1.5): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  try {
    await page.route('http://pdf.local/**', (route) => {
      const url = route.request().url();
      if (url.endsWith('/pdfjs.mjs')) return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(PDFJS) });
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><canvas id="c"></canvas>' });
    });
    await page.goto('http://pdf.local/index.html');
    // A string, not a function: the test transform would rewrite the dynamic import into a require the page lacks.
    await page.evaluate(`(async () => {
      const lib = await import('http://pdf.local/pdfjs.mjs');
      const data = Uint8Array.from(atob('${bytes.toString('base64')}'), (c) => c.charCodeAt(0));
      const doc = await lib.getDocument({ data, isEvalSupported: false }).promise;
      const p = await doc.getPage(1);
      const viewport = p.getViewport({ scale: ${scale} });
      const canvas = document.getElementById('c');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      const context = canvas.getContext('2d');
      context.fillStyle = 'white';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await p.render({ canvasContext: context, viewport }).promise;
    })()`);
    return await page.locator('#c').screenshot();
  } finally {
    await page.close();
  }
}
