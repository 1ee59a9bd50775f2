import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { storeContract } from '../../server/store/contract';
import { openSqliteStore, SCHEMA_VERSION, SQLITE_FILE } from '../../server/store/sqlite';
import { UNDO_VERSIONS_6_7 } from './undo-migrations';

const dirs: string[] = [];
const freshDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-store-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

storeContract('SQLite (a real file in a temp dir)', async () => openSqliteStore({ dataDir: freshDir() }));

describe('SQLite specifics', () => {
  test('the file is created under the data directory, in WAL mode, with the schema migrated, and survives reopening', async () => {
    const dir = freshDir();
    const store = openSqliteStore({ dataDir: dir });
    await store.insertIdentityClaim({ idHash: 'h1', openid: 'o1', claimedAt: '2025-06-01T00:00:00.000Z' });
    await store.close();
    const raw = new Database(path.join(dir, SQLITE_FILE), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
    const again = openSqliteStore({ dataDir: dir });
    expect((await again.claimsOf('o1')).length).toBe(1);
    await again.close();
  });

  test('the audit table refuses UPDATE and DELETE: the trail is append-only even to someone with the file', async () => {
    const dir = freshDir();
    const store = openSqliteStore({ dataDir: dir });
    await store.appendAudit({
      id: 'e1',
      applicationId: 'a1',
      at: '2025-06-01T00:00:00.000Z',
      actor: { role: 'staff', id: '王' },
      action: 'accept',
      fromStatus: 'submitted',
      toStatus: 'accepted',
      note: '受理',
    });
    await store.close();
    const raw = new Database(path.join(dir, SQLITE_FILE));
    expect(() => raw.prepare("UPDATE audit SET doc = '{}'").run()).toThrow('append-only');
    expect(() => raw.prepare('DELETE FROM audit').run()).toThrow('append-only');
    raw.close();
  });
});

test('a file from before the year record (schema version 4) gains year_records on opening and keeps its data', async () => {
  const dir = freshDir();
  const store = openSqliteStore({ dataDir: dir });
  await store.insertIdentityClaim({ idHash: 'h1', openid: 'o1', claimedAt: '2025-06-01T00:00:00.000Z' });
  await store.close();
  // Wind the file back to what version 4 made.
  const raw = new Database(path.join(dir, SQLITE_FILE));
  raw.exec(UNDO_VERSIONS_6_7);
  raw.exec('DROP TABLE year_records');
  raw.pragma('user_version = 4');
  raw.close();

  const again = openSqliteStore({ dataDir: dir });
  expect((await again.claimsOf('o1')).length).toBe(1);
  const record = { id: 'y1', openid: 'o1', person: 'self', year: 2026, entries: [], updatedAt: '2026-03-02T08:00:00.000Z' };
  await again.putYearRecord(record);
  expect(await again.getYearRecord('y1')).toEqual(record);
  await again.close();
  const check = new Database(path.join(dir, SQLITE_FILE), { readonly: true });
  expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'year_records' AND name NOT LIKE 'sqlite_%'").all()).toEqual([
    { name: 'year_records_person' },
  ]);
  check.close();
});

test('calling the store itself inside its own transaction fails at once instead of deadlocking', async () => {
  const store = openSqliteStore({ dataDir: freshDir() });
  await expect(store.transaction(async () => store.count('applications'))).rejects.toThrow('use the tx argument');
  expect(await store.count('applications')).toBe(0);
  await store.close();
});
