import path from 'path';
import { spawn } from 'child_process';
import * as apps from '../../server/applications';
import { openSqliteStore, SQLITE_FILE } from '../../server/store/sqlite';
import { freshContext, longTermForFather, reimbursementForSelf } from './helpers';

const signByDaughter = { accepted: true, signerName: '张小红' };

describe('submissions are idempotent per (openid, requestId) — on a real SQLite file', () => {
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => (ctx = freshContext()));
  afterEach(() => ctx.cleanup());

  test('a retry returns the same application', async () => {
    const first = await apps.submit(ctx, { openid: 'o-d' }, { requestId: 'req-retry-0001', content: longTermForFather(), commitment: signByDaughter });
    const retry = await apps.submit(ctx, { openid: 'o-d' }, { requestId: 'req-retry-0001', content: longTermForFather(), commitment: signByDaughter });
    expect(retry.id).toBe(first.id);
    expect(await ctx.store.count('applications')).toBe(1);
    // The same request id from another account is another submission.
    const other = await apps.submit(ctx, { openid: 'o-f' }, { requestId: 'req-retry-0001', content: reimbursementForSelf(), commitment: { accepted: true, signerName: '张大山' } });
    expect(other.id).not.toBe(first.id);
    expect(await ctx.store.count('applications')).toBe(2);
  });

  test('50 concurrent submissions over 10 request ids: exactly one application per id, none lost', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `req-concurrent-${String(i).padStart(2, '0')}`);
    const calls = Array.from({ length: 50 }, (_, n) =>
      apps.submit(ctx, { openid: 'o-d' }, { requestId: ids[n % 10], content: longTermForFather(), commitment: signByDaughter }),
    );
    const results = await Promise.all(calls);
    const byRequest = new Map<string, Set<string>>();
    results.forEach((r, n) => byRequest.set(ids[n % 10], (byRequest.get(ids[n % 10]) ?? new Set()).add(r.id)));
    expect([...byRequest.values()].map((s) => s.size)).toEqual(Array(10).fill(1));
    expect(new Set(results.map((r) => r.id)).size).toBe(10);
    expect(await ctx.store.count('applications')).toBe(10);
    expect(await ctx.store.count('idempotency')).toBe(10);
    // One submit audit entry each: the 40 retries wrote nothing.
    expect(await ctx.store.count('audit')).toBe(10);

    // None lost: a second connection to the same file (as the CLI would open) sees all ten, each submitted.
    const other = openSqliteStore({ dataDir: ctx.dataDir });
    const stored = (await other.listApplications({ filerOpenid: 'o-d' })).items;
    expect(stored.map((r) => r.status)).toEqual(Array(10).fill('submitted'));
    await other.close();
  });

  test('another process holding the write lock (as the CLI would) makes a submission wait, not fail', async () => {
    const file = path.join(ctx.dataDir, SQLITE_FILE);
    // A separate node process takes the write lock for 400 ms; busy_timeout lets our BEGIN IMMEDIATE wait it out.
    const holder = spawn(process.execPath, [
      '-e',
      `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked\\n');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400); db.exec('COMMIT'); db.close();`,
    ], { cwd: process.cwd() });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
      holder.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
    });
    const started = Date.now();
    const a = await apps.submit(ctx, { openid: 'o-d' }, { requestId: 'req-two-procs-1', content: longTermForFather(), commitment: signByDaughter });
    expect(a.status).toBe('submitted');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await new Promise((resolve) => holder.on('close', resolve));
  });
});
