import type { Store } from './store';
import { openSqliteStore, dataDirFromEnv } from './sqlite';
import { cloudbaseConfigFromEnv, openCloudbaseStore } from './cloudbase';
import { FileStorage, localFileStorage, cloudbaseFileStorage } from './files';

/**
 * Chosen once at start-up: CloudBase when a CloudBase environment is configured (TCB_ENV, or inside a cloud
 * function its own), otherwise the SQLite file under DATA_DIR. Nothing else knows which one runs.
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<{ store: Store; files: FileStorage }> {
  const cloud = cloudbaseConfigFromEnv(env);
  if (cloud) return { store: await openCloudbaseStore(cloud), files: cloudbaseFileStorage(cloud) };
  const dataDir = dataDirFromEnv(env);
  return { store: openSqliteStore({ dataDir }), files: localFileStorage(dataDir) };
}
