import { openStore } from '../store/open';
import { dataDirFromEnv } from '../store/sqlite';
import { loadIdKey } from '../crypto/key';
import { createIdCipher } from '../crypto/id-cipher';
import type { AppContext } from './context';

/**
 * The context a function or the CLI builds once: the store chosen by the environment and the ID cipher. In the
 * cloud the key must come from ID_ENCRYPTION_KEY — a key file in a function's disposable disk would be lost.
 */
export async function openAppContext(env: NodeJS.ProcessEnv = process.env): Promise<AppContext> {
  if (env.TCB_ENV && !env.ID_ENCRYPTION_KEY) throw new Error('ID_ENCRYPTION_KEY must be set when TCB_ENV is');
  const { store, files } = await openStore(env);
  return { store, files, cipher: createIdCipher(loadIdKey({ env, dataDir: dataDirFromEnv(env) })) };
}
