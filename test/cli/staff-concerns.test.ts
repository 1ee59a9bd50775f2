/**
 * `yibao staff return … [--field PATH]… [--material ITEM]…` and the business number in `yibao staff list/show`
 * (issue 15), on the same SQLite file the functions write.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { openAppContext } from '../../server/applications/open';
import { getOne, submit } from '../../server/applications';
import { longTermForFather } from '../applications/helpers';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
let dataDir: string;
let id: string;
let number: string;
const daughter = { openid: 'dev_daughter_openid' };

function staff(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-staff-concerns-'));
  const app = await openAppContext({ DATA_DIR: dataDir });
  const filed = await submit(app, daughter, { requestId: 'req-staff-concerns-1', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } });
  id = filed.id;
  number = filed.number!;
  await app.store.close();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('list and show carry the number; list --number finds it whatever its status; show takes the number', () => {
  expect(number).toMatch(/^SX-\d{4}-000001$/);
  expect(staff(['list']).json().items[0]).toMatchObject({ id, number });
  expect(staff(['list', '--number', number.toLowerCase()]).json()).toEqual(expect.objectContaining({ total: 1 }));
  expect(staff(['list', '--number', number.replace(/1$/, '9')]).json()).toEqual({ items: [], total: 0, nextCursor: null });
  const bad = staff(['list', '--number', '123']);
  expect(bad.status).toBe(2);
  expect(bad.out + bad.err).toContain('业务编号格式不正确');
  expect(staff(['show', number]).json()).toMatchObject({ id, number });
});

test('an unknown --field or --material is refused in Chinese and changes nothing', () => {
  for (const args of [
    ['--field', 'remoteFiling.nope'],
    ['--material', 'settlementReceipt'],
    ['--field'],
  ]) {
    const r = staff(['return', id, '--staff', '王经办', '--reason', '补材料', ...args]);
    expect(r.status).toBe(2);
    expect(r.out + r.err).toMatch(/退回所指的(格子|材料)|缺少取值/);
  }
  const twice = staff(['return', id, '--staff', '王经办', '--reason', '补材料', '--reason', '另一个']);
  expect(twice.status).toBe(2);
  expect(twice.out + twice.err).toContain('只能写一次');
  expect(staff(['show', id]).json()).toMatchObject({ status: 'submitted', returnConcerns: null });
});

test('return --id with repeated --field and --material: stored and shown on the applicant\'s side', async () => {
  const r = staff([
    'return', '--id', id, '--staff', '王经办', '--reason', '门牌号不全；居住证明看不清',
    '--field', 'remoteFiling.residenceAddress', '--material', 'residenceProof', '--field', 'agent.phone',
  ]);
  expect(r.status).toBe(0);
  expect(r.json()).toMatchObject({ status: 'returned', returnConcerns: { fields: ['remoteFiling.residenceAddress', 'agent.phone'], materials: ['residenceProof'] } });
  const app = await openAppContext({ DATA_DIR: dataDir });
  try {
    expect((await getOne(app, daughter, { id })).returnConcerns).toEqual({ fields: ['remoteFiling.residenceAddress', 'agent.phone'], materials: ['residenceProof'] });
  } finally {
    await app.store.close();
  }
  const clash = staff(['return', 'other-id', '--id', id, '--staff', '王经办', '--reason', 'x']);
  expect(clash.status).toBe(2);
  expect(clash.out + clash.err).toContain('申请编号写了两个');
});
