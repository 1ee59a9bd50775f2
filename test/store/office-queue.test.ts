import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { openSqliteStore, SQLITE_FILE } from '../../server/store/sqlite';
import type { ApplicationRecord } from '../../server/store/types';
import { UNDO_VERSIONS_6_7 } from './undo-migrations';

/**
 * The office queue (issue 16) on SQLite: a staff member's page is read from migration 6's indexes in queue order —
 * no scan of other offices' applications, no sort in a temporary B-tree — and a file older than offices gets them.
 */
const dirs: string[] = [];
const freshDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-office-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const app = (id: string, over: Partial<ApplicationRecord> = {}): ApplicationRecord => ({
  id,
  type: 'remoteFiling',
  status: 'submitted',
  filerOpenid: 'o-filer',
  principalIdHash: null,
  content: { type: 'remoteFiling' },
  commitment: null,
  decisionReason: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  submittedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

test('the office queue reads applications_office_queue / applications_office_area_queue, without a temp B-tree', async () => {
  const dir = freshDir();
  // The statements the adapter runs, as it runs them (test/store/query-plans.test.ts checks every list this way).
  const seen: { sql: string; params: unknown[] }[] = [];
  const store = openSqliteStore({ dataDir: dir, onQuery: (sql, params) => seen.push({ sql, params }) });
  for (let i = 0; i < 30; i++) {
    await store.insertApplication(app(`a${i}`, { submittedAt: `2026-12-01T00:00:${String(i).padStart(2, '0')}.000Z`, office: { region: i % 2 ? 'bazhong' : 'shanxi', area: i % 4 === 1 ? '通江县' : null } }));
  }
  const first = await store.listApplications({ office: { region: 'bazhong' }, status: 'submitted', order: 'queue', limit: 5 });
  await store.listApplications({ office: { region: 'bazhong' }, status: 'submitted', order: 'queue', limit: 5, cursor: first.nextCursor! });
  await store.listApplications({ office: { region: 'bazhong', area: '通江县' }, status: 'submitted', order: 'queue', limit: 5 });
  await store.close();

  const pages = seen.filter(({ sql }) => /office_region/.test(sql) && /ORDER BY/.test(sql));
  expect(pages).toHaveLength(3);
  const raw = new Database(path.join(dir, SQLITE_FILE), { readonly: true });
  const plan = ({ sql, params }: { sql: string; params: unknown[] }) =>
    (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params, 6) as { detail: string }[]).map((r) => r.detail).join(' | ');
  const [region, after, area] = pages.map(plan);
  raw.close();
  expect(region).toMatch(/USING (COVERING )?INDEX applications_office_queue\b/);
  expect(after).toMatch(/USING (COVERING )?INDEX applications_office_queue \(office_region=\? AND status=\? AND \(queue_key,id\)>\(\?,\?\)\)/);
  expect(area).toMatch(/USING (COVERING )?INDEX applications_office_area_queue\b/);
  for (const p of [region, after, area]) expect(p).not.toMatch(/TEMP B-TREE/);
  if (process.env.SHOW_PLANS) console.log([region, after, area].join('\n'));
});

test('a file older than offices gets them: 山西 filings with no office named, a claim its veteran’s region and 乡镇', async () => {
  const dir = freshDir();
  const store = openSqliteStore({ dataDir: dir });
  await store.insertApplication(app('filing'));
  await store.insertApplication(app('reimbursement', { type: 'manualReimbursement', content: { type: 'manualReimbursement' } }));
  await store.insertApplication(
    app('claim', {
      type: 'veteranSubsidy',
      principalIdHash: 'h-vet',
      content: { type: 'veteranSubsidy' },
      subsidyClaim: { veteran: { region: 'yangcheng', category: 'disabled', disabilityGrade: 3, cause: null, rosterYear: 2026 } } as ApplicationRecord['subsidyClaim'],
    }),
  );
  await store.insertApplication(app('claimDraft', { type: 'veteranSubsidy', status: 'draft', submittedAt: null, principalIdHash: 'h-vet', content: { type: 'veteranSubsidy' } }));
  await store.insertApplication(app('stranger', { type: 'veteranSubsidy', status: 'draft', submittedAt: null, principalIdHash: 'h-none', content: { type: 'veteranSubsidy' } }));
  await store.putVeteranRoster({
    idHash: 'h-vet',
    idNumber: { cipher: 'c', hash: 'h-vet', masked: 'm' },
    name: '王大山',
    region: 'yangcheng',
    category: 'disabled',
    disabilityGrade: 3,
    cause: null,
    county: '阳城县',
    township: '町店镇',
    rosterYear: 2026,
    importId: 'i1',
    importedBy: null,
    importedAt: '2026-12-01T00:00:00.000Z',
  });
  await store.close();
  // Back to version 5, with records as they were stored then (no office).
  const raw = new Database(path.join(dir, SQLITE_FILE));
  raw.exec(UNDO_VERSIONS_6_7);
  raw.exec("UPDATE applications SET doc = json_remove(doc, '$.office')");
  raw.pragma('user_version = 5');
  raw.close();

  const again = openSqliteStore({ dataDir: dir });
  expect((await again.getApplication('filing'))?.office).toEqual({ region: 'shanxi', area: null });
  expect((await again.getApplication('reimbursement'))?.office).toEqual({ region: 'shanxi', area: null });
  expect((await again.getApplication('claim'))?.office).toEqual({ region: 'yangcheng', area: '町店镇' });
  expect((await again.getApplication('claimDraft'))?.office).toEqual({ region: 'yangcheng', area: '町店镇' });
  // Not on the roster: no office yet, and in nobody's queue.
  expect((await again.getApplication('stranger'))?.office).toBeUndefined();
  const ids = async (office: { region: string; area?: string }) => (await again.listApplications({ office, order: 'queue' })).items.map((r) => r.id).sort();
  expect(await ids({ region: 'shanxi' })).toEqual(['filing', 'reimbursement']);
  expect(await ids({ region: 'yangcheng', area: '町店镇' })).toEqual(['claim', 'claimDraft']);
  await again.close();
});
