import {
  applyChange,
  chooseType,
  emptyDraft,
  hasProgress,
  joinDate,
  parseDraft,
  prefillMe,
  serializeDraft,
  splitDate,
} from '../../miniprogram/packages/apply/model/draft';
import { longTermForFatherDraft, reimbursementForSelfDraft } from './apply-helpers';

describe('apply draft: everything typed survives closing the app', () => {
  test('a saved draft reads back exactly', () => {
    const draft = longTermForFatherDraft({ serverId: 'abc123', serverMemberId: 'member-father-0001', requestId: 'req-k1-0123456789', signerName: '张小红' });
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
    expect(parseDraft(JSON.parse(serializeDraft(draft)))).toEqual(draft);
  });

  test('a damaged or foreign entry falls back field by field, never breaking the page', () => {
    expect(parseDraft(undefined)).toEqual(emptyDraft());
    expect(parseDraft('{not json')).toEqual(emptyDraft());
    expect(parseDraft({ v: 2, type: 'remoteFiling' })).toEqual(emptyDraft());
    const odd = parseDraft({ v: 1, type: 'remoteFiling', kind: 'holiday', who: 'neighbour', serverId: '../../etc', step: 'pay', principal: { name: 42 } });
    expect(odd).toMatchObject({ type: 'remoteFiling', kind: '', who: '', serverId: '', step: 'choose', principal: { name: '' } });
    // A 手工报销 has no 备案 kind.
    expect(parseDraft({ v: 1, type: 'manualReimbursement', kind: 'longTermResident' }).kind).toBe('');
    // Another helper's type (优抚) is not this flow's: the draft starts over.
    expect(parseDraft({ v: 1, type: 'veteranSubsidy' }).type).toBe('');
  });

  test('choosing another type starts another application but keeps the people typed', () => {
    const filed = longTermForFatherDraft({ serverId: 'abc123', requestId: 'req-k1-0123456789', accepted: true });
    const other = chooseType(filed, 'manualReimbursement', '');
    expect(other).toMatchObject({ type: 'manualReimbursement', kind: '', serverId: '', requestId: '', accepted: false });
    expect(other.agent).toEqual(filed.agent);
    // Another 备案 kind is the same draft.
    expect(chooseType(filed, 'remoteFiling', 'retiredRelocated')).toMatchObject({ kind: 'retiredRelocated', serverId: 'abc123' });
  });

  test('any change takes back the accepted commitment; accepting is its own change', () => {
    const signed = reimbursementForSelfDraft({ accepted: true });
    expect(applyChange(signed, { amount: '1680.30' }).accepted).toBe(false);
    expect(applyChange(signed, { accepted: true }).accepted).toBe(true);
  });

  test('three date boxes become one date; all empty is empty; anything else is passed on for the schema to refuse', () => {
    expect(joinDate({ y: '2025', m: '3', d: '1' })).toBe('2025-03-01');
    expect(joinDate({ y: '', m: '', d: '' })).toBe('');
    expect(joinDate({ y: '2025', m: '', d: '1' })).toBe('2025--1');
    expect(splitDate('2025-03-10')).toEqual({ y: '2025', m: '3', d: '10' });
    expect(splitDate(undefined)).toEqual({ y: '', m: '', d: '' });
  });

  test('the user’s own boxes start from what the phone remembers, only when untouched', () => {
    const me = { name: '张小红', idNumber: '511902198001011246', phone: '13900001234' };
    const family = { ...emptyDraft(), type: 'remoteFiling' as const, who: 'family' as const };
    expect(prefillMe(family, me).agent).toMatchObject(me);
    expect(prefillMe(family, me).principal.name).toBe('');
    const self = { ...emptyDraft(), type: 'remoteFiling' as const, who: 'self' as const };
    expect(prefillMe(self, me).principal).toMatchObject(me);
    const typed = { ...self, principal: { ...self.principal, name: '李四' } };
    expect(prefillMe(typed, me)).toBe(typed);
  });

  test('only a chosen type past the first step is offered for resuming', () => {
    expect(hasProgress(emptyDraft())).toBe(false);
    expect(hasProgress({ ...emptyDraft(), type: 'remoteFiling', step: 'choose' })).toBe(false);
    expect(hasProgress(longTermForFatherDraft())).toBe(true);
  });
});
