/**
 * SQLite specifics of the veterans' ledger (issue 6): a file from before it gains the new tables on opening, its
 * data untouched; payments, like the audit trail, refuse UPDATE and DELETE even to someone with the file.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { openSqliteStore, SQLITE_FILE } from '../../server/store/sqlite';

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
  raw.exec('DROP TABLE veteran_roster; DROP TABLE veteran_ledgers; DROP TABLE veteran_payments;');
  raw.pragma('user_version = 1');
  raw.close();

  const again = openSqliteStore({ dataDir: dir });
  expect((await again.claimsOf('o1')).length).toBe(1);
  await again.insertVeteranPayment(payment);
  expect(await again.listVeteranPayments('vh1', 2026)).toEqual([payment]);
  await again.close();
  const check = new Database(path.join(dir, SQLITE_FILE), { readonly: true });
  expect(check.pragma('user_version', { simple: true })).toBe(2);
  check.close();
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
