import { DuplicateKeyError } from './store';
import { VETERAN_REGIONS } from '../../shared/schemas/veteran';
import type { Store } from './store';
import type {
  ApplicationRecord,
  AuditEntry,
  FamilyMemberRecord,
  IdentityBinding,
  MaterialRecord,
  MessageRecord,
  MessageSubscription,
  StaffAccessRecord,
  StaffAccountAuditRecord,
  StaffSessionRecord,
  StaffUserRecord,
  StoredYearRecord,
  VeteranLedgerRecord,
  VeteranPaymentRecord,
  VeteranRosterRecord,
} from './types';

/**
 * The storage contract both adapters pass: the same cases, run by test/store/sqlite.test.ts on a real file and by
 * test/store/cloudbase.test.ts on a CloudBase environment when one is configured. `open` gives a fresh, empty store.
 */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: the storage contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const app = (id: string, over: Partial<ApplicationRecord> = {}): ApplicationRecord => ({
      id,
      type: 'remoteFiling',
      status: 'draft',
      filerOpenid: 'o-filer',
      principalIdHash: null,
      content: { type: 'remoteFiling', principal: { name: '张三' } },
      commitment: null,
      decisionReason: null,
      createdAt: '2025-06-01T00:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
      submittedAt: null,
      ...over,
    });

    test('an application is stored, read back whole, and replaced by update', async () => {
      await store.insertApplication(app('a1'));
      expect(await store.getApplication('a1')).toEqual(app('a1'));
      expect(await store.updateApplication(app('a1', { status: 'submitted' }))).toBe(true);
      expect((await store.getApplication('a1'))?.status).toBe('submitted');
      expect(await store.updateApplication(app('missing'))).toBe(false);
      expect(await store.getApplication('missing')).toBeNull();
    });

    test('listApplications: filer OR principal, AND status, newest first', async () => {
      await store.insertApplication(app('a1', { createdAt: '2025-06-01T00:00:01.000Z' }));
      await store.insertApplication(app('a2', { filerOpenid: 'o-other', principalIdHash: 'h-me', createdAt: '2025-06-01T00:00:02.000Z' }));
      await store.insertApplication(app('a3', { filerOpenid: 'o-other', principalIdHash: 'h-else', createdAt: '2025-06-01T00:00:03.000Z' }));
      await store.insertApplication(app('a4', { status: 'submitted', createdAt: '2025-06-01T00:00:04.000Z' }));
      const ids = async (q: Parameters<Store['listApplications']>[0]) => (await store.listApplications(q)).items.map((r) => r.id);
      expect(await ids({ filerOpenid: 'o-filer' })).toEqual(['a4', 'a1']);
      expect(await ids({ filerOpenid: 'o-filer', principalIdHashes: ['h-me'] })).toEqual(['a4', 'a2', 'a1']);
      expect(await ids({ filerOpenid: 'o-filer', principalIdHashes: ['h-me'], status: 'draft' })).toEqual(['a2', 'a1']);
      expect(await ids({ status: 'submitted' })).toEqual(['a4']);
      expect(await ids({ filerOpenid: 'nobody', principalIdHashes: [] })).toEqual([]);
      // Someone's applications with nobody named is nothing, never everyone's.
      expect(await ids({ principalIdHashes: [] })).toEqual([]);
      expect(await ids({ principalIdHashes: ['h-me'], type: 'remoteFiling' })).toEqual(['a2']);
      expect(await ids({ principalIdHashes: ['h-me'], type: 'veteranSubsidy' })).toEqual([]);
    });

    test('listApplications pages with cursors: every match exactly once, in order, with the total', async () => {
      // 45 applications in one second (ids break the tie), submitted in the reverse order of creation.
      for (let i = 0; i < 45; i++) {
        const n = String(i).padStart(2, '0');
        await store.insertApplication(
          app(`p${n}`, {
            status: i % 9 === 0 ? 'draft' : 'submitted',
            createdAt: `2025-06-01T00:00:${String(Math.floor(i / 3)).padStart(2, '0')}.000Z`,
            submittedAt: i % 9 === 0 ? null : `2025-06-02T00:00:${String(59 - i).padStart(2, '0')}.000Z`,
          }),
        );
      }
      const walk = async (q: Parameters<Store['listApplications']>[0]) => {
        const seen: string[] = [];
        const totals: number[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listApplications({ ...q, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((r) => r.id));
          totals.push(page.total);
          expect(page.items.length).toBeLessThanOrEqual(q.limit ?? 20);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return { seen, totals };
      };
      const newest = await walk({ limit: 7 });
      expect(newest.seen).toEqual(Array.from({ length: 45 }, (_, i) => `p${String(44 - i).padStart(2, '0')}`));
      expect(new Set(newest.totals)).toEqual(new Set([45]));
      // The staff queue: submitted ones, the longest-waiting first (here: the last created).
      const queue = await walk({ status: 'submitted', order: 'queue', limit: 10 });
      const submitted = Array.from({ length: 45 }, (_, i) => i).filter((i) => i % 9 !== 0);
      expect(queue.seen).toEqual(submitted.reverse().map((i) => `p${String(i).padStart(2, '0')}`));
      expect(queue.totals[0]).toBe(40);
      // Without a status, never-submitted drafts come last in queue order.
      const all = await walk({ order: 'queue', limit: 100 });
      expect(all.seen.slice(-5).sort()).toEqual(['p00', 'p09', 'p18', 'p27', 'p36']);
      await expect(store.listApplications({ cursor: 'not-a-cursor!' })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'cursor' });
      // A page is at most MAX_PAGE (100), whatever is asked for.
      expect((await store.listApplications({ limit: 1000 })).items).toHaveLength(45);
    });

    test('listApplications for the staff queue: submitted only, within submission bounds, by name prefix and phone, latest first', async () => {
      await store.insertApplication(app('d1', { content: { type: 'remoteFiling', principal: { name: '王大山', phone: '13800000001' } } }));
      await store.insertApplication(
        app('s1', { status: 'submitted', submittedAt: '2026-11-30T15:59:59.999Z', content: { type: 'remoteFiling', principal: { name: '王大山', phone: '13800000001' } } }),
      );
      await store.insertApplication(
        app('s2', {
          status: 'returned',
          submittedAt: '2026-11-30T16:00:00.000Z',
          content: { type: 'remoteFiling', principal: { name: '王大', phone: '13900000002' }, agent: { name: '王小芳', phone: '13800000001' } },
        }),
      );
      await store.insertApplication(app('s3', { status: 'accepted', submittedAt: '2026-12-01T15:59:59.999Z', content: { type: 'remoteFiling', principal: { name: '李四' } } }));
      await store.insertApplication(app('s4', { status: 'submitted', submittedAt: '2026-12-01T16:00:00.000Z', content: { type: 'remoteFiling', principal: { name: '王𠀋' } } }));
      const ids = async (q: Parameters<Store['listApplications']>[0]) => (await store.listApplications(q)).items.map((r) => r.id);
      expect(await ids({ submitted: {}, order: 'queue' })).toEqual(['s1', 's2', 's3', 's4']);
      expect(await ids({ submitted: {}, order: 'queueNewest' })).toEqual(['s4', 's3', 's2', 's1']);
      // One China day, 2026-12-01: [2026-11-30T16:00Z, 2026-12-01T16:00Z).
      expect(await ids({ submitted: { from: '2026-11-30T16:00:00.000Z', before: '2026-12-01T16:00:00.000Z' }, order: 'queue' })).toEqual(['s2', 's3']);
      expect(await ids({ submitted: {}, principalNamePrefix: '王大', order: 'queue' })).toEqual(['s1', 's2']);
      expect(await ids({ submitted: {}, principalNamePrefix: '王大山', order: 'queue' })).toEqual(['s1']);
      expect(await ids({ submitted: {}, principalNamePrefix: '王', order: 'queue' })).toEqual(['s1', 's2', 's4']);
      expect(await ids({ submitted: {}, phone: '13800000001', order: 'queue' })).toEqual(['s1', 's2']);
      expect(await ids({ phone: '13800000001', order: 'queue' })).toEqual(['s1', 's2', 'd1']);
      const page = await store.listApplications({ submitted: {}, order: 'queueNewest', limit: 3 });
      expect(page.total).toBe(4);
      expect((await store.listApplications({ submitted: {}, order: 'queueNewest', limit: 3, cursor: page.nextCursor! })).items.map((r) => r.id)).toEqual(['s1']);
    });

    test('listApplications by office: one region or one area of it, by status, in queue order, a page at a time', async () => {
      const at = (i: number) => `2026-12-01T0${Math.floor(i / 10)}:00:${String(i % 10).padStart(2, '0')}.000Z`;
      const areas = ['通江县', '南江县', null];
      for (let i = 0; i < 25; i++) {
        await store.insertApplication(
          app(`o${String(i).padStart(2, '0')}`, { status: 'submitted', submittedAt: at(24 - i), office: { region: 'region-a', area: areas[i % 3] } }),
        );
      }
      await store.insertApplication(app('sx', { status: 'submitted', submittedAt: at(0), office: { region: 'region-b', area: null } }));
      await store.insertApplication(app('none', { status: 'submitted', submittedAt: at(0), office: null }));
      // Moved to another office by an update: listed there only.
      await store.insertApplication(app('moved', { status: 'submitted', submittedAt: at(30), office: { region: 'region-b', area: null } }));
      await store.updateApplication(app('moved', { status: 'submitted', submittedAt: at(30), office: { region: 'region-a', area: '通江县' } }));
      const walk = async (office: { region: string; area?: string }, limit: number) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listApplications({ office, status: 'submitted', order: 'queue', limit, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((r) => r.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return seen;
      };
      const everyInRegion = Array.from({ length: 25 }, (_, i) => `o${String(24 - i).padStart(2, '0')}`);
      expect(await walk({ region: 'region-a' }, 4)).toEqual([...everyInRegion, 'moved']);
      const tongjiang = everyInRegion.filter((id) => Number(id.slice(1)) % 3 === 0);
      expect(await walk({ region: 'region-a', area: '通江县' }, 3)).toEqual([...tongjiang, 'moved']);
      expect(await walk({ region: 'region-b' }, 5)).toEqual(['sx']);
      expect(await walk({ region: 'nowhere' }, 5)).toEqual([]);
      expect((await store.listApplications({ office: { region: 'region-a', area: '南江县' }, status: 'submitted' })).total).toBe(8);
      expect((await store.listApplications({ office: { region: 'region-a' }, status: 'accepted' })).total).toBe(0);
    });

    test('bindings: one per account, person and role, listed both ways; events and meta are append-once', async () => {
      const b = (openid: string, idHash: string, over: Partial<IdentityBinding> = {}): IdentityBinding => ({
        id: `${openid}-${idHash}`,
        ref: 'K7Q2MX',
        openid,
        idHash,
        idNumber: { cipher: 'v1:x', hash: idHash, masked: '110105********002X' },
        role: 'self',
        relation: null,
        declaredName: '张大山',
        level: 'declared',
        source: null,
        verifiedBy: null,
        verifiedAt: null,
        revokedBy: null,
        revokedAt: null,
        revokeReason: null,
        createdAt: '2025-06-01T00:00:00.000Z',
        updatedAt: '2025-06-01T00:00:00.000Z',
        ...over,
      });
      await store.putBinding(b('o1', 'h1'));
      await store.putBinding(b('o2', 'h1', { createdAt: '2025-06-01T00:00:01.000Z' }));
      await store.putBinding(b('o1', 'h1', { level: 'verified', source: 'staff' }));
      expect((await store.bindingsFor('h1')).map((x) => [x.openid, x.level])).toEqual([
        ['o1', 'verified'],
        ['o2', 'declared'],
      ]);
      expect((await store.bindingsOf('o2')).map((x) => x.idHash)).toEqual(['h1']);
      expect(await store.getBinding('o1-h1')).toEqual(b('o1', 'h1', { level: 'verified', source: 'staff' }));
      const event = { id: 'e1', bindingId: 'o1-h1', idHash: 'h1', openid: 'o1', at: 'x', action: 'declare' as const, level: 'declared' as const, source: null, actor: { role: 'applicant' as const, id: 'o1' }, note: '' };
      await store.appendBindingEvent(event);
      await expect(store.appendBindingEvent(event)).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.listBindingEvents('h1')).toEqual([event]);
      expect(await store.sampleSealedId()).toEqual(b('o1', 'h1').idNumber);
      await store.insertMeta({ key: 'k', value: 'v1', createdAt: 'x' });
      await expect(store.insertMeta({ key: 'k', value: 'v2', createdAt: 'x' })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.getMeta('k')).toEqual({ key: 'k', value: 'v1', createdAt: 'x' });
      expect(await store.getMeta('nope')).toBeNull();
      await store.putRateCounter({ id: 'c1', count: 3, expiresAt: 'y' });
      expect(await store.getRateCounter('c1')).toEqual({ id: 'c1', count: 3, expiresAt: 'y' });
      await store.putVerificationCode({ idHash: 'h1', codeHash: 'c', issuedBy: '王', issuedAt: 'x', expiresAt: 'y', attempts: 0, usedAt: null, usedBy: null });
      expect((await store.getVerificationCode('h1'))?.codeHash).toBe('c');
    });

    test('audit entries list in the order they were appended', async () => {
      const entry = (id: string, action: AuditEntry['action']): AuditEntry => ({
        id,
        applicationId: 'a1',
        at: '2025-06-01T00:00:00.000Z',
        actor: { role: 'applicant', id: 'o-filer' },
        action,
        fromStatus: null,
        toStatus: 'draft',
        note: '',
      });
      await store.appendAudit(entry('e1', 'create'));
      await store.appendAudit(entry('e2', 'update'));
      await store.appendAudit({ ...entry('e3', 'create'), applicationId: 'a2' });
      expect((await store.listAudit('a1')).map((e) => e.action)).toEqual(['create', 'update']);
    });

    test('an idempotency key and an identity claim can be inserted once only', async () => {
      const key = { openid: 'o1', requestId: 'req-00000001', applicationId: 'a1', createdAt: '2025-06-01T00:00:00.000Z' };
      await store.insertIdempotency(key);
      await expect(store.insertIdempotency({ ...key, applicationId: 'a2' })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.getIdempotency('o1', 'req-00000001')).toEqual(key);
      expect(await store.getIdempotency('o2', 'req-00000001')).toBeNull();

      await store.insertIdentityClaim({ idHash: 'h1', openid: 'o1', claimedAt: '2025-06-01T00:00:00.000Z' });
      await expect(store.insertIdentityClaim({ idHash: 'h1', openid: 'o2', claimedAt: '2025-06-01T00:00:00.000Z' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(store.insertApplication(app('dup'))).resolves.toBeUndefined();
      await expect(store.insertApplication(app('dup'))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.claimsOf('o1')).map((c) => c.idHash)).toEqual(['h1']);
      expect(await store.claimsOf('o2')).toEqual([]);
    });

    test('family members are upserted by id, listed per openid, and deleted', async () => {
      const m = (id: string, openid: string, memberName: string): FamilyMemberRecord => ({
        id,
        openid,
        name: memberName,
        relation: 'parent',
        idNumber: { cipher: 'v1:x', hash: 'h', masked: '110105********002X' },
        phone: null,
        createdAt: '2025-06-01T00:00:00.000Z',
        updatedAt: '2025-06-01T00:00:00.000Z',
      });
      await store.putFamilyMember(m('f1', 'o1', '张父'));
      await store.putFamilyMember(m('f1', 'o1', '张父亲'));
      await store.putFamilyMember(m('f2', 'o2', '李母'));
      expect((await store.listFamilyMembers('o1')).map((x) => x.name)).toEqual(['张父亲']);
      expect(await store.deleteFamilyMember('f1')).toBe(true);
      expect(await store.deleteFamilyMember('f1')).toBe(false);
      expect(await store.listFamilyMembers('o1')).toEqual([]);
    });

    test('material metadata is stored per application', async () => {
      const mat: MaterialRecord = {
        id: 'm1',
        applicationId: 'a1',
        item: 'residenceProof',
        mime: 'image/png',
        size: 10,
        sha256: 'abc',
        storagePath: 'a1/m1.png',
        uploadedBy: 'o1',
        uploadedAt: '2025-06-01T00:00:00.000Z',
      };
      await store.insertMaterial(mat);
      expect(await store.getMaterial('m1')).toEqual(mat);
      expect(await store.listMaterials('a1')).toEqual([mat]);
      expect(await store.listMaterials('a2')).toEqual([]);
      await store.insertMaterial({ ...mat, id: 'm2', applicationId: 'a2', size: 32 });
      await store.insertMaterial({ ...mat, id: 'm3', uploadedBy: 'o2' });
      expect(await store.materialUsage('o1')).toEqual({ count: 2, bytes: 42 });
      expect(await store.materialUsage('nobody')).toEqual({ count: 0, bytes: 0 });
    });

    test('a transaction that throws leaves nothing behind; one that returns keeps everything', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.insertApplication(app('t1'));
          await tx.insertIdempotency({ openid: 'o1', requestId: 'req-rollback', applicationId: 't1', createdAt: 'x' });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.count('applications')).toBe(0);
      expect(await store.count('idempotency')).toBe(0);

      const out = await store.transaction(async (tx) => {
        await tx.insertApplication(app('t2'));
        await tx.insertIdempotency({ openid: 'o1', requestId: 'req-commit', applicationId: 't2', createdAt: 'x' });
        return 'done';
      });
      expect(out).toBe('done');
      expect(await store.count('applications')).toBe(1);
      expect(await store.count('idempotency')).toBe(1);
    });

    test('concurrent check-then-insert transactions on one key create exactly one record', async () => {
      const attempt = (n: number) =>
        store.transaction(async (tx) => {
          const seen = await tx.getIdempotency('o1', 'req-race');
          if (seen) return seen.applicationId;
          await tx.insertApplication(app(`race-${n}`));
          await tx.insertIdempotency({ openid: 'o1', requestId: 'req-race', applicationId: `race-${n}`, createdAt: 'x' });
          return `race-${n}`;
        });
      const results = await Promise.all(Array.from({ length: 20 }, (_, n) => attempt(n)));
      expect(new Set(results).size).toBe(1);
      expect(await store.count('applications')).toBe(1);
    });
    const rosterEntry = (idHash: string, over: Partial<VeteranRosterRecord> = {}): VeteranRosterRecord => ({
      idHash,
      idNumber: { cipher: 'v1:x', hash: idHash, masked: '140522********0011' },
      name: '李复员',
      region: VETERAN_REGIONS[0],
      category: 'demobilized-rural',
      disabilityGrade: null,
      cause: null,
      county: '阳城县',
      township: '凤城镇',
      rosterYear: 2026,
      importId: 'imp-1',
      importedBy: '王经办',
      importedAt: '2026-08-01T00:00:00.000Z',
      ...over,
    });
    const ledger = (idHash: string, year: number, over: Partial<VeteranLedgerRecord> = {}): VeteranLedgerRecord => ({
      id: `${idHash}-${year}`,
      idHash,
      year,
      outpatientAllowance: null,
      inpatientPaid: '0.00',
      inpatientCount: 0,
      updatedAt: '2026-08-01T00:00:00.000Z',
      ...over,
    });
    const payment = (id: string, over: Partial<VeteranPaymentRecord> = {}): VeteranPaymentRecord => ({
      id,
      idHash: 'vh1',
      year: 2026,
      kind: 'inpatientSubsidy',
      route: 'oneStop',
      date: '2026-08-01',
      amount: '950.00',
      hospital: '阳城县人民医院',
      reference: null,
      applicationId: null,
      importId: 'imp-1',
      recordedBy: '王经办',
      recordedAt: '2026-08-02T00:00:00.000Z',
      ...over,
    });

    test('a roster entry is keyed by the ID hash and replaced by a later put', async () => {
      await store.putVeteranRoster(rosterEntry('vh1'));
      await store.putVeteranRoster(rosterEntry('vh1', { township: '北留镇', rosterYear: 2027 }));
      await store.putVeteranRoster(rosterEntry('vh2', { name: '赵三属', category: 'martyr-family' }));
      expect(await store.getVeteranRoster('vh1')).toEqual(rosterEntry('vh1', { township: '北留镇', rosterYear: 2027 }));
      expect(await store.getVeteranRoster('nobody')).toBeNull();
      expect(await store.count('veteranRoster')).toBe(2);
    });

    test('a ledger is keyed by veteran and year and replaced by a later put', async () => {
      await store.putVeteranLedger(ledger('vh1', 2026));
      await store.putVeteranLedger(ledger('vh1', 2026, { inpatientPaid: '950.00', inpatientCount: 1 }));
      await store.putVeteranLedger(ledger('vh1', 2027));
      expect(await store.getVeteranLedger('vh1-2026')).toEqual(ledger('vh1', 2026, { inpatientPaid: '950.00', inpatientCount: 1 }));
      expect(await store.getVeteranLedger('vh1-2025')).toBeNull();
      expect(await store.count('veteranLedgers')).toBe(2);
    });

    test('a payment is recorded once; one veteran\'s year lists by date', async () => {
      await store.insertVeteranPayment(payment('p2', { date: '2026-09-01' }));
      await store.insertVeteranPayment(payment('p1', { date: '2026-02-10', kind: 'outpatientAllowance', route: null, amount: '800.00', hospital: null }));
      await store.insertVeteranPayment(payment('p3', { year: 2027, date: '2027-01-05' }));
      await store.insertVeteranPayment(payment('p4', { idHash: 'vh2' }));
      await expect(store.insertVeteranPayment(payment('p2', { amount: '1.00' }))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.getVeteranPayment('p2')).toEqual(payment('p2', { date: '2026-09-01' }));
      expect((await store.listVeteranPayments('vh1', 2026)).map((p) => p.id)).toEqual(['p1', 'p2']);
      expect((await store.listVeteranPayments('vh1', 2027)).map((p) => p.id)).toEqual(['p3']);
      expect(await store.listVeteranPayments('vh3', 2026)).toEqual([]);
    });

    test('a payment and its ledger are written together or not at all', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.putVeteranRoster(rosterEntry('vh1'));
          await tx.insertVeteranPayment(payment('p1'));
          await tx.putVeteranLedger(ledger('vh1', 2026, { inpatientPaid: '950.00', inpatientCount: 1 }));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.count('veteranRoster')).toBe(0);
      expect(await store.count('veteranPayments')).toBe(0);
      expect(await store.count('veteranLedgers')).toBe(0);

      await store.transaction(async (tx) => {
        const before = await tx.getVeteranLedger('vh1-2026');
        await tx.insertVeteranPayment(payment('p1'));
        await tx.putVeteranLedger(ledger('vh1', 2026, { inpatientPaid: before ? before.inpatientPaid : '950.00', inpatientCount: 1 }));
      });
      expect((await store.getVeteranLedger('vh1-2026'))?.inpatientPaid).toBe('950.00');
      expect(await store.count('veteranPayments')).toBe(1);
    });

    test('messages: one per id, newest first a page at a time with the total, unread counted, marked read by update', async () => {
      const msg = (id: string, over: Partial<MessageRecord> = {}): MessageRecord => ({
        id,
        openid: 'o-filer',
        applicationId: 'a1',
        event: 'returned',
        title: '申请被退回',
        body: '请补充居住证明',
        createdAt: `2025-06-01T00:00:0${id.slice(1)}.000Z`,
        read: false,
        readAt: null,
        ...over,
      });
      for (const id of ['m1', 'm2', 'm3']) await store.insertMessage(msg(id));
      await store.insertMessage(msg('m4', { openid: 'o-other' }));
      await expect(store.insertMessage(msg('m1'))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.getMessage('m2')).toEqual(msg('m2'));
      const first = await store.listMessages({ openid: 'o-filer', limit: 2 });
      expect(first.items.map((m) => m.id)).toEqual(['m3', 'm2']);
      expect(first.total).toBe(3);
      const second = await store.listMessages({ openid: 'o-filer', limit: 2, cursor: first.nextCursor! });
      expect(second).toEqual({ items: [msg('m1')], total: 3, nextCursor: null });
      expect(await store.unreadMessages('o-filer')).toBe(3);
      expect(await store.updateMessage(msg('m3', { read: true, readAt: '2025-06-02T00:00:00.000Z' }))).toBe(true);
      expect(await store.updateMessage(msg('missing'))).toBe(false);
      expect(await store.unreadMessages('o-filer')).toBe(2);
      expect((await store.listMessages({ openid: 'o-filer', unread: true })).items.map((m) => m.id)).toEqual(['m2', 'm1']);
      expect(await store.count('messages')).toBe(4);

      const sub: MessageSubscription = { id: 's1', openid: 'o-filer', event: 'returned', templateId: 'T-R', credits: 1, updatedAt: '2025-06-01T00:00:00.000Z' };
      await store.transaction((tx) => tx.putMessageSubscription(sub));
      await store.putMessageSubscription({ ...sub, credits: 2 });
      expect(await store.getMessageSubscription('s1')).toEqual({ ...sub, credits: 2 });
      expect(await store.getMessageSubscription('s2')).toBeNull();
    });

    test('a year record is keyed by its id, replaced by a later put, deleted, and written with its transaction or not at all', async () => {
      const entry = (id: string, updatedAt: string) => ({
        id,
        case: {
          region: 'r1',
          date: '2026-03-02',
          scheme: 'resident' as const,
          visit: { type: 'inpatient', facilityLevel: 'county', totalCost: '8000', inScopeCost: '7000' },
        },
        createdAt: '2026-03-02T08:00:00.000Z',
        updatedAt,
      });
      const year = (id: string, over: Partial<StoredYearRecord> = {}): StoredYearRecord => ({
        id,
        openid: 'o1',
        person: 'self',
        year: 2026,
        entries: [entry('e1', '2026-03-02T08:00:00.000Z')],
        updatedAt: '2026-03-02T08:00:01.000Z',
        ...over,
      });
      await store.putYearRecord(year('y1'));
      expect(await store.getYearRecord('y1')).toEqual(year('y1'));
      const tombstone = { id: 'e1', createdAt: '2026-03-02T08:00:00.000Z', updatedAt: '2026-03-05T09:00:00.000Z', deletedAt: '2026-03-05T09:00:00.000Z' };
      await store.putYearRecord(year('y1', { entries: [tombstone], updatedAt: '2026-03-05T09:00:00.000Z' }));
      expect(await store.getYearRecord('y1')).toEqual(year('y1', { entries: [tombstone], updatedAt: '2026-03-05T09:00:00.000Z' }));
      await store.putYearRecord(year('y2', { person: 'f1', year: 2025 }));
      expect(await store.count('yearRecords')).toBe(2);
      expect(await store.getYearRecord('nobody')).toBeNull();
      expect(await store.deleteYearRecord('y2')).toBe(true);
      expect(await store.deleteYearRecord('y2')).toBe(false);
      expect(await store.getYearRecord('y2')).toBeNull();

      await expect(
        store.transaction(async (tx) => {
          await tx.putYearRecord(year('y3'));
          await tx.deleteYearRecord('y1');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.getYearRecord('y3')).toBeNull();
      expect(await store.getYearRecord('y1')).not.toBeNull();
      await store.transaction(async (tx) => {
        expect(await tx.deleteYearRecord('y1')).toBe(true);
        expect(await tx.getYearRecord('y1')).toBeNull();
        await tx.putYearRecord(year('y3'));
      });
      expect(await store.count('yearRecords')).toBe(1);
    });

    test('every account’s year records, a page at a time by id, with the total and no silent limit', async () => {
      const record = (id: string, openid: string): StoredYearRecord => ({ id, openid, person: 'self', year: 2026, entries: [], updatedAt: '2026-03-02T08:00:01.000Z' });
      const ids = Array.from({ length: 25 }, (_, i) => `y${String(i).padStart(2, '0')}`);
      for (const id of [...ids].reverse()) await store.putYearRecord(record(id, id < 'y10' ? 'o1' : 'o2'));
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listYearRecords({ limit: 10, ...(cursor ? { cursor } : {}) });
        expect(page.total).toBe(25);
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(ids);
      expect((await store.listYearRecords({})).items).toHaveLength(20);
      expect((await store.listYearRecords({ limit: 500 })).items).toHaveLength(25);
      expect((await store.listYearRecords({ limit: 10 })).items[3]).toEqual(record('y03', 'o1'));
      await expect(store.listYearRecords({ cursor: 'not a cursor!' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(store.listYearRecords({ limit: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });

    test('a family member keeps the years it has records for', async () => {
      const m: FamilyMemberRecord = {
        id: 'f1',
        openid: 'o1',
        name: '张父',
        relation: 'parent',
        idNumber: { cipher: 'v1:x', hash: 'h', masked: '110105********002X' },
        phone: null,
        createdAt: '2025-06-01T00:00:00.000Z',
        updatedAt: '2025-06-01T00:00:00.000Z',
        years: [2025, 2026],
      };
      await store.putFamilyMember(m);
      expect(await store.getFamilyMember('f1')).toEqual(m);
    });

    test('concurrent read-modify-write transactions on one document lose no update', async () => {
      // CloudBase: all run at once and every writer but one fails with a conflict and is retried; SQLite: they queue.
      const bump = () =>
        store.transaction(async (tx) => {
          const c = await tx.getRateCounter('contract:shared');
          await tx.putRateCounter({ id: 'contract:shared', count: (c?.count ?? 0) + 1, expiresAt: '2030-01-01T00:00:00.000Z' });
        });
      await Promise.all(Array.from({ length: 20 }, bump));
      expect((await store.getRateCounter('contract:shared'))?.count).toBe(20);
    });

    test('staff accounts: one per login, replaced by put, listed by login within a scope, a page at a time', async () => {
      const user = (login: string, region: string, area: string | null): StaffUserRecord => ({
        login,
        name: `员工${login}`,
        role: 'reviewer',
        region,
        area,
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        passwordChangedAt: '2026-12-01T00:00:00.000Z',
        disabled: false,
        createdAt: '2026-12-01T00:00:00.000Z',
        createdBy: null,
        updatedAt: '2026-12-01T00:00:00.000Z',
        lastLoginAt: null,
      });
      for (let i = 0; i < 25; i++) await store.insertStaffUser(user(`u${String(i).padStart(2, '0')}`, i % 5 === 0 ? 'r2' : 'r1', i % 2 ? '甲县' : null));
      await expect(store.insertStaffUser(user('u03', 'r9', null))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.getStaffUser('u03'))?.region).toBe('r1');
      expect(await store.putStaffUser({ ...user('u03', 'r1', null), disabled: true })).toBe(true);
      expect((await store.getStaffUser('u03'))?.disabled).toBe(true);
      expect(await store.putStaffUser(user('nobody', 'r1', null))).toBe(false);
      expect(await store.getStaffUser('nobody')).toBeNull();
      const walk = async (q: { region?: string; area?: string }) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listStaffUsers({ ...q, limit: 7, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((u) => u.login));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return seen;
      };
      expect(await walk({})).toEqual(Array.from({ length: 25 }, (_, i) => `u${String(i).padStart(2, '0')}`));
      expect(await walk({ region: 'r2' })).toEqual(['u00', 'u05', 'u10', 'u15', 'u20']);
      expect(await walk({ region: 'r2', area: '甲县' })).toEqual(['u05', 'u15']);
      expect((await store.listStaffUsers({ region: 'r1' })).total).toBe(20);
      await expect(store.listStaffUsers({ cursor: 'nope!' })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'cursor' });
    });

    test('staff sessions: by token hash, replaced by put, deleted one at a time or all of a login', async () => {
      const session = (id: string, login: string): StaffSessionRecord => ({
        id,
        login,
        csrfToken: `csrf-${id}`,
        createdAt: '2026-12-01T00:00:00.000Z',
        lastSeenAt: '2026-12-01T00:00:00.000Z',
        expiresAt: '2026-12-01T00:30:00.000Z',
        absoluteExpiresAt: '2026-12-01T12:00:00.000Z',
      });
      await store.putStaffSession(session('s1', 'a'));
      await store.putStaffSession(session('s2', 'a'));
      await store.putStaffSession(session('s3', 'b'));
      await store.putStaffSession({ ...session('s1', 'a'), expiresAt: '2026-12-01T00:40:00.000Z' });
      expect((await store.getStaffSession('s1'))?.expiresAt).toBe('2026-12-01T00:40:00.000Z');
      expect(await store.deleteStaffSession('s2')).toBe(true);
      expect(await store.deleteStaffSession('s2')).toBe(false);
      await store.putStaffSession(session('s4', 'a'));
      await store.putStaffSession({ ...session('s5', 'a'), expiresAt: '2026-12-01T00:10:00.000Z' });
      // Housekeeping: only the sessions that expired before the given moment.
      expect(await store.deleteStaffSessionsOf('a', '2026-12-01T00:20:00.000Z')).toBe(1);
      expect(await store.getStaffSession('s5')).toBeNull();
      expect(await store.deleteStaffSessionsOf('a')).toBe(2);
      expect(await store.getStaffSession('s1')).toBeNull();
      expect(await store.getStaffSession('s4')).toBeNull();
      expect((await store.getStaffSession('s3'))?.login).toBe('b');
      expect(await store.deleteStaffSessionsOf('nobody')).toBe(0);
    });

    test('the access log is append-once and lists newest first within a scope, every entry once across pages', async () => {
      const entry = (i: number, staffRegion: string): StaffAccessRecord => ({
        id: `x${String(i).padStart(2, '0')}`,
        // Pairs share a second: the id breaks the tie.
        at: `2026-12-01T00:00:${String(Math.floor(i / 2)).padStart(2, '0')}.000Z`,
        staff: 'u01',
        staffRegion,
        staffArea: null,
        applicationId: `a${i}`,
        number: null,
        person: 'principal',
        subject: '王大山 5119**********1234',
      });
      for (let i = 0; i < 23; i++) await store.appendAccessLog(entry(i, i % 3 === 0 ? 'r2' : 'r1'));
      await expect(store.appendAccessLog(entry(4, 'r1'))).rejects.toBeInstanceOf(DuplicateKeyError);
      const walk = async (region?: string) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listAccessLog({ ...(region ? { region } : {}), limit: 5, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((e) => e.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return seen;
      };
      expect(await walk()).toEqual(Array.from({ length: 23 }, (_, i) => `x${String(22 - i).padStart(2, '0')}`));
      expect(await walk('r2')).toEqual(['x21', 'x18', 'x15', 'x12', 'x09', 'x06', 'x03', 'x00']);
      expect(await store.listAccessLog({ region: 'r1' })).toMatchObject({ total: 15 });
      expect((await store.listAccessLog({ limit: 1 })).items[0]).toEqual(entry(22, 'r1'));
    });

    test('the staff account audit is append-once, newest first within a scope or of one login, every entry once across pages', async () => {
      const entry = (i: number, targetRegion: string, target: string): StaffAccountAuditRecord => ({
        id: `c${String(i).padStart(2, '0')}`,
        at: `2026-12-01T00:00:${String(Math.floor(i / 2)).padStart(2, '0')}.000Z`,
        action: i % 2 ? 'disable' : 'create',
        actor: i % 4 === 0 ? null : '管理员（admin）',
        via: i % 4 === 0 ? 'cli' : 'console',
        address: i % 4 === 0 ? '命令行（系统用户 ops）' : '10.0.0.1',
        target,
        targetRegion,
        targetArea: i % 3 === 0 ? '通江县' : null,
        detail: '角色 审核人',
      });
      for (let i = 0; i < 21; i++) await store.appendStaffAccountAudit(entry(i, i % 5 === 0 ? 'r2' : 'r1', `u${i % 4}`));
      await expect(store.appendStaffAccountAudit(entry(3, 'r1', 'u3'))).rejects.toBeInstanceOf(DuplicateKeyError);
      const walk = async (q: { region?: string; area?: string; login?: string }) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listStaffAccountAudit({ ...q, limit: 4, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((e) => e.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return seen;
      };
      expect(await walk({})).toEqual(Array.from({ length: 21 }, (_, i) => `c${String(20 - i).padStart(2, '0')}`));
      expect(await walk({ region: 'r2' })).toEqual(['c20', 'c15', 'c10', 'c05', 'c00']);
      expect(await walk({ region: 'r1', area: '通江县' })).toEqual(['c18', 'c12', 'c09', 'c06', 'c03']);
      expect(await walk({ login: 'u1' })).toEqual(['c17', 'c13', 'c09', 'c05', 'c01']);
      expect(await store.listStaffAccountAudit({ region: 'r1' })).toMatchObject({ total: 16 });
      expect((await store.listStaffAccountAudit({ limit: 1 })).items[0]).toEqual(entry(20, 'r2', 'u0'));
      expect(await store.count('staffAccountAudit')).toBe(21);
    });

    test('the roster by name within a region and a township or county, by name then hash, every entry once across pages', async () => {
      const entry = (i: number, person: string, region: string, township: string, county: string | null) => ({
        idHash: `h${String(i).padStart(2, '0')}`,
        idNumber: { cipher: 'x', masked: '1401**********0011' },
        name: person,
        region,
        category: 'demobilized',
        disabilityGrade: null,
        cause: null,
        county,
        township,
        rosterYear: 2026,
        importId: 'i1',
        importedBy: null,
        importedAt: '2026-12-01T00:00:00.000Z',
      });
      const names = ['李复员', '李战', '王战', '李复员', '赵三属', '李四'];
      for (let i = 0; i < names.length; i++) await store.putVeteranRoster(entry(i, names[i], i === 5 ? 'r2' : 'r1', i % 2 ? '北留镇' : '凤城镇', i === 4 ? '阳城县' : null) as never);
      const walk = async (q: { region: string; area?: string; namePrefix?: string }) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listVeteranRoster({ ...q, limit: 2, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((e) => e.idHash));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return seen;
      };
      expect(await walk({ region: 'r1', namePrefix: '李' })).toEqual(['h00', 'h03', 'h01']);
      expect(await walk({ region: 'r1', area: '凤城镇', namePrefix: '李复' })).toEqual(['h00']);
      expect(await walk({ region: 'r1', area: '阳城县' })).toEqual(['h04']);
      expect(await store.listVeteranRoster({ region: 'r1' })).toMatchObject({ total: 5 });
      expect((await store.listVeteranRoster({ region: 'r2', namePrefix: '李' })).items.map((e) => e.name)).toEqual(['李四']);
    });

    test('expired staff sessions of every login are swept, a bounded number at a time, live ones kept', async () => {
      const session = (id: string, login: string, expiresAt: string): StaffSessionRecord => ({
        id,
        login,
        csrfToken: 'c',
        createdAt: '2026-12-01T00:00:00.000Z',
        lastSeenAt: '2026-12-01T00:00:00.000Z',
        expiresAt,
        absoluteExpiresAt: '2026-12-01T12:00:00.000Z',
      });
      for (let i = 0; i < 5; i++) await store.putStaffSession(session(`old${i}`, `u${i}`, `2026-12-01T00:0${i}:00.000Z`));
      await store.putStaffSession(session('live', 'u0', '2026-12-01T01:00:00.000Z'));
      expect(await store.deleteExpiredStaffSessions('2026-12-01T00:30:00.000Z', 3)).toBe(3);
      expect(await store.deleteExpiredStaffSessions('2026-12-01T00:30:00.000Z', 3)).toBe(2);
      expect(await store.deleteExpiredStaffSessions('2026-12-01T00:30:00.000Z', 3)).toBe(0);
      expect(await store.getStaffSession('old4')).toBeNull();
      expect((await store.getStaffSession('live'))?.login).toBe('u0');
    });
  });
}
