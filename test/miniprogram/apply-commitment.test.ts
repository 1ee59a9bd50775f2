import { requestId } from '../../shared/schemas/application';
import { expectedSigner, NOT_ACCEPTED, signatureProblems } from '../../miniprogram/packages/apply/model/commitment';
import { keepRequestIdAfter, newRequestId, requestIdFor } from '../../miniprogram/models/request-id';
import { base64Bytes, checklistRows, checklistSummary, EMPTY_IMAGE, imageKind, imageProblem, MAX_IMAGE_BYTES, NOT_AN_IMAGE, TOO_LARGE } from '../../miniprogram/models/materials';
import { MAX_MATERIAL_BYTES } from '../../server/applications/materials';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]).toString('base64');

const view = {
  principal: { name: '张大山' },
  agent: { name: '张小红', relation: 'child' },
  commitment: { title: '异地就医登记备案个人承诺书' },
} as Parameters<typeof signatureProblems>[0];

describe('签署承诺书', () => {
  test('the agent signs when there is one, otherwise the insured person', () => {
    expect(expectedSigner(view)).toEqual({ name: '张小红', role: '代办人' });
    expect(expectedSigner({ ...view, agent: null })).toEqual({ name: '张大山', role: '参保人本人' });
  });

  test('the name must be the signer’s and the box ticked: the function’s messages', () => {
    expect(signatureProblems(view, '', false)).toEqual({ signer: '请输入签名人的姓名', accept: NOT_ACCEPTED });
    expect(signatureProblems(view, '张大山', true)).toEqual({ signer: '须由代办人（张小红）签署《异地就医登记备案个人承诺书》' });
    expect(signatureProblems(view, ' 张小红 ', true)).toEqual({});
    expect(NOT_ACCEPTED).toBe('须阅读并同意承诺书后才能提交');
  });

  test('a request id is made once per attempt and kept for the retry', () => {
    const id = newRequestId(1_700_000_000_000, () => 0.5);
    expect(requestId.safeParse(id).success).toBe(true);
    expect(id).toBe(`req-${(1_700_000_000_000).toString(36)}-${'i'.repeat(16)}`);
    expect(new Set(Array.from({ length: 200 }, () => newRequestId())).size).toBe(200);
    expect(requestIdFor(id)).toBe(id);
    expect(requestIdFor('', () => 'req-new-00000001')).toBe('req-new-00000001');
    // An answer lost on the way may mean it was filed: the retry must send the same id.
    expect(keepRequestIdAfter({ code: 'NETWORK' })).toBe(true);
    // A refusal filed nothing: a new attempt may take a new id.
    expect(keepRequestIdAfter({ code: 'INVALID_INPUT' })).toBe(false);
    expect(keepRequestIdAfter({ code: 'INVALID_STATE' })).toBe(false);
  });
});

describe('上传材料', () => {
  test('the function’s limit: 5 MB, JPG or PNG by their first bytes', () => {
    expect(MAX_IMAGE_BYTES).toBe(MAX_MATERIAL_BYTES);
    expect(imageKind(PNG)).toBe('image/png');
    expect(imageKind(JPEG)).toBe('image/jpeg');
    expect(imageKind(Buffer.from('GIF89a').toString('base64'))).toBeNull();
    expect(base64Bytes(PNG)).toBe(Buffer.from(PNG, 'base64').length);
    expect(imageProblem(PNG)).toBeNull();
    expect(imageProblem('')).toBe(EMPTY_IMAGE);
    expect(imageProblem(PNG, MAX_IMAGE_BYTES + 1)).toBe(TOO_LARGE);
    expect(imageProblem(Buffer.from('%PDF-1.4').toString('base64'))).toBe(NOT_AN_IMAGE);
  });

  test('each checklist item ticked once a photo of it is uploaded', () => {
    const rows = checklistRows({
      materials: [
        { item: 'residenceProof', name: '居住证明', source: 's', uploaded: [{ id: 'a', mime: 'image/png', size: 1, uploadedAt: 't' }] },
        { item: 'agentAndPrincipalIdentity', name: '身份证', source: 's', uploaded: [] },
      ],
    });
    expect(rows.map((r) => [r.done, r.state])).toEqual([
      [true, '已上传 1 张'],
      [false, '还没有上传'],
    ]);
    expect(checklistSummary(rows)).toContain('还有 1 项没上传');
    expect(checklistSummary(rows.map((r) => ({ ...r, done: true })))).toBe('2 项材料都已上传。');
    expect(checklistSummary([])).toContain('不需要上传');
  });
});
