/**
 * `yibao reminders run [--today …]` (issue 18): the daily deadline reminder on the same SQLite file the functions
 * write, as the messages function's 定时触发器 runs it.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { openAppContext } from '../../server/applications/open';
import { yearRecordId } from '../../server/year/access';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
let dataDir: string;

function reminders(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'reminders', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  return { status: r.status, json: () => JSON.parse(r.stdout) };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-reminders-'));
  const app = await openAppContext({ DATA_DIR: dataDir });
  const openid = 'dev_daughter_openid';
  await app.store.putYearRecord({
    id: yearRecordId(openid, 'self', 2026),
    openid,
    person: 'self',
    year: 2026,
    entries: [
      {
        id: 'e1',
        case: { region: 'bazhong', date: '2026-03-10', scheme: 'resident', visit: { type: 'inpatient', place: 'local', facilityLevel: 'county', totalCost: '8000', inScopeCost: '7000' } },
        createdAt: '2026-03-11T08:00:00.000Z',
        updatedAt: '2026-03-11T08:00:00.000Z',
      },
    ],
    updatedAt: '2026-03-11T08:00:00.000Z',
  });
  await app.store.close();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('writes the reminders due on the day once; the rerun writes none', () => {
  expect(reminders(['run', '--today', '2027-04-30']).json()).toEqual({ today: '2027-04-30', records: 1, written: 0 });
  const first = reminders(['run', '--today', '2027-05-01']);
  expect(first.status).toBe(0);
  expect(first.json()).toEqual({ today: '2027-05-01', records: 1, written: 1 });
  expect(reminders(['run', '--today', '2027-05-01']).json()).toEqual({ today: '2027-05-01', records: 1, written: 0 });
});

test('a bad day or an unknown option is refused in Chinese, exit 2', () => {
  const bad = reminders(['run', '--today', '2027-13-01']);
  expect(bad.status).toBe(2);
  expect(bad.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'today', message: '提醒日期：须为 YYYY-MM-DD 格式的日期' });
  expect(reminders(['run', '--day', '2027-05-01']).json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'today' });
  expect(reminders(['go']).status).toBe(2);
});
