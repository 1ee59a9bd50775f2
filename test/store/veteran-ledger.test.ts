/**
 * SQLite specifics of the veterans' ledger (issue 6): a file from before it gains the new tables on opening, its
 * data untouched; payments, like the audit trail, refuse UPDATE and DELETE even to someone with the file.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { openSqliteStore, SCHEMA_VERSION, SQLITE_FILE } from '../../server/store/sqlite';
import { UNDO_VERSIONS_6_7 } from './undo-migrations';

const dirs: string[] = [];
const freshDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-ledger-store-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const payment = {
  id: 'p1',
  idHash: 'vh1',
  year: 2026,
  kind: 'inpatientSubsidy' as const,
  route: 'oneStop' as const,
  date: '2026-08-01',
  amount: '950.00',
  hospital: '阳城县人民医院',
  reference: null,
  applicationId: null,
  importId: 'imp-1',
  recordedBy: null,
  recordedAt: '2026-08-02T00:00:00.000Z',
};

test('a file from before the ledger (schema version 1) is migrated on opening and keeps its data', async () => {
  const dir = freshDir();
  const store = openSqliteStore({ dataDir: dir });
  await store.insertIdentityClaim({ idHash: 'h1', openid: 'o1', claimedAt: '2025-06-01T00:00:00.000Z' });
  await store.close();
  // Wind the file back to what version 1 made.
  const raw = new Database(path.join(dir, SQLITE_FILE));
  raw.exec(UNDO_VERSIONS_6_7);
  raw.exec(UNDO_VERSION_3);
  raw.exec('DROP TABLE veteran_roster; DROP TABLE veteran_ledgers; DROP TABLE veteran_payments;');
  raw.pragma('user_version = 1');
  raw.close();

  const again = openSqliteStore({ dataDir: dir });
  expect((await again.claimsOf('o1')).length).toBe(1);
  await again.insertVeteranPayment(payment);
  expect(await again.listVeteranPayments('vh1', 2026)).toEqual([payment]);
  await again.close();
  const check = new Database(path.join(dir, SQLITE_FILE), { readonly: true });
  expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  check.close();
});

/** What migration 3 (issue 11) added, taken away again: gives a version-2 file. */
const UNDO_VERSION_3 = `
  DROP TABLE identity_bindings; DROP TABLE binding_events; DROP TABLE verification_codes; DROP TABLE rate_counters; DROP TABLE meta;
  DROP INDEX applications_queue; ALTER TABLE applications DROP COLUMN queue_key; ALTER TABLE applications DROP COLUMN type;
  DROP INDEX materials_uploader; ALTER TABLE materials DROP COLUMN uploaded_by; ALTER TABLE materials DROP COLUMN size;
  DROP TABLE messages; DROP TABLE message_subscriptions; DROP TABLE year_records;`;

test('a version-2 file gains the queue order and the per-uploader sizes from its own documents', async () => {
  const dir = freshDir();
  const store = openSqliteStore({ dataDir: dir });
  const app = (id: string, submittedAt: string | null) => ({
    id,
    type: 'remoteFiling' as const,
    status: submittedAt ? ('submitted' as const) : ('draft' as const),
    filerOpenid: 'o1',
    principalIdHash: null,
    content: { type: 'remoteFiling' as const },
    commitment: null,
    decisionReason: null,
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
    submittedAt,
  });
  await store.insertApplication(app('late', '2025-06-03T00:00:00.000Z'));
  await store.insertApplication(app('early', '2025-06-02T00:00:00.000Z'));
  await store.insertApplication(app('draft', null));
  await store.insertMaterial({ id: 'm1', applicationId: 'early', item: 'residenceProof', mime: 'image/png', size: 1234, sha256: 'x', storagePath: 'p', uploadedBy: 'o1', uploadedAt: 'x' });
  await store.close();
  const raw = new Database(path.join(dir, SQLITE_FILE));
  raw.exec(UNDO_VERSIONS_6_7);
  raw.exec(UNDO_VERSION_3);
  raw.pragma('user_version = 2');
  raw.close();

  const again = openSqliteStore({ dataDir: dir });
  expect((await again.listApplications({ order: 'queue' })).items.map((a) => a.id)).toEqual(['early', 'late', 'draft']);
  expect((await again.listApplications({ type: 'remoteFiling' })).total).toBe(3);
  expect(await again.materialUsage('o1')).toEqual({ count: 1, bytes: 1234 });
  await again.close();
});

test('the payments table refuses UPDATE and DELETE', async () => {
  const dir = freshDir();
  const store = openSqliteStore({ dataDir: dir });
  await store.insertVeteranPayment(payment);
  await store.close();
  const raw = new Database(path.join(dir, SQLITE_FILE));
  expect(() => raw.prepare("UPDATE veteran_payments SET doc = '{}'").run()).toThrow('append-only');
  expect(() => raw.prepare('DELETE FROM veteran_payments').run()).toThrow('append-only');
  raw.close();
});
