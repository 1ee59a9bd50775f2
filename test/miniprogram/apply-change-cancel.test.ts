/**
 * The detail page of an accepted 异地就医备案: 有效期, 变更备案 and 取消备案 (model/change-cancel.ts), first as pure
 * logic, then against the real services on a SQLite file — the page's payloads are what the functions accept.
 */
import * as apps from '../../server/applications';
import type { ApplicationView } from '../../shared/contract/applications';
import {
  canCancelFiling,
  canChangeFiling,
  cancelPayload,
  cancellationText,
  validityLine,
} from '../../miniprogram/packages/apply/model/change-cancel';
import { draftRequest, checkForm } from '../../miniprogram/packages/apply/model/content';
import { requestIdFor } from '../../miniprogram/models/request-id';
import { draftFromView, nextStepText, toneOf } from '../../miniprogram/packages/apply/model/status';
import { freshContext, longTermForFather, FATHER_ID } from '../applications/helpers';
import { verifiedSelf } from './identity-helpers';

type Who = Pick<ApplicationView, 'type' | 'status' | 'myRole'>;

describe('which buttons an application shows', () => {
  test('both on an accepted 备案 one filed; only 取消备案 for the principal; none otherwise', () => {
    const filing = (status: string, myRole: Who['myRole'] = 'filer'): Who => ({ type: 'remoteFiling', status: status as Who['status'], myRole });
    expect([canChangeFiling(filing('accepted')), canCancelFiling(filing('accepted'))]).toEqual([true, true]);
    expect([canChangeFiling(filing('accepted', 'principal')), canCancelFiling(filing('accepted', 'principal'))]).toEqual([false, true]);
    for (const status of ['draft', 'submitted', 'returned', 'rejected', 'withdrawn', 'cancelled']) {
      expect({ status, change: canChangeFiling(filing(status)), cancel: canCancelFiling(filing(status)) }).toEqual({ status, change: false, cancel: false });
    }
    for (const type of ['manualReimbursement', 'veteranSubsidy'] as const) {
      expect({ type, cancel: canCancelFiling({ type, status: 'accepted', myRole: 'filer' }) }).toEqual({ type, cancel: false });
    }
  });

  test('the cancelled state: grey, and says what to do next', () => {
    expect(toneOf('cancelled')).toBe('closed');
    expect(nextStepText('cancelled')).toContain('重新备案');
  });
});

describe('有效期 and the cancellation, in words', () => {
  const rf = { validity: '长期有效，变更或取消前一直有效（以参保地经办机构规定为准）' } as ApplicationView['remoteFiling'];
  test('shown once accepted (and once cancelled), not before', () => {
    expect(validityLine({ status: 'accepted', remoteFiling: rf })).toBe('长期有效，变更或取消前一直有效（以参保地经办机构规定为准）');
    expect(validityLine({ status: 'submitted', remoteFiling: rf })).toBeNull();
    expect(validityLine({ status: 'accepted', remoteFiling: null })).toBeNull();
  });

  test('when (China time) and why; a replacement says so', () => {
    const at = '2026-02-03T04:05:06.000Z';
    expect(cancellationText({ status: 'cancelled', cancellation: { at, reason: '已回本地居住', replacedBy: null } })).toBe('2026-02-03 12:05 取消。原因：已回本地居住');
    expect(cancellationText({ status: 'cancelled', cancellation: { at, reason: null, replacedBy: null } })).toBe('2026-02-03 12:05 取消。');
    expect(cancellationText({ status: 'cancelled', cancellation: { at, reason: '已由新备案替代', replacedBy: 'new-1' } })).toBe(
      '2026-02-03 12:05 取消：已由新备案替代（新备案受理时自动取消）。',
    );
    expect(cancellationText({ status: 'accepted', cancellation: null })).toBeNull();
  });

  test('the reason is optional: trimmed, and left out when empty', () => {
    expect(cancelPayload('a1', '  已回本地居住 ')).toEqual({ id: 'a1', reason: '已回本地居住' });
    expect(cancelPayload('a1', '   ')).toEqual({ id: 'a1' });
  });
});

describe('through the real services', () => {
  const daughter = { openid: 'o-daughter' };
  const father = { openid: 'o-father' };
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => (ctx = freshContext()));
  afterEach(() => ctx.cleanup());

  async function accepted(): Promise<ApplicationView> {
    const a = await apps.submit(ctx, daughter, { requestId: requestIdFor(''), content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } });
    return apps.accept(ctx, { id: a.id, staff: '王经办' });
  }

  test('变更备案 opens the form on the new draft; sent back with only the change, it replaces the old one', async () => {
    const old = await apps.getOne(ctx, daughter, { id: (await accepted()).id });
    expect(validityLine(old)).toBe('长期有效，变更或取消前一直有效（以参保地经办机构规定为准）');
    expect(canChangeFiling(old)).toBe(true);

    const draft = draftFromView(await apps.changeFiling(ctx, daughter, { id: old.id }));
    expect(draft).toMatchObject({ type: 'remoteFiling', kind: 'longTermResident', who: 'family', status: 'draft', step: 'form', city: '深圳市' });
    expect(draft.serverId).not.toBe(old.id);
    expect(draft.agent).toMatchObject({ name: '张小红', idNumber: '', idNumberMasked: '511902********1246' });
    expect(checkForm(draft)).toEqual({});

    const req = draftRequest({ ...draft, city: '广州市', residenceAddress: '广州市天河区某路 8 号' });
    expect(JSON.stringify(req)).not.toMatch(/\d{17}[\dX]/);
    await apps.updateDraft(ctx, daughter, { id: draft.serverId, ...req });
    await apps.submit(ctx, daughter, { requestId: requestIdFor(''), id: draft.serverId, commitment: { accepted: true, signerName: '张小红' } });
    await apps.accept(ctx, { id: draft.serverId, staff: '王经办' });

    const was = await apps.getOne(ctx, daughter, { id: old.id });
    expect(was.status).toBe('cancelled');
    expect(cancellationText(was)).toMatch(/取消：已由新备案替代/);
    expect([canChangeFiling(was), canCancelFiling(was)]).toEqual([false, false]);
  });

  test('取消备案 by the father, with the page’s payload; the page then shows 已取消备案', async () => {
    const a = await accepted();
    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    const his = await apps.getOne(ctx, father, { id: a.id });
    expect([canChangeFiling(his), canCancelFiling(his)]).toEqual([false, true]);
    const cancelled = await apps.cancelFiling(ctx, father, cancelPayload(a.id, ' 已回本地居住 '));
    expect(cancelled.statusLabel).toBe('已取消备案');
    expect(cancellationText(cancelled)).toMatch(/ 取消。原因：已回本地居住$/);
    expect(validityLine(cancelled)).toBe('已取消，不再有效');
  });
});
