import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'crypto';
import type { SealedText } from '../../shared/applications/sealed';

/**
 * Typed values other than ID numbers sealed at rest (a 手工报销's bank card number): AES-256-GCM as for ID numbers
 * (id-cipher.ts), with its own key derived by HKDF under its own info string, so a text ciphertext and an ID ciphertext
 * never share a key. The field's path is the associated data: a sealed value moved to another field does not open.
 * No lookup hash: nothing is looked up by these values, and a hash of a 16-digit card number could be brute-forced.
 */
export interface TextCipher {
  seal(plain: string, field: string, mask: (plain: string) => string): SealedText;
  open(sealed: SealedText, field: string): string;
}

const VERSION = 't1';

export function createTextCipher(key: Buffer): TextCipher {
  if (key.length !== 32) throw new Error('the encryption key must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'yibao text encryption', 32));
  return {
    seal(plain, field, mask) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(Buffer.from(field, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return { cipher: `${VERSION}:${Buffer.concat([iv, tag, body]).toString('base64')}`, masked: mask(plain) };
    },
    open(sealed, field) {
      const [version, payload] = sealed.cipher.split(':');
      if (version !== VERSION || !payload) throw new Error('unknown text ciphertext format');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(field, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
