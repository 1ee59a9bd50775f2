import { concernLines, flaggedBoxes, flaggedMaterials } from '../../miniprogram/packages/apply/model/concerns';
import { filedForMeLine, listRows, numberLine } from '../../miniprogram/packages/apply/model/status';
import { applicationType } from '../../shared/applications/registry';
import { numberOrId } from '../../shared/applications/numbers';
import * as apps from '../../server/applications';
import { freshContext, longTermForFather } from '../applications/helpers';

/**
 * What <ReturnNotice> and the form page read from a returned application's view (issue 15): the concerns in plain
 * words, the boxes to mark; the business number and who filed it on the list and the detail page.
 */
const returned = (fields: string[], materials: string[], type: 'remoteFiling' | 'manualReimbursement' | 'veteranSubsidy' = 'remoteFiling') => ({
  type,
  returnConcerns: { fields, materials },
});

test('concerns in words: the form\'s labels and the checklist\'s names; unknown ones left out, not shown as ids', () => {
  const proof = applicationType('remoteFiling').materialItems.find((m) => m.id === 'residenceProof')!.name;
  expect(concernLines(returned(['remoteFiling.residenceAddress', 'agent.phone', 'remoteFiling.nope'], ['residenceProof', 'nope']))).toEqual({
    fields: ['异地长期居住住址', '代办人联系电话'],
    materials: [proof],
  });
  expect(concernLines({ type: 'remoteFiling', returnConcerns: null })).toEqual({ fields: [], materials: [] });
  // A type this package does not file (its own pages show it) gives nothing rather than loading the registry.
  expect(concernLines(returned(['principal.name'], [], 'veteranSubsidy'))).toEqual({ fields: [], materials: [] });
});

test('the boxes to mark: each path\'s box; a whole destination marks both halves', () => {
  expect([...flaggedBoxes(returned(['remoteFiling.residenceAddress', 'agent.phone'], []))]).toEqual(['residence-address', 'agent-phone']);
  expect([...flaggedBoxes(returned(['remoteFiling.destination'], []))].sort()).toEqual(['destination-city', 'destination-province']);
  expect([...flaggedBoxes(returned(['manualReimbursement.amount'], [], 'manualReimbursement'))]).toEqual(['amount']);
  expect(flaggedBoxes(null).size).toBe(0);
  expect([...flaggedMaterials(returned([], ['residenceProof']))]).toEqual(['residenceProof']);
});

test('the number line, and 由 … 代办 for the person it was filed for', () => {
  expect(numberLine({ id: 'abc', number: 'SX-2026-000123' })).toBe('业务编号 SX-2026-000123');
  expect(numberLine({ id: '0mx4an330000ud381c676d45bdf15', number: null })).toBe('申请编号 0mx4an330000ud381c676d45bdf15');
  expect(numberOrId({ id: 'abc', number: null })).toBe('abc');
  expect(filedForMeLine({ myRole: 'principal', agent: { name: '王丽', relation: 'child', relationLabel: '子女' } })).toBe('由 王丽（子女）代办');
  expect(filedForMeLine({ myRole: 'principal', agent: null })).toBe('家人为您办理');
  expect(filedForMeLine({ myRole: 'filer', agent: { name: '王丽' } })).toBe('');
});

test('a list row from the server carries the number', async () => {
  const ctx = freshContext();
  try {
    await apps.createDraft(ctx, { openid: 'o-d' }, { content: longTermForFather() });
    const [row] = listRows((await apps.listMine(ctx, { openid: 'o-d' })).items);
    expect(row.number).toMatch(/^业务编号 SX-\d{4}-000001$/);
    expect(row.filedBy).toBe('');
  } finally {
    await ctx.cleanup();
  }
});
