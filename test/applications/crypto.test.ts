import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { createIdCipher } from '../../server/crypto/id-cipher';
import { configuredIdKey, loadIdKey, KEY_FILE } from '../../server/crypto/key';

describe('ID numbers at rest: AES-256-GCM plus a keyed hash', () => {
  const cipher = createIdCipher(randomBytes(32));

  test('round trip; a fresh IV each time; the hash is stable for lookups; the mask is 6 + 4', () => {
    const a = cipher.seal('11010519491231002x');
    const b = cipher.seal('11010519491231002X');
    expect(cipher.open(a)).toBe('11010519491231002X');
    expect(a.cipher).not.toBe(b.cipher);
    expect(a.hash).toBe(b.hash);
    expect(a.masked).toBe('110105********002X');
    expect(a.cipher).not.toContain('11010519491231002X');
  });

  test('a tampered ciphertext or another key cannot open it (GCM authenticates)', () => {
    const sealed = cipher.seal('11010519491231002X');
    const raw = Buffer.from(sealed.cipher.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.open({ ...sealed, cipher: `v1:${raw.toString('base64')}` })).toThrow();
    expect(() => createIdCipher(randomBytes(32)).open(sealed)).toThrow();
    expect(createIdCipher(randomBytes(32)).hash('11010519491231002X')).not.toBe(sealed.hash);
  });

  test('locally, a key file is created on first run with mode 0600 and reused afterwards', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-key-'));
    const env = { YIBAO_KEY_FILE: path.join(dir, KEY_FILE) };
    const first = configuredIdKey({ env }).create!();
    expect(first).toHaveLength(32);
    expect(fs.statSync(path.join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadIdKey({ env }).equals(first)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('ID_ENCRYPTION_KEY (base64, 32 bytes) wins; a wrong length is refused', () => {
    const key = randomBytes(32);
    expect(loadIdKey({ env: { ID_ENCRYPTION_KEY: key.toString('base64') } }).equals(key)).toBe(true);
    expect(() => loadIdKey({ env: { ID_ENCRYPTION_KEY: randomBytes(16).toString('base64') } })).toThrow('正好 32 个字节');
  });
});
