import { hkdfSync } from 'crypto';
import type { Store } from '../store/store';
import { DuplicateKeyError } from '../store/store';
import type { SealedId } from '../store/types';
import { createIdCipher } from './id-cipher';
import { configuredIdKey } from './key';

/**
 * Which key belongs to the stored ID numbers. The store keeps a check value of its key (written once, by the first
 * start); every start compares the configured key with it and refuses a different one — a wrong key would read
 * nothing back, and worse, would seal new numbers under a second key beside the old ones. A key is created only for
 * a store that holds no ciphertext yet; a store with sealed numbers and no key is an error, never a fresh key.
 */
export const KEY_CHECK = 'idEncryptionKeyCheck';

/** An HKDF output of its own: it tells keys apart and reveals nothing of the encryption or lookup keys. */
export function keyCheckValue(key: Buffer): string {
  return `v1:${Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'yibao id key check value', 16)).toString('hex')}`;
}

/** Collections whose records carry a sealed ID number. */
const SEALED_IN = ['applications', 'familyMembers', 'veteranRoster', 'identityBindings'] as const;

/** How many of the newest applications are looked at for a sample before the other collections. */
const SAMPLE_APPLICATIONS = 100;

function sealedOf(record: { content?: { principal?: { idNumber?: SealedId }; agent?: { idNumber?: SealedId } } }): SealedId | null {
  return record.content?.principal?.idNumber ?? record.content?.agent?.idNumber ?? null;
}

/**
 * One sealed ID number of the store, for a store written before check values existed: from the newest applications,
 * else from the records that always carry one (family members, roster, bindings). null when the store has none.
 */
async function sampleSealed(store: Store): Promise<SealedId | null> {
  const page = await store.listApplications({ limit: SAMPLE_APPLICATIONS });
  for (const app of page.items) {
    const sealed = sealedOf(app);
    if (sealed) return sealed;
  }
  return store.sampleSealedId();
}

/** The key opens the sample, and the number it reads hashes to the sample's lookup hash. */
function opens(key: Buffer, sealed: SealedId): boolean {
  const cipher = createIdCipher(key);
  try {
    return cipher.hash(cipher.open(sealed)) === sealed.hash;
  } catch {
    return false;
  }
}

const missing = (where: string) =>
  new Error(
    `数据库里已有加密的身份证号，但找不到它们的密钥（${where}）。不会新建密钥：新密钥解不开已有的记录。` +
      `请从备份恢复密钥文件，或用 YIBAO_KEY_FILE / ID_ENCRYPTION_KEY 指向原来的密钥。`,
  );
const mismatch = (where: string) =>
  new Error(
    `密钥（${where}）与数据库里已加密的身份证号不匹配：用它既读不出已有的记录，又会写入用另一把密钥加密的新记录，` +
      `因此拒绝启动。请换回原来的密钥（从备份恢复），或检查 DATA_DIR 是否指向了另一份数据。`,
  );
const unverifiable = (where: string) =>
  new Error(
    `数据库里已有加密的身份证号，但没有密钥核对值，也找不到能用来核对密钥（${where}）的记录；为免用错密钥，拒绝启动。`,
  );

const log = (options: { log?: (line: string) => void }) => options.log ?? ((line: string) => process.stderr.write(line + '\n'));

/** Records the check value once; when another process recorded one first, it must be the same. */
async function recordCheck(store: Store, key: Buffer, where: string): Promise<void> {
  const value = keyCheckValue(key);
  try {
    await store.insertMeta({ key: KEY_CHECK, value, createdAt: new Date().toISOString() });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    if ((await store.getMeta(KEY_CHECK))?.value !== value) throw mismatch(where);
  }
}

/**
 * The ID key for `store`, checked against it. `dataDir` (the SQLite store's directory) is where an older version
 * kept the key file; it is moved out first.
 */
export async function openIdKey(store: Store, options: { env?: NodeJS.ProcessEnv; dataDir?: string; log?: (line: string) => void } = {}): Promise<Buffer> {
  const found = configuredIdKey(options);
  const recorded = await store.getMeta(KEY_CHECK);
  if (recorded) {
    if (!found.key) throw missing(found.where);
    if (recorded.value !== keyCheckValue(found.key)) throw mismatch(found.where);
    return found.key;
  }
  // No check value yet: a new store, or one written before check values existed.
  const counts = await Promise.all(SEALED_IN.map((c) => store.count(c)));
  if (counts.some((n) => n > 0)) {
    const sample = await sampleSealed(store);
    // Applications may all be drafts without an ID number; the other collections always hold one.
    const onlyBareDrafts = !sample && counts.slice(1).every((n) => n === 0);
    if (!onlyBareDrafts) {
      if (!found.key) throw missing(found.where);
      if (!sample) throw unverifiable(found.where);
      if (!opens(found.key, sample)) throw mismatch(found.where);
    }
  }
  const key = found.key ?? found.create?.();
  if (!key) throw missing(found.where);
  await recordCheck(store, key, found.where);
  if (!found.key) log(options)(`已新建身份证号密钥：${found.where}。请把它与数据分开备份——丢失它，已存的身份证号就无法恢复。`);
  return key;
}
