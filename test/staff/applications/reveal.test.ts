/**
 * 查看 the full ID number (issue 16, PIPL): only for an application in scope, written to the access log — who, when,
 * whose, why — before the number is answered; at most REVEAL_LIMITS a staff member, so a stolen session cannot
 * export a region's numbers; out of scope: NOT_FOUND and nothing logged or counted.
 */
import { ADAPTERS, type TestContext } from '../../applications/adapters';
import { DAUGHTER_ID, FATHER_ID, rejection } from '../../applications/helpers';
import { REVEAL_LIMITS } from '../../../server/staff/applications/reveal';
import { BAZHONG_ALL, TAIYUAN, TONGJIANG, TONGJIANG_2, call, copyOf, filed } from './world';

describe.each(ADAPTERS)('revealing an ID number (%s)', (_name, make) => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = make();
  });
  afterEach(() => ctx.cleanup());

  test('logged with who, when and whose before the number is answered', async () => {
    const r = await filed(ctx, '2026-12-01T02:00:00.000Z', { region: 'bazhong', area: '通江县' });
    ctx.clock.at = new Date('2026-12-01T06:30:00.000Z');
    // The full phone comes with the same 查看 (masked everywhere else in the console).
    expect(await call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/reveal`, { person: 'principal', reason: '核对身份证原件' })).toEqual({ idNumber: FATHER_ID, phone: '13800005678' });
    expect(await call(ctx, TONGJIANG, 'POST', `/applications/${r.number}/reveal`, { person: 'agent' })).toEqual({ idNumber: DAUGHTER_ID, phone: '13900001234' });
    const log = await ctx.store.listAccessLog({ region: 'bazhong' });
    expect(log.total).toBe(2);
    const principal = log.items.find((e) => e.person === 'principal')!;
    expect(principal).toMatchObject({
      at: '2026-12-01T06:30:00.000Z',
      staff: '李审核（bz-li）',
      applicationId: r.id,
      number: r.number,
      subject: `张大山 ${FATHER_ID.slice(0, 6)}********${FATHER_ID.slice(14)}，手机 138****5678`,
      reason: '核对身份证原件',
      staffRegion: 'bazhong',
      staffArea: '通江县',
    });
    expect(JSON.stringify(log)).not.toContain(FATHER_ID);
    expect(JSON.stringify(log)).not.toContain('13800005678');
    // The detail itself shows the phones masked.
    const detail = (await call(ctx, TONGJIANG, 'GET', `/applications/${r.id}`)) as { fields: { path: string; value: string }[] };
    expect(detail.fields.filter((f) => f.path.endsWith('.phone')).map((f) => f.value)).toEqual(['138****5678', '139****1234']);
    expect(JSON.stringify(detail)).not.toMatch(/13800005678|13900001234/);
    // Bad input logs nothing.
    expect(await rejection(call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/reveal`, { person: 'mother' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'person' });
    expect(await rejection(call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/reveal`, {}))).toMatchObject({ code: 'INVALID_INPUT', field: 'person' });
    expect(await ctx.store.count('staffAccessLog')).toBe(2);
  });

  test('out of scope: NOT_FOUND, nothing logged, nothing counted', async () => {
    const r = await filed(ctx, '2026-12-01T02:00:00.000Z', { region: 'shanxi', area: '太原市' });
    const counters = await ctx.store.count('rateCounters');
    for (let i = 0; i < 3; i++) expect((await rejection(call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/reveal`, { person: 'principal' }))).code).toBe('NOT_FOUND');
    expect(await ctx.store.count('staffAccessLog')).toBe(0);
    expect(await ctx.store.count('rateCounters')).toBe(counters);
    expect((await call(ctx, TAIYUAN, 'POST', `/applications/${r.id}/reveal`, { person: 'principal' })) as object).toEqual({ idNumber: FATHER_ID, phone: '13800005678' });
  });

  test(`at most ${REVEAL_LIMITS.perStaffHour.max} an hour per staff member; the next is refused and not logged`, async () => {
    const first = await filed(ctx, '2026-12-01T02:00:00.000Z', { region: 'bazhong', area: '通江县' });
    const ids = [first.id];
    for (let i = 0; i < REVEAL_LIMITS.perStaffHour.max; i++) ids.push((await copyOf(ctx, first, `2026-12-01T03:${String(i).padStart(2, '0')}:00.000Z`)).id);
    ctx.clock.at = new Date('2026-12-01T06:00:00.000Z');
    for (const id of ids.slice(0, REVEAL_LIMITS.perStaffHour.max)) await call(ctx, TONGJIANG, 'POST', `/applications/${id}/reveal`, { person: 'principal' });
    const refused = await rejection(call(ctx, TONGJIANG, 'POST', `/applications/${ids.at(-1)}/reveal`, { person: 'principal' }));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.message).toMatch(/^查看完整身份证号次数过多，请\d+ 分钟后再试$/);
    expect(await ctx.store.count('staffAccessLog')).toBe(REVEAL_LIMITS.perStaffHour.max);
    // Another staff member is not held up; the same one may go on in the next hour.
    expect(await call(ctx, TONGJIANG_2, 'POST', `/applications/${ids.at(-1)}/reveal`, { person: 'principal' })).toEqual({ idNumber: FATHER_ID, phone: '13800005678' });
    ctx.clock.at = new Date('2026-12-01T07:00:01.000Z');
    expect(await call(ctx, TONGJIANG, 'POST', `/applications/${ids.at(-1)}/reveal`, { person: 'principal' })).toEqual({ idNumber: FATHER_ID, phone: '13800005678' });
    expect((await call(ctx, BAZHONG_ALL, 'GET', `/applications/${first.id}`)) as object).toBeTruthy();
  });
});
