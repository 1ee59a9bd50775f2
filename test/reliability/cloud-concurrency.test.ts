/**
 * Concurrency on CloudBase semantics (issue 12, item 8 and "make the stand-ins faithful"): the CloudBase adapter on
 * the faithful fake, where transactions run at the same time, a second writer fails with
 * DATABASE_TRANSACTION_CONFLICT instead of waiting, and a transaction open for more than 30 s is gone. The adapter
 * retries conflicts with backoff; these tests show the paths end where they should: racing submissions get the
 * earlier application, counters stay exact, a too-long transaction writes nothing.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import * as apps from '../../server/applications';
import type { AppContext } from '../../server/applications/context';
import { createCloudbaseStore } from '../../server/store/cloudbase';
import { localFileStorage } from '../../server/store/files';
import { createIdCipher } from '../../server/crypto/id-cipher';
import { spend, type Limit } from '../../server/identity/rate-limit';
import { fakeCloudDb, type FakeCloudOptions } from '../store/fake-cloud-db';
import { counts, longTermForFather } from '../applications/helpers';

/** Like freshContext (test/applications/helpers.ts), with the CloudBase adapter on the in-memory service. */
function cloudContext(options: FakeCloudOptions = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-cloud-'));
  const db = fakeCloudDb(options);
  const ctx: AppContext = { store: createCloudbaseStore(db), files: localFileStorage(dataDir), cipher: createIdCipher(randomBytes(32)) };
  return { ...ctx, db, cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

const signByDaughter = { accepted: true, signerName: '张小红' };
const log = (what: string, figures: object) => process.stdout.write(`[cloud-concurrency] ${what}: ${JSON.stringify(figures)}\n`);

describe('CloudBase semantics: racing writers', () => {
  let ctx: ReturnType<typeof cloudContext>;
  beforeEach(() => (ctx = cloudContext()));
  afterEach(() => ctx.cleanup());

  test('50 concurrent submissions of 10 request ids: one application per id, every racer gets the earlier one', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `req-cloud-race-${String(i).padStart(2, '0')}`);
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        apps.submit(ctx, { openid: 'o-d' }, { requestId: ids[n % 10], content: longTermForFather(), commitment: signByDaughter }),
      ),
    );
    const ms = Date.now() - started;
    const byRequest = new Map<string, Set<string>>();
    results.forEach((r, n) => byRequest.set(ids[n % 10], (byRequest.get(ids[n % 10]) ?? new Set()).add(r.id)));
    expect([...byRequest.values()].map((s) => s.size)).toEqual(Array(10).fill(1));
    expect(results.every((r) => r.status === 'submitted')).toBe(true);
    const stored = (await ctx.store.listApplications({ filerOpenid: 'o-d', limit: 100 })).items;
    expect(stored.map((r) => r.id).sort()).toEqual([...new Set(results.map((r) => r.id))].sort());
    const c = await counts(ctx);
    expect([c.applications, c.idempotency, c.audit]).toEqual([10, 10, 10]);
    // The account's submission counters saw exactly the ten that were made, not the 40 answered from the key.
    expect((await ctx.store.getRateCounter('submit:hour:o-d'))?.count).toBe(10);
    // The race was real: writers collided and were retried.
    expect(ctx.db.stats.conflicts).toBeGreaterThan(0);
    log('50 submissions / 10 ids', { ms, ...ctx.db.stats });
  });

  test('concurrent rate-limit counters stay exact: 40 attempts, 25 allowed → 25 pass, 15 refused, both counters read 25', async () => {
    const now = new Date('2026-12-01T08:00:00.000Z');
    const limits: Limit[] = [
      { bucket: 'declare:account:o-x', max: 25, windowMs: 3600_000, what: '声明身份' },
      { bucket: 'declare:all', max: 1000, windowMs: 60_000, what: '声明身份' },
    ];
    const started = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        spend(ctx.store, limits, now).then(
          () => 'ok',
          (e: { code?: string }) => e.code,
        ),
      ),
    );
    const ms = Date.now() - started;
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(25);
    expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(15);
    expect((await ctx.store.getRateCounter('declare:account:o-x'))?.count).toBe(25);
    // A refused attempt wrote nothing, the global counter included: 25, not 40.
    expect((await ctx.store.getRateCounter('declare:all'))?.count).toBe(25);
    log('40 rate-limit spends', { ms, ...ctx.db.stats });
  });

  test('30 concurrent spends on one shared bucket lose no count', async () => {
    const now = new Date('2026-12-01T08:00:00.000Z');
    const limits: Limit[] = [{ bucket: 'verify:all', max: 1000, windowMs: 60_000, what: '核验' }];
    await Promise.all(Array.from({ length: 30 }, () => spend(ctx.store, limits, now)));
    expect((await ctx.store.getRateCounter('verify:all'))?.count).toBe(30);
  });
});

describe('CloudBase semantics: the 30 s transaction lifetime', () => {
  test('a submission whose transaction outlives 30 s fails with the service\'s error, is not retried, and writes nothing', async () => {
    // The service's clock: while `slow`, every call to it is 4 s later (a stalled function), so the submission's
    // transaction passes 30 s after about eight operations.
    let clock = Date.parse('2026-12-01T08:00:00.000Z');
    let slow = true;
    const ctx = cloudContext({ now: () => (slow ? (clock += 4000) : clock) });
    try {
      const failed = apps.submit(ctx, { openid: 'o-d' }, { requestId: 'req-cloud-slow-01', content: longTermForFather(), commitment: signByDaughter });
      await expect(failed).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
      expect(ctx.db.stats).toMatchObject({ transactions: 1, commits: 0, expired: 1 });
      expect(Object.values(await counts(ctx)).every((n) => n === 0)).toBe(true);

      // Nothing is left locked: the same request, on time, goes through once.
      slow = false;
      const ok = await apps.submit(ctx, { openid: 'o-d' }, { requestId: 'req-cloud-slow-01', content: longTermForFather(), commitment: signByDaughter });
      expect(ok.status).toBe('submitted');
      const c = await counts(ctx);
      expect([c.applications, c.idempotency]).toEqual([1, 1]);
    } finally {
      ctx.cleanup();
    }
  });
});
