import { openStore } from '../store/open';
import { dataDirFromEnv } from '../store/sqlite';
import { openIdKey } from '../crypto/key-check';
import { createIdCipher } from '../crypto/id-cipher';
import type { AppContext } from './context';

/**
 * The context a function or the CLI builds once: the store chosen by the environment and the ID cipher, its key
 * checked against the store (server/crypto/key-check.ts) — a start with the wrong key, or with no key for sealed
 * data, fails here. In the cloud the key must come from ID_ENCRYPTION_KEY — a key file in a function's disposable
 * disk would be lost.
 */
export async function openAppContext(env: NodeJS.ProcessEnv = process.env, options: { log?: (line: string) => void } = {}): Promise<AppContext> {
  if (env.TCB_ENV && !env.ID_ENCRYPTION_KEY) throw new Error('ID_ENCRYPTION_KEY must be set when TCB_ENV is');
  const { store, files } = await openStore(env);
  try {
    const key = await openIdKey(store, { env, dataDir: store.kind === 'sqlite' ? dataDirFromEnv(env) : undefined, log: options.log });
    return { store, files, cipher: createIdCipher(key) };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
