/**
 * `yibao staff …` (issue 4): the office lists submitted applications, reads one (masked), returns it with a reason,
 * and accepts it after the applicant resubmits — on the same SQLite file the functions write.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { openAppContext } from '../../server/applications/open';
import { submit, updateDraft } from '../../server/applications';
import { longTermForFather, unmaskedIds } from '../applications/helpers';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
let dataDir: string;
let id: string;
const daughter = { openid: 'dev_daughter_openid' };

function staff(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  return { status: r.status, out: r.stdout, json: () => JSON.parse(r.stdout) };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-staff-'));
  const app = await openAppContext({ DATA_DIR: dataDir });
  id = (await submit(app, daughter, { requestId: 'req-staff-cli-1', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } })).id;
  await app.store.close();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('list shows the submitted application, masked', () => {
  const r = staff(['list']);
  expect(r.status).toBe(0);
  const page = r.json();
  expect(page).toMatchObject({ total: 1, nextCursor: null });
  expect(page.items.map((a: { id: string }) => a.id)).toEqual([id]);
  expect(page.items[0].status).toBe('submitted');
  expect(unmaskedIds(page)).toEqual([]);
});

test('show prints the checklist and commitment with the ID number masked', () => {
  const r = staff(['show', id]);
  expect(r.status).toBe(0);
  expect(r.json().id).toBe(id);
  expect(unmaskedIds(r.json())).toEqual([]);
});

test('return needs a reason; a refusal is Chinese JSON with exit 2 and changes nothing', () => {
  const bad = staff(['return', id, '--staff', '王经办']);
  expect(bad.status).toBe(2);
  expect(bad.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  expect(bad.json().message).toMatch(/[\u4e00-\u9fa5]/);
  expect(staff(['show', id]).json().status).toBe('submitted');
  const unknown = staff(['show', 'no-such-id']);
  expect(unknown.status).toBe(2);
  expect(unknown.json().code).toBe('NOT_FOUND');
});

test('return, resubmit by the applicant, then accept', async () => {
  const returned = staff(['return', id, '--staff', '王经办', '--reason', '请补充居住证明']);
  expect(returned.status).toBe(0);
  expect(returned.json()).toMatchObject({ status: 'returned', decisionReason: '请补充居住证明' });

  const app = await openAppContext({ DATA_DIR: dataDir });
  await updateDraft(app, daughter, { id, content: { type: 'remoteFiling', remoteFiling: { ...longTermForFather().remoteFiling, residenceAddress: '深圳市南山区某街道 2 号' } } });
  await submit(app, daughter, { requestId: 'req-staff-cli-2', id, commitment: { accepted: true, signerName: '张小红' } });
  await app.store.close();

  const accepted = staff(['accept', id, '--staff', '王经办']);
  expect(accepted.status).toBe(0);
  expect(accepted.json().status).toBe('accepted');
  expect(staff(['list', '--status', 'accepted']).json().items.map((a: { id: string }) => a.id)).toEqual([id]);
  expect(staff(['list']).json()).toEqual({ items: [], total: 0, nextCursor: null });
});
