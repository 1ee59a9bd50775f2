import * as apps from '../../server/applications';
import { concernFieldPaths } from '../../shared/applications/concerns';
import { applicationType } from '../../shared/applications/registry';
import { ADAPTERS, type TestContext } from './adapters';
import { counts, longTermForFather, rejection, reimbursementForSelf } from './helpers';

/**
 * Issue 15: a 退回 names what it is about — boxes of the type's form by path, checklist items by id — beside its
 * free-text reason. Stored with the reason, shown in the view as `returnConcerns`, cleared on resubmission like the
 * reason. A path or item the type does not have is refused in Chinese and changes nothing.
 */
const daughter = { openid: 'o-daughter' };
const sign = { accepted: true as const, signerName: '张小红' };

describe.each(ADAPTERS)('return concerns (%s)', (_name, make) => {
  let ctx: TestContext;
  let id: string;
  beforeEach(async () => {
    ctx = make();
    id = (await apps.submit(ctx, daughter, { requestId: 'req-concerns-01', content: longTermForFather(), commitment: sign })).id;
  });
  afterEach(() => ctx.cleanup());

  test('stored with the reason, in the view and the audit note in words; cleared on resubmission', async () => {
    const concerns = { fields: ['remoteFiling.residenceAddress', 'agent.phone'], materials: ['residenceProof'] };
    const returned = await apps.returnApplication(ctx, { id, staff: '王经办', reason: '门牌号不全，居住证明看不清', concerns });
    expect(returned.status).toBe('returned');
    expect(returned.returnConcerns).toEqual(concerns);
    const mine = await apps.getOne(ctx, daughter, { id });
    expect(mine.returnConcerns).toEqual(concerns);
    expect(mine.decisionReason).toBe('门牌号不全，居住证明看不清');
    const note = mine.timeline[mine.timeline.length - 1].note;
    const proof = applicationType('remoteFiling').materialItems.find((m) => m.id === 'residenceProof')!.name;
    expect(note).toBe(`退回：门牌号不全，居住证明看不清（所指：异地长期居住住址、代办人联系电话、${proof}）`);
    // In the list too (the summary carries it).
    expect((await apps.listMine(ctx, daughter)).items[0].returnConcerns).toEqual(concerns);

    const again = await apps.submit(ctx, daughter, { requestId: 'req-concerns-02', id, commitment: sign });
    expect(again).toMatchObject({ status: 'submitted', decisionReason: null, returnConcerns: null });
  });

  test('without concerns the view says null; duplicates are dropped; reject takes them too', async () => {
    expect((await apps.returnApplication(ctx, { id, staff: '王经办', reason: '补材料' })).returnConcerns).toBeNull();
    await apps.submit(ctx, daughter, { requestId: 'req-concerns-03', id, commitment: sign });
    const rejected = await apps.reject(ctx, { id, staff: '王经办', reason: '不符合条件', concerns: { fields: ['remoteFiling.kind', 'remoteFiling.kind'] } });
    expect(rejected).toMatchObject({ status: 'rejected', returnConcerns: { fields: ['remoteFiling.kind'], materials: [] } });
  });

  test('an unknown path, another type\'s field or material, an inherited name: refused in Chinese, nothing changes', async () => {
    const before = await counts(ctx);
    const attempts: [unknown, string][] = [
      [{ fields: ['remoteFiling.nope'] }, '退回所指的格子“remoteFiling.nope”不是异地就医备案表上的项目'],
      [{ fields: ['manualReimbursement.hospital'] }, '不是异地就医备案表上的项目'],
      [{ fields: ['remoteFiling'] }, '不是异地就医备案表上的项目'],
      [{ fields: ['remoteFiling.constructor'] }, '不是异地就医备案表上的项目'],
      [{ fields: ['constructor'] }, '不是异地就医备案表上的项目'],
      [{ materials: ['settlementReceipt'] }, '退回所指的材料“settlementReceipt”不是异地就医备案的材料'],
      [{ materials: ['toString'] }, '不是异地就医备案的材料'],
    ];
    for (const [concerns, message] of attempts) {
      const err = await rejection(apps.returnApplication(ctx, { id, staff: '王经办', reason: '补材料', concerns }));
      expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'concerns' });
      expect(err.message).toContain(message);
    }
    // Shapes the schema refuses, each naming the field in Chinese.
    for (const concerns of [{ fields: 'remoteFiling.kind' }, { fields: [1] }, { fields: ['x'.repeat(81)] }, { other: [] }, { fields: ['../etc'] }, null]) {
      const err = await rejection(apps.returnApplication(ctx, { id, staff: '王经办', reason: '补材料', concerns }));
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.message).toMatch(/退回所指|格子|材料/);
    }
    expect(await counts(ctx)).toEqual(before);
    expect((await apps.getOne(ctx, daughter, { id })).status).toBe('submitted');
  });

  test('a 手工报销 is checked against its own form and checklist', async () => {
    const other = (await apps.submit(ctx, { openid: 'o-self' }, { requestId: 'req-concerns-04', content: reimbursementForSelf(), commitment: { accepted: true, signerName: '张大山' } })).id;
    const ok = await apps.returnApplication(ctx, { id: other, staff: '王经办', reason: '金额与票据不符', concerns: { fields: ['manualReimbursement.amount'], materials: ['settlementReceipt'] } });
    expect(ok.returnConcerns).toEqual({ fields: ['manualReimbursement.amount'], materials: ['settlementReceipt'] });
    const err = await rejection(apps.returnApplication(ctx, { id, staff: '王经办', reason: 'x', concerns: { materials: ['settlementReceipt'] } }));
    expect(err.message).toContain('可以指出的有：');
  });
});

test('every path staff may name has a label; the persons\' boxes are offered for every type', () => {
  for (const type of ['remoteFiling', 'manualReimbursement', 'veteranSubsidy']) {
    const paths = concernFieldPaths(applicationType(type));
    expect(paths.map((p) => p.path)).toEqual(expect.arrayContaining(['principal.name', 'agent.phone']));
    for (const p of paths) expect(p.label).toMatch(/[\u4e00-\u9fff]/);
  }
});
