import type { Pixels } from './pixels';

/**
 * Shrinks an image whose long side is over `maxSide` so that it is `maxSide`, each result pixel the mean of the
 * source pixels it covers (a box filter: first along rows, then down columns). Sharp enough for text; never enlarges.
 */
export function downscale(image: Pixels, maxSide: number): Pixels {
  const longSide = Math.max(image.width, image.height);
  if (longSide <= maxSide) return image;
  const scale = maxSide / longSide;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const narrowed = alongRows(image, width);
  return downColumns(narrowed, height);
}

/** The run of source samples [start, end) that result sample `i` of `to` covers, out of `from`. */
function span(i: number, from: number, to: number): [number, number] {
  const start = Math.floor((i * from) / to);
  return [start, Math.max(start + 1, Math.floor(((i + 1) * from) / to))];
}

function alongRows(image: Pixels, width: number): Pixels {
  const { width: w, height: h, data: src } = image;
  const out = Buffer.alloc(width * h * 4);
  const spans = Array.from({ length: width }, (_, i) => span(i, w, width));
  for (let y = 0; y < h; y++) {
    const row = y * w * 4;
    for (let x = 0; x < width; x++) {
      const [start, end] = spans[x];
      let r = 0, g = 0, b = 0, a = 0;
      for (let at = row + start * 4, stop = row + end * 4; at < stop; at += 4) {
        r += src[at];
        g += src[at + 1];
        b += src[at + 2];
        a += src[at + 3];
      }
      const n = end - start;
      const o = (y * width + x) * 4;
      out[o] = Math.round(r / n);
      out[o + 1] = Math.round(g / n);
      out[o + 2] = Math.round(b / n);
      out[o + 3] = Math.round(a / n);
    }
  }
  return { width, height: h, data: out };
}

/** Adds whole source rows into one row of sums, so memory is read in order (columns would jump a row each step). */
function downColumns(image: Pixels, height: number): Pixels {
  const { width: w, height: h, data: src } = image;
  const rowBytes = w * 4;
  const out = Buffer.alloc(rowBytes * height);
  const sums = new Uint32Array(rowBytes);
  for (let y = 0; y < height; y++) {
    const [start, end] = span(y, h, height);
    sums.fill(0);
    for (let s = start; s < end; s++) {
      const row = s * rowBytes;
      for (let i = 0; i < rowBytes; i++) sums[i] += src[row + i];
    }
    const n = end - start;
    const o = y * rowBytes;
    for (let i = 0; i < rowBytes; i++) out[o + i] = Math.round(sums[i] / n);
  }
  return { width: w, height, data: out };
}
