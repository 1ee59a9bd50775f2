/**
 * The error envelope (shared/contract/envelope.ts) end to end: a refusal the schemas made leaves the function with
 * its reason and path — from the cloud function's entry (computeMain) and from the gateway, for a compute function
 * and for a store function — and reaches the page as a ServiceError with the same reason and path, through the
 * mini-program's own callFunction on weapp (wx.cloud) and on H5 (the gateway).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { computeMain } from '../../server/cloud/compute';
import { FUNCTIONS } from '../../server/functions';
import { estimateFunction } from '../../server/functions/estimate';
import { startGateway, type Gateway } from '../../server/gateway/server';
import type { ErrorBody } from '../../shared/contract/envelope';

const storage = new Map<string, unknown>();
const taro = {
  cloud: { init: jest.fn(), callFunction: jest.fn() },
  request: jest.fn(),
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
};
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: taro }));

let gateway: Gateway;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-envelope-'));
  gateway = await startGateway({ dataDir, port: 0, log: () => undefined });
});

afterAll(async () => {
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const saved = process.env.TARO_ENV;
afterEach(() => {
  process.env.TARO_ENV = saved;
  jest.resetModules();
});

/** An estimate whose bill is not an amount: the schema's refusal names 医疗总费用. */
const BAD_BILL = {
  region: 'bazhong',
  date: '2025-06-01',
  scheme: 'resident',
  person: { categories: [] },
  visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '4500.123', inScopeCost: '4000' },
};
const BAD_BILL_ERROR: ErrorBody = {
  ok: false,
  code: 'INVALID_INPUT',
  message: '医疗总费用：金额须为不小于 0 的数字，最多两位小数',
  field: 'visit.totalCost',
  reason: '金额须为不小于 0 的数字，最多两位小数',
  path: ['visit', 'totalCost'],
};

/** A family member with a wrong check digit: refused by the store function before anything is written. */
const BAD_MEMBER = { action: 'save', name: '张大山', relation: 'parent', idNumber: '110105194912310021' };
const BAD_MEMBER_ERROR: ErrorBody = {
  ok: false,
  code: 'INVALID_INPUT',
  message: '身份证号：身份证号校验位不正确，请逐位核对',
  field: 'idNumber',
  reason: '身份证号校验位不正确，请逐位核对',
  path: ['idNumber'],
};

async function post(name: string, body: unknown, session?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${gateway.url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { 'x-session': session } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

function api() {
  return require('../../miniprogram/services/api') as typeof import('../../miniprogram/services/api');
}

describe('a refusal keeps its reason and path on the wire', () => {
  test('from the cloud function entry', async () => {
    expect(await computeMain(estimateFunction)(BAD_BILL)).toEqual(BAD_BILL_ERROR);
  });

  test('from the gateway, for a compute and a store function', async () => {
    expect(await post('estimate', BAD_BILL)).toEqual({ status: 200, json: BAD_BILL_ERROR });
    const session = ((await post('dev-login', { user: 'envelope' })).json as { data: { token: string } }).data.token;
    const member = await post('family', BAD_MEMBER, session);
    expect(member).toEqual({ status: 200, json: BAD_MEMBER_ERROR });
  });

  test('a refusal without a field carries neither', async () => {
    const session = ((await post('dev-login', { user: 'envelope' })).json as { data: { token: string } }).data.token;
    const r = await post('family', { action: 'fly' }, session);
    expect(r.json).toEqual({ ok: false, code: 'INVALID_INPUT', message: '家庭成员不支持这个操作', field: 'action' });
  });

  test('to the page on weapp: wx.cloud.callFunction answers with the envelope', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.cloud.callFunction.mockImplementation(async ({ name, data }: { name: string; data: unknown }) => ({
      result: await computeMain(FUNCTIONS[name] as typeof estimateFunction)(data),
    }));
    const m = api();
    m.initCloud('yibao-test');
    await expect(m.callFunction('estimate', BAD_BILL, { signedIn: false })).rejects.toMatchObject({
      name: 'ServiceError',
      code: 'INVALID_INPUT',
      message: BAD_BILL_ERROR.message,
      field: 'visit.totalCost',
      reason: BAD_BILL_ERROR.reason,
      path: ['visit', 'totalCost'],
    });
  });

  test('to the page on H5: through the gateway, signed in', async () => {
    process.env.TARO_ENV = 'h5';
    taro.request.mockImplementation(async (o: { url: string; data: unknown; header: Record<string, string> }) => {
      const res = await fetch(`${gateway.url}${o.url}`, { method: 'POST', headers: o.header, body: JSON.stringify(o.data) });
      return { statusCode: res.status, data: await res.json(), header: {} };
    });
    await expect(api().callFunction('family', BAD_MEMBER)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: BAD_MEMBER_ERROR.message,
      field: 'idNumber',
      reason: BAD_MEMBER_ERROR.reason,
      path: ['idNumber'],
    });
  });
});
