/**
 * Decisions from the console (issue 16) through the one service layer: audited with the account's name and login,
 * the applicant told, the reason's concerns checked; two staff members deciding the same application at once — one
 * wins, the other is told who did what; a 优抚 claim accepted (审批拨付) by the county only (000 第六条).
 */
import { ADAPTERS, type TestContext } from '../../applications/adapters';
import { rejection } from '../../applications/helpers';
import * as apps from '../../../server/applications';
import { soleClaimTerms } from '../../../shared/applications/veteran-subsidy/terms';
import { claimEstimate } from '../../../server/veteran/rules';
import { yuan } from '../../../shared/money';
import { applicationTypeModules } from '../../../shared/applications/registry';
import { checkConcerns } from '../../../shared/applications/concerns';
import type { ApplicationRecord } from '../../../server/store/types';
import type { ReturnTemplate, StaffApplicationDetail, StaffQueuePage, StaffUserView } from '../../../shared/contract/staff';
import { BAZHONG_ALL, DAUGHTER, TONGJIANG, TONGJIANG_2, call, filed } from './world';

const TJ = { region: 'bazhong', area: '通江县' };

function staff(login: string, role: StaffUserView['role'], area: string | null): StaffUserView {
  return { login, name: `${login}经办`, role, region: 'yangcheng', area, disabled: false, createdAt: '2026-11-01T00:00:00.000Z', lastLoginAt: null };
}
const STATION = staff('dz-station', 'reviewer', '町店镇');
const COUNTY = staff('yc-county', 'approver', null);

describe.each(ADAPTERS)('staff decisions (%s)', (_name, make) => {
  let ctx: TestContext;
  let r: ApplicationRecord;
  beforeEach(async () => {
    ctx = make();
    r = await filed(ctx, '2026-12-01T02:00:00.000Z', TJ);
    ctx.clock.at = new Date('2026-12-01T06:03:00.000Z');
  });
  afterEach(() => ctx.cleanup());

  test('return with a template’s concerns: audited with name and login, the daughter told, shown on her page', async () => {
    const templates = (await call(ctx, TONGJIANG, 'GET', '/return-templates?type=remoteFiling')) as ReturnTemplate[];
    const unclear = templates.find((t) => t.id === 'unclear.residenceProof')!;
    const detail = (await call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/return`, { reason: unclear.text, concerns: unclear.concerns })) as StaffApplicationDetail;
    expect(detail.application.status).toBe('returned');
    expect(detail.can).toMatchObject({ accept: false, return: false, reject: false });
    const last = (await ctx.store.listAudit(r.id)).pop()!;
    expect(last).toMatchObject({ action: 'return', actor: { role: 'staff', id: '李审核（bz-li）' } });
    expect(detail.timeline.at(-1)).toMatchObject({ who: '经办人 李审核（bz-li）', atText: '2026-12-01 14:03' });
    const messages = await ctx.store.listMessages({ openid: DAUGHTER.openid });
    expect(messages.items).toHaveLength(1);
    expect(messages.items[0]).toMatchObject({ event: 'returned', applicationId: r.id });
    const mine = await apps.getOne(ctx, DAUGHTER, { id: r.id });
    expect(mine).toMatchObject({ decisionReason: unclear.text, returnConcerns: unclear.concerns });
  });

  test('accept by number; reject needs a reason; unknown concerns refused and nothing written', async () => {
    const before = await ctx.store.count('audit');
    expect(await rejection(call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/reject`, {}))).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    const bad = await rejection(call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/return`, { reason: '补材料', concerns: { fields: ['nope.field'] } }));
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', field: 'concerns' });
    expect(await rejection(call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/accept`, { amount: '100.00' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' });
    expect(await ctx.store.count('audit')).toBe(before);
    expect(await ctx.store.count('messages')).toBe(0);
    const accepted = (await call(ctx, TONGJIANG, 'POST', `/applications/${r.number}/accept`, {})) as StaffApplicationDetail;
    expect(accepted.application.status).toBe('accepted');
    expect((await ctx.store.listAudit(r.id)).pop()).toMatchObject({ action: 'accept', actor: { id: '李审核（bz-li）' } });
    expect((await ctx.store.listMessages({ openid: DAUGHTER.openid })).items[0].event).toBe('accepted');
    // The CLI path still decides with a bare name.
    const again = await filed(ctx, '2026-12-01T07:00:00.000Z', TJ);
    expect((await apps.reject(ctx, { id: again.id, staff: '王经办', reason: '不属于受理范围' })).status).toBe('rejected');
    expect((await ctx.store.listAudit(again.id)).pop()!.actor.id).toBe('王经办');
  });

  test('two reviewers at once, accept and return: one wins, the other is told who did what', async () => {
    const results = await Promise.allSettled([
      call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/accept`, {}),
      call(ctx, TONGJIANG_2, 'POST', `/applications/${r.id}/return`, { reason: '请补充居住证明' }),
    ]);
    const won = results.filter((x) => x.status === 'fulfilled');
    const lost = results.filter((x): x is PromiseRejectedResult => x.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: 'CONFLICT', field: 'status' });
    const stored = (await ctx.store.getApplication(r.id))!;
    const winner = stored.status === 'accepted' ? '李审核（bz-li）' : '赵审核（bz-zhao）';
    expect(lost[0].reason.message).toContain(`已由 ${winner} 于 2026-12-01 14:03`);
    expect(lost[0].reason.message).toContain('请刷新后查看');
    // One decision in the trail, one message.
    expect((await ctx.store.listAudit(r.id)).filter((e) => e.actor.role === 'staff')).toHaveLength(1);
    expect(await ctx.store.count('messages')).toBe(1);
    // A stale page deciding later gets the same clear answer.
    expect(await rejection(call(ctx, BAZHONG_ALL, 'POST', `/applications/${r.id}/reject`, { reason: '重复' }))).toMatchObject({ code: 'CONFLICT' });
  });

  test('detail: every box labelled in form order, the commitment as signed, materials with their URL', async () => {
    const d = (await call(ctx, TONGJIANG, 'GET', `/applications/${r.id}`)) as StaffApplicationDetail;
    expect(d.fields.map((f) => f.path)).toEqual([
      'principal.name',
      'principal.idNumber',
      'principal.phone',
      'agent.name',
      'agent.idNumber',
      'agent.phone',
      'agent.relation',
      'office',
      'remoteFiling.kind',
      'remoteFiling.scheme',
      'remoteFiling.destination.province',
      'remoteFiling.destination.city',
      'remoteFiling.residenceAddress',
    ]);
    const byPath = Object.fromEntries(d.fields.map((f) => [f.path, f]));
    expect(byPath['principal.idNumber'].value).toMatch(/^\d{6}\*+\d{3}[\dX]$/);
    expect(byPath['remoteFiling.scheme']).toEqual({ path: 'remoteFiling.scheme', label: '参保险种', value: '居民医保' });
    expect(byPath['remoteFiling.kind'].value).not.toBe('longTermResident');
    expect(d.application.commitment.signerName).toBe('张小红');
    expect(d.materials).toHaveLength(1);
    expect(d.materials[0]).toMatchObject({ item: 'residenceProof', mime: 'image/jpeg', url: `/staff/api/materials/${d.materials[0].id}` });
    expect(d.can).toEqual({ accept: true, return: true, reject: true, reveal: true });
    expect(d.acceptExtras).toEqual([]);
    expect(d.estimate).toBeNull();
    expect(d.submittedAtText).toBe('2026-12-01 10:00');
    expect(JSON.stringify(d)).not.toMatch(/\d{17}[\dXx]/);
    const raw = (await call(ctx, TONGJIANG, 'GET', `/materials/${d.materials[0].id}`)) as { raw: { contentType: string; bytes: Buffer } };
    expect(raw.raw.contentType).toBe('image/jpeg');
    expect(raw.raw.bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
  });

  test('every type’s return templates name only boxes and materials the type has', () => {
    for (const m of applicationTypeModules()) {
      const templates = m.staffConsole?.returnTemplates() ?? [];
      expect(templates.length).toBeGreaterThan(0);
      expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
      for (const t of templates) expect([t.id, checkConcerns(m, t.concerns).ok]).toEqual([t.id, true]);
    }
  });

  describe('a 优抚 claim: the station reviews, the county accepts (000 第六条)', () => {
    let claim: ApplicationRecord;
    let subsidy: string;
    beforeEach(async () => {
      const sealed = ctx.cipher.seal('14052219600101001X'.slice(0, 17) + '5');
      const veteran = { region: 'yangcheng', category: 'disabled', disabilityGrade: 3, cause: null, rosterYear: 2026 } as const;
      const figures = { hospital: '晋城市人民医院', admissionDate: '2026-10-01', dischargeDate: '2026-10-10', inScopeSelfPay: '1000.00', settlementSheet: soleClaimTerms().sheetForms[0].id };
      const worked = claimEstimate(veteran, figures, '0.00');
      subsidy = worked.subsidy;
      claim = {
        id: 'claim0001',
        type: 'veteranSubsidy',
        status: 'submitted',
        filerOpenid: 'o-veteran',
        principalIdHash: sealed.hash,
        content: {
          type: 'veteranSubsidy',
          principal: { name: '李老兵', idNumber: sealed },
          veteranSubsidy: figures,
        },
        commitment: null,
        decisionReason: null,
        number: 'YC-2026-000001',
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
        submittedAt: '2026-11-01T00:00:00.000Z',
        office: { region: 'yangcheng', area: '町店镇' },
        subsidyClaim: {
          veteran,
          year: 2026,
          estimate: {
            subsidy: worked.subsidy,
            ratio: worked.ratio,
            annualCap: worked.annualCap,
            paidBefore: '0.00',
            remainingCap: worked.remainingCap,
            nextApplicationMonth: worked.nextApplicationMonth,
            ruleset: worked.ruleset,
            at: '2026-11-01T00:00:00.000Z',
          },
          paid: null,
        },
      } as ApplicationRecord;
      await ctx.store.insertApplication(claim);
    });

    test('the station may return but not accept; the county accepts with the amount, audited and in the ledger', async () => {
      const seen = (await call(ctx, STATION, 'GET', `/applications/${claim.id}`)) as StaffApplicationDetail;
      expect(seen.can).toMatchObject({ accept: false, return: true, reject: true });
      expect(seen.notes[0]).toContain('报县退役军人事务局审批拨付');
      expect(seen.estimate!.lines[0]).toMatchObject({ label: '测算补助金额', amount: yuan(subsidy) });
      // The steps, worked again from what was stored, with their articles.
      expect(seen.estimate!.lines.some((l) => l.note?.includes('第') && l.note.includes('《'))).toBe(true);
      const refused = await rejection(call(ctx, STATION, 'POST', `/applications/${claim.id}/accept`, {}));
      expect(refused).toMatchObject({ code: 'INVALID_STATE', field: 'role' });
      expect(refused.message).toContain('第六条');
      expect((await ctx.store.getApplication(claim.id))!.status).toBe('submitted');
      const county = (await call(ctx, COUNTY, 'GET', `/applications/${claim.id}`)) as StaffApplicationDetail;
      expect(county.can.accept).toBe(true);
      expect(county.acceptExtras.map((x) => x.field)).toEqual(['amount', 'confirmDuplicate']);
      const accepted = (await call(ctx, COUNTY, 'POST', `/applications/${claim.id}/accept`, { amount: '800.00' })) as StaffApplicationDetail;
      expect(accepted.application.status).toBe('accepted');
      const stored = (await ctx.store.getApplication(claim.id))!;
      expect(stored.subsidyClaim!.paid).toMatchObject({ amount: '800.00', staff: 'yc-county经办（yc-county）' });
      // A second claim for the same stay: warned in the detail and the queue, acceptance asks for the confirmation.
      const twin = { ...claim, id: 'claim0002', number: 'YC-2026-000002', status: 'submitted' as const, subsidyClaim: claim.subsidyClaim, submittedAt: '2026-11-02T00:00:00.000Z' };
      await ctx.store.insertApplication(twin);
      const warned = (await call(ctx, COUNTY, 'GET', `/applications/${twin.id}`)) as StaffApplicationDetail;
      expect(warned.duplicateWarnings).toHaveLength(1);
      expect(warned.duplicateWarnings[0]).toContain('同一次住院（晋城市人民医院，2026-10-01 至 2026-10-10）另有');
      expect(warned.acceptExtras.find((x) => x.field === 'confirmDuplicate')!.required).toBe(true);
      const queue = (await call(ctx, STATION, 'GET', '/applications')) as StaffQueuePage;
      expect(queue.items.map((i) => [i.id, i.duplicateWarning !== null])).toEqual([[twin.id, true]]);
      expect((await rejection(call(ctx, COUNTY, 'POST', `/applications/${twin.id}/accept`, {}))).code).toBe('DUPLICATE');
      // The station of another township sees none of it.
      const other = staff('hl-station', 'reviewer', '河北镇');
      expect((await rejection(call(ctx, other, 'GET', `/applications/${claim.id}`))).code).toBe('NOT_FOUND');
    });
  });
});
