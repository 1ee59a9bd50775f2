import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'crypto';
import { maskIdNumber, normalizeIdNumber } from '../../shared/idcard';
import type { SealedId } from '../store/types';
import { createTextCipher, type TextCipher } from './text-cipher';

/**
 * ID numbers at rest: AES-256-GCM (random 12-byte IV, 16-byte tag) for the number itself, and an HMAC-SHA256 for
 * lookups ("has this number been claimed?", "is this the same family member?") — an equality test that needs
 * neither decryption nor a plain hash anyone could brute-force over the ~10^9 plausible numbers. The two keys are
 * derived from the one configured key with HKDF, so neither use weakens the other.
 */
export interface IdCipher {
  seal(idNumber: string): SealedId;
  open(sealed: SealedId): string;
  hash(idNumber: string): string;
  /** Other typed values sealed at rest (text-cipher.ts: its own derived key), from the same configured key. */
  text: TextCipher;
}

const VERSION = 'v1';

export function createIdCipher(key: Buffer): IdCipher {
  if (key.length !== 32) throw new Error('the ID encryption key must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'yibao id encryption', 32));
  const macKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'yibao id lookup', 32));
  const hash = (idNumber: string) => createHmac('sha256', macKey).update(normalizeIdNumber(idNumber)).digest('hex');
  return {
    hash,
    text: createTextCipher(key),
    seal(idNumber) {
      const id = normalizeIdNumber(idNumber);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(id, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return { cipher: `${VERSION}:${Buffer.concat([iv, tag, body]).toString('base64')}`, hash: hash(id), masked: maskIdNumber(id) };
    },
    open(sealed) {
      const [version, payload] = sealed.cipher.split(':');
      if (version !== VERSION || !payload) throw new Error('unknown ID ciphertext format');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
