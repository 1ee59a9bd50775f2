/** A decoded image: 4 bytes per pixel (red, green, blue, alpha), row after row, as both decoders give it. */
export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

/** The pixels as one 32-bit word each, to move a pixel in one step; copies when the buffer is not 4-byte aligned. */
export function pixelWords(image: Pixels): Uint32Array {
  const { data } = image;
  const aligned = data.byteOffset % 4 === 0 ? data : Buffer.from(data);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, image.width * image.height);
}
