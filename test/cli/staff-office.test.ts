/**
 * `yibao staff list --region R [--area A]` (issue 16): one office's queue — a region, or one of its offices — and an
 * unknown region or office refused in Chinese with the ones that exist.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { openAppContext } from '../../server/applications/open';
import { submit } from '../../server/applications';
import { longTermForFather } from '../applications/helpers';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
let dataDir: string;
const ids: Record<string, string> = {};

function staff(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  return { status: r.status, json: () => JSON.parse(r.stdout) };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-staff-office-'));
  const app = await openAppContext({ DATA_DIR: dataDir });
  const offices = { tongjiang: { region: 'bazhong', area: '通江县' }, nanjiang: { region: 'bazhong', area: '南江县' }, taiyuan: { region: 'shanxi', area: '太原市' } };
  for (const [name, office] of Object.entries(offices)) {
    const content = { ...longTermForFather(), office };
    ids[name] = (await submit(app, { openid: `o-${name}` }, { requestId: `req-cli-office-${name}`, content, commitment: { accepted: true, signerName: '张小红' } })).id;
  }
  await app.store.close();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const listed = (args: string[]) => (staff(['list', ...args]).json().items as { id: string; office: { label: string } }[]).map((a) => a.id);

test('--region lists one region’s queue, --area one office of it; each item names its office', () => {
  expect(listed(['--region', 'bazhong']).sort()).toEqual([ids.tongjiang, ids.nanjiang].sort());
  expect(listed(['--region', 'bazhong', '--area', '通江县'])).toEqual([ids.tongjiang]);
  expect(listed(['--region', 'shanxi'])).toEqual([ids.taiyuan]);
  expect(staff(['list', '--region', 'bazhong', '--area', '通江县']).json().items[0].office).toEqual({ region: 'bazhong', area: '通江县', label: '巴中市 通江县' });
  expect(listed([])).toHaveLength(3);
});

test('an unknown region, an office the region does not have, or --area alone is refused in Chinese', () => {
  const region = staff(['list', '--region', 'atlantis']);
  expect(region.status).toBe(2);
  expect(region.json()).toMatchObject({ code: 'INVALID_INPUT', field: 'region' });
  expect(region.json().message).toContain('bazhong（巴中市）');
  const area = staff(['list', '--region', 'bazhong', '--area', '太原市']);
  expect(area.json()).toMatchObject({ code: 'INVALID_INPUT', field: 'area', message: expect.stringContaining('巴中市没有“太原市”这个经办机构') });
  expect(staff(['list', '--area', '通江县']).json()).toMatchObject({ code: 'INVALID_INPUT', field: 'area' });
});
