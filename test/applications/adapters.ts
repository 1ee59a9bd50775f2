/**
 * An application context on each store adapter: SQLite on a real file, CloudBase on the faithful in-memory service
 * (test/store/fake-cloud-db.ts: conflicting writers fail, the adapter retries). Each with a clock the test sets.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import type { AppContext } from '../../server/applications/context';
import { createCloudbaseStore } from '../../server/store/cloudbase';
import { localFileStorage } from '../../server/store/files';
import { createIdCipher } from '../../server/crypto/id-cipher';
import { freshContext } from './helpers';
import { fakeCloudDb, type FakeCloudDb } from '../store/fake-cloud-db';

export type TestContext = AppContext & { db?: FakeCloudDb; cleanup: () => Promise<void>; clock: { at: Date } };

export const ADAPTERS: [string, () => TestContext][] = [
  [
    'SQLite',
    () => {
      const ctx = freshContext();
      const clock = { at: new Date('2026-03-10T08:00:00.000Z') };
      return Object.assign(ctx, { clock, now: () => clock.at });
    },
  ],
  [
    'CloudBase (faithful fake)',
    () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-apps-cloud-'));
      const db = fakeCloudDb();
      const clock = { at: new Date('2026-03-10T08:00:00.000Z') };
      return {
        store: createCloudbaseStore(db),
        files: localFileStorage(dataDir),
        cipher: createIdCipher(randomBytes(32)),
        db,
        clock,
        now: () => clock.at,
        cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  ],
];
