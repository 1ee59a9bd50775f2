/**
 * On CloudBase the function makes the PDF itself, writes it to cloud storage (clients read nothing there) and answers
 * a temporary URL good for the link's ten minutes — the same answer shape as the local gateway link.
 */
import * as apps from '../../server/applications';
import { documentLink, LINK_MINUTES } from '../../server/documents/link-action';
import { cloudbaseFileStorage } from '../../server/store/files';
import { fakeCloudStorage } from '../store/fake-cloud-storage';
import { FATHER_ID, freshContext, rejection } from '../applications/helpers';
import { reimbursementByAgent } from './fixtures';
import { pdfText } from './pdf-text';

// jest.mock is hoisted above the imports; the storage loads the SDK lazily, at its first call.
const cloud = fakeCloudStorage('test-env');
jest.mock('@cloudbase/node-sdk', () => ({ init: () => cloud.app, SYMBOL_CURRENT_ENV: Symbol('current') }));

test('the PDF is written under the application and answered as a temporary URL that ends with the link', async () => {
  const local = freshContext();
  try {
    // The embedded store stands in for the database; the storage and the store's kind are CloudBase's.
    const store = Object.create(local.store, { kind: { value: 'cloudbase' } }) as typeof local.store;
    const ctx = { ...local, store, files: cloudbaseFileStorage({ env: 'test-env' }) };
    const me = { openid: 'o-daughter' };
    const a = await apps.submit(ctx, me, { requestId: 'docs-cloud-0001', content: reimbursementByAgent(), commitment: { accepted: true, signerName: '张小红' } });
    const t0 = Date.now();
    cloud.setNow(() => t0);
    const link = await documentLink(ctx, me, { id: a.id, document: 'commitment' });
    expect(Object.keys(link).sort()).toEqual(['expiresAt', 'fileName', 'url']);
    expect(link.url).toMatch(/^https:\/\/test-env\.tcb\.qcloud\.la\/yibao\/materials\/documents\/.+\/commitment\.pdf\?sign=/);
    const bytes = cloud.open(link.url)!;
    expect((await pdfText(bytes)).text.replace(/\s+/g, '')).toContain(`委托人证件号码:${FATHER_ID}`);
    cloud.setNow(() => t0 + LINK_MINUTES * 60_000 + 1000);
    expect(cloud.open(link.url)).toBeNull();
    // Another account gets the view's refusal and nothing is written for it.
    expect(await rejection(documentLink(ctx, { openid: 'o-stranger' }, { id: a.id, document: 'commitment' }))).toMatchObject({ code: 'NOT_FOUND' });
  } finally {
    await local.cleanup();
  }
});
