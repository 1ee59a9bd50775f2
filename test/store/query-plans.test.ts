/**
 * Issue 17: every list the product reads is read from an index in the list's own order — filter columns, sort key,
 * id tie-break — so a page costs the same at 1k and at 1M stored applications. The statements are the ones the
 * adapter really runs (captured by its onQuery hook), driven by the product's own callers (我的申请, the staff queue
 * with its counts and search box, the CLI's list) and by the store's other lists; each is explained
 * with EXPLAIN QUERY PLAN. A full scan of a table, a sort in a temporary B-tree, or a search that does not use its
 * own index fails here, so a regression fails the build, not a bench run months later.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import Database from 'better-sqlite3';
import { openSqliteStore, SQLITE_FILE, type BoundSql } from '../../server/store/sqlite';
import { encodeCursor } from '../../server/store/cursor';
import { localFileStorage } from '../../server/store/files';
import { createIdCipher } from '../../server/crypto/id-cipher';
import type { AppContext } from '../../server/applications/context';
import type { Store } from '../../server/store/store';
import * as apps from '../../server/applications';
import { staffQueue } from '../../server/staff/applications/queue';
import { loadInScope } from '../../server/staff/applications/scope';
import { veteranRound as staffRound } from '../../server/staff/veteran/round';
import { BAZHONG_ALL, TONGJIANG } from '../staff/applications/world';
import { FATHER_ID } from '../applications/helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-plans-'));
const seen: BoundSql[] = [];
let store: Store;
let ctx: AppContext;
beforeAll(() => {
  store = openSqliteStore({ dataDir: dir, onQuery: (sql, params) => seen.push({ sql, params }) });
  ctx = { store, files: localFileStorage(dir), cipher: createIdCipher(randomBytes(32)) };
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** EXPLAIN QUERY PLAN of a captured statement; the page's LIMIT (bound after the captured parameters) is padded. */
function plan(raw: Database.Database, s: BoundSql): string[] {
  const placeholders = (s.sql.match(/\?/g) ?? []).length;
  const params = [...s.params, ...Array.from({ length: placeholders - s.params.length }, () => 21)];
  return (raw.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

/** What is wrong with a plan, or null. An unfiltered statement may walk an index in order (LIMIT rows) or count one. */
function fault(s: BoundSql, details: string[]): string | null {
  for (const d of details) {
    if (/TEMP B-TREE/.test(d)) return d;
    const scan = /^SCAN (\w+)(.*)$/.exec(d);
    if (!scan || d === 'SCAN CONSTANT ROW') continue;
    const unfiltered = !/\bWHERE\b/.test(s.sql);
    const countAll = /^SELECT COUNT\(\*\) AS n FROM \w+\s*$/.test(s.sql.trim());
    if (unfiltered && (countAll || /USING (COVERING )?INDEX/.test(scan[2]))) continue;
    return d;
  }
  return null;
}

/** Runs `fn`, then returns each statement it ran with its plan. */
async function explained(fn: () => Promise<unknown>): Promise<{ s: BoundSql; details: string[] }[]> {
  seen.length = 0;
  await fn();
  const raw = new Database(path.join(dir, SQLITE_FILE), { readonly: true });
  try {
    return seen.map((s) => ({ s, details: plan(raw, s) }));
  } finally {
    raw.close();
  }
}

const cursor = (key: string) => encodeCursor({ key, id: 'a-somewhere' });
const hash = () => ctx.cipher.hash(FATHER_ID);

/** Each case: what runs, and the index every statement of it (or its arms) must use. */
const CASES: [string, () => Promise<unknown>, RegExp[]][] = [
  ['我的申请, first page', () => apps.listMine(ctx, { openid: 'o-daughter' }), [/applications_filer\b/]],
  ['我的申请, a deep page', () => apps.listMine(ctx, { openid: 'o-daughter' }, { cursor: cursor('2026-01-01T00:00:00.000Z') }), [/applications_filer\b/]],
  [
    'my applications and a verified self’s (filer OR principal: merged arms)',
    () => store.listApplications({ filerOpenid: 'o-1', principalIdHashes: ['h1', 'h2'], order: 'newest', cursor: cursor('2026-01-01T00:00:00.000Z') }),
    [/applications_filer\b/, /applications_principal\b/],
  ],
  ['a person’s claims of one type (duplicate checks)', () => store.listApplications({ principalIdHashes: ['h1'], type: 'veteranSubsidy', limit: 100 }), [/applications_principal\b/]],
  ['staff queue, region, one status', () => staffQueue(ctx, BAZHONG_ALL, { status: 'submitted' }), [/applications_office_queue\b/]],
  ['staff queue, region, every status', () => staffQueue(ctx, BAZHONG_ALL, { status: 'all' }), [/applications_office_(all|queue)\b/]],
  ['staff queue, area, deep page', () => staffQueue(ctx, TONGJIANG, { status: 'submitted', cursor: cursor('2026-11-21T00:00:00.000Z') }), [/applications_office_area_queue\b/]],
  ['staff queue, area, every status, newest first', () => staffQueue(ctx, TONGJIANG, { status: 'all', order: 'newest' }), [/applications_office_area_(all|queue)\b/]],
  [
    'staff queue, type and dates',
    () => staffQueue(ctx, TONGJIANG, { status: 'all', type: 'remoteFiling', from: '2026-11-01', to: '2026-11-30', cursor: cursor('2026-11-21T00:00:00.000Z') }),
    [/applications_office_area_(all|queue)\b/],
  ],
  ['staff search by business number', () => staffQueue(ctx, TONGJIANG, { status: 'all', q: 'BZ-2026-000123' }), [/applications_number\b/]],
  ['staff search by phone', () => staffQueue(ctx, TONGJIANG, { status: 'all', q: '13900001234' }), [/applications_(principal|agent)_phone\b/]],
  ['staff search by ID number (its lookup hash)', () => staffQueue(ctx, BAZHONG_ALL, { status: 'all', q: FATHER_ID }), [/applications_principal_queue\b/]],
  [
    'a township’s claims for the monthly round (every page)',
    () => staffRound(ctx, { ...BAZHONG_ALL, region: 'yangcheng', area: '町店镇' }, { year: '2026', month: '12', township: '町店镇' }).catch(() => null),
    [/applications_office_area_all\b/],
  ],
  ['CLI staff list, one status', () => apps.staffList(ctx, { status: 'submitted' }), [/applications_queue\b/]],
  ['CLI staff list --status all (page)', () => apps.staffList(ctx, { cursor: cursor('2026-11-21T00:00:00.000Z') }), [/applications_queue_all\b/]],
  ['CLI staff list --number', () => apps.staffList(ctx, { number: 'SX-2026-000001' }), [/applications_number\b/]],
  ['a staff member opens an application by its number', () => loadInScope(ctx, TONGJIANG, 'BZ-2026-000123').catch(() => null), [/applications_number\b/]],
  ['CLI staff list --region --area', () => apps.staffList(ctx, { status: 'submitted', office: { region: 'bazhong', area: '通江县' } }), [/applications_office_area_queue\b/]],
  // server/crypto/key-check.ts, on a store written before key check values: the newest 100, whatever they are.
  ['the key check’s newest sample', () => store.listApplications({ limit: 100 }), [/applications_created\b/]],
  ['消息, unread, deep page', () => store.listMessages({ openid: 'o-1', unread: true, cursor: cursor('2026-01-01T00:00:00.000Z') }), [/messages_(openid|unread)\b/]],
  ['消息 badge', () => store.unreadMessages('o-1'), [/messages_unread\b/]],
  ['audit trail and materials of one application', () => Promise.all([store.listAudit('a1'), store.listMaterials('a1')]), [/audit_application\b|materials_application\b/]],
  ['upload quota', () => store.materialUsage('o-1'), [/materials_uploader\b/]],
  ['family members, bindings, binding history', () => Promise.all([store.listFamilyMembers('o-1'), store.bindingsOf('o-1'), store.bindingsFor('h1'), store.listBindingEvents('h1')]), [/INDEX \w+/]],
  ['a veteran’s payments of a year', () => store.listVeteranPayments(hash(), 2026), [/veteran_payments_year\b/]],
  ['identity claims of an account', () => store.claimsOf('o-1'), [/identity_claims_openid\b/]],
  ['the full-ID access log, scoped, deep page', () => store.listAccessLog({ region: 'bazhong', area: '通江县', cursor: cursor('2026-12-01T00:00:00.000Z') }), [/staff_access_log_area\b/]],
  ['the full-ID access log, a region', () => store.listAccessLog({ region: 'bazhong' }), [/staff_access_log_region\b/]],
  ['the daily deadline reminder’s walk over year records, deep page', () => store.listYearRecords({ cursor: cursor('y1') }), [/sqlite_autoindex_year_records_1\b/]],
  ['staff accounts of an area', () => store.listStaffUsers({ region: 'bazhong', area: '通江县', cursor: cursor('bz-li') }), [/staff_users_area\b/]],
];

describe('every list reads its own index in order: no full scan, no temporary B-tree', () => {
  test.each(CASES)('%s', async (_name, fn, indexes) => {
    const ran = await explained(fn);
    expect(ran.length).toBeGreaterThan(0);
    const faults = ran.map(({ s, details }) => ({ sql: s.sql, fault: fault(s, details), plan: details.join(' | ') })).filter((f) => f.fault);
    expect(faults).toEqual([]);
    // Every statement of the table each case is about reads it by one of the case's indexes (each arm by its own).
    const table = /^\/(\w+?)_/.exec(String(indexes[0]))?.[1] ?? '';
    // (A count of the whole table reads the smallest index whole: SQLite's b-tree count, measured in bench/growth.ts.)
    const plans = ran.filter(({ s }) => !/^SELECT COUNT\(\*\) AS n FROM \w+\s*$/.test(s.sql.trim())).map(({ details }) => details.join(' | '));
    for (const index of indexes) expect(plans.join('\n')).toMatch(index);
    for (const p of plans.filter((x) => x.includes(` ${table} `))) {
      for (const step of p.split(' | ').filter((d) => /^(SEARCH|SCAN) /.test(d) && d.includes(` ${table} `))) expect([step, indexes.some((i) => i.test(step))]).toEqual([step, true]);
    }
    if (process.env.SHOW_PLANS) console.log(ran.map(({ s, details }) => `${s.sql}\n  → ${details.join(' | ')}`).join('\n'));
  });

  test('a deep page is bounded by the cursor in the index (a row-value range), not filtered after reading from the start', async () => {
    const ran = await explained(() => staffQueue(ctx, TONGJIANG, { status: 'submitted', cursor: cursor('2026-11-21T00:00:00.000Z') }));
    const page = ran.find(({ s }) => /ORDER BY/.test(s.sql))!;
    expect(page.details.join(' | ')).toMatch(/\(queue_key,id\)>\(\?,\?\)/);
  });

  test('the checker itself fails a plan that sorts or scans (it can fail)', () => {
    const s = { sql: "SELECT doc FROM applications WHERE json_extract(doc, '$.x') = ? ORDER BY created_at", params: [1] };
    expect(fault(s, ['SCAN applications', 'USE TEMP B-TREE FOR ORDER BY'])).toBe('SCAN applications');
    expect(fault(s, ['SEARCH applications USING INDEX applications_filer (filer_openid=?)', 'USE TEMP B-TREE FOR ORDER BY'])).toBe('USE TEMP B-TREE FOR ORDER BY');
    expect(fault({ sql: 'SELECT COUNT(*) AS n FROM applications', params: [] }, ['SCAN applications USING COVERING INDEX applications_created'])).toBeNull();
  });
});
