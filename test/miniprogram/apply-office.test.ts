/**
 * The filing's first page's 参保地 (issue 16): the default from her saved profile's region when its offices take the
 * type (else the only region that takes it), the refusal the server would give, and the choice sent as content.office.
 */
import { emptyDraft, parseDraft, serializeDraft } from '../../miniprogram/packages/apply/model/draft';
import { draftRequest } from '../../miniprogram/packages/apply/model/content';

const store = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (k: string) => (store.has(k) ? store.get(k) : ''),
    setStorageSync: (k: string, v: unknown) => store.set(k, JSON.parse(JSON.stringify(v))),
    removeStorageSync: (k: string) => store.delete(k),
  },
}));

// eslint-disable-next-line import/first -- after the mock it depends on
import { defaultOffice, officeError } from '../../miniprogram/packages/apply/model/office';

beforeEach(() => store.clear());

test('no saved profile: 备案 starts unchosen, 手工报销 at 山西 (the only one); the office inside is always hers to pick', () => {
  expect(defaultOffice('remoteFiling', null)).toBeNull();
  expect(defaultOffice('manualReimbursement', null)).toEqual({ region: 'shanxi', area: null });
});

test('a saved 巴中 profile makes 巴中 the default of a 备案, not of a 手工报销 (巴中 does not take it)', () => {
  store.set('profile.v1', { region: 'bazhong', scheme: 'resident', categories: [] });
  expect(defaultOffice('remoteFiling', null)).toEqual({ region: 'bazhong', area: null });
  expect(defaultOffice('manualReimbursement', null)).toEqual({ region: 'shanxi', area: null });
  // A chosen office stays while it takes the type; one that does not is replaced.
  expect(defaultOffice('remoteFiling', { region: 'shanxi', area: '太原市' })).toEqual({ region: 'shanxi', area: '太原市' });
  expect(defaultOffice('manualReimbursement', { region: 'bazhong', area: '通江县' })).toEqual({ region: 'shanxi', area: null });
});

test('the page refuses what the server would, in its words', () => {
  expect(officeError('remoteFiling', null)).toBe('参保地：请先选择您在哪里参保');
  expect(officeError('remoteFiling', { region: 'bazhong', area: null })).toBe('参保地：请选择巴中市的哪一个经办机构');
  expect(officeError('manualReimbursement', { region: 'bazhong', area: '通江县' })).toBe('参保地：巴中市的经办机构不受理住院省内异地线上手工报销，这项业务只有山西省受理');
  expect(officeError('remoteFiling', { region: 'bazhong', area: '通江县' })).toBe('');
});

test('the choice is kept on the device and sent as content.office', () => {
  const draft = { ...emptyDraft(), type: 'remoteFiling' as const, officeRegion: 'bazhong', officeArea: '通江县' };
  const back = parseDraft(serializeDraft(draft));
  expect([back.officeRegion, back.officeArea]).toEqual(['bazhong', '通江县']);
  expect(draftRequest(back).content.office).toEqual({ region: 'bazhong', area: '通江县' });
  expect(draftRequest({ ...back, officeRegion: '' }).content.office).toBeUndefined();
});
