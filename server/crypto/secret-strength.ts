/**
 * Whether bytes meant as a secret could have come from a random generator. Not a randomness test — only a guard
 * against the obvious mistakes: too short, empty, one character repeated, a short pattern repeated. 32 random
 * bytes have about 30 distinct values; fewer than 16 happens by chance with a probability below 10^-13.
 */
export const MIN_SECRET_BYTES = 32;
const MIN_DISTINCT_BYTES = 16;

/** null when `bytes` will do as a secret, else the reason (plain Chinese) it will not. */
export function weakSecretReason(bytes: Buffer): string | null {
  if (bytes.length < MIN_SECRET_BYTES) return `只有 ${bytes.length} 个字节，至少需要 ${MIN_SECRET_BYTES} 个随机字节`;
  if (new Set(bytes).size < MIN_DISTINCT_BYTES) return '看起来不是随机生成的（重复的字符或图案）';
  return null;
}
