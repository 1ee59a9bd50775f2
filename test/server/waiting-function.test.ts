/**
 * The `waiting` function answers what the shared rules answer, in the shared envelope: as a WeChat cloud function
 * (computeMain, the platform's userInfo taken off) and behind the local gateway (POST /api/waiting, no session).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { computeMain } from '../../server/cloud/compute';
import { FUNCTIONS } from '../../server/functions';
import { waitingFunction } from '../../server/functions/waiting';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { waiting } from '../../shared/waiting';
import { BAD_DATE, BAD_DATE_ERROR, EMPLOYEE_FIRST, example, WAITING_EXAMPLES } from '../cli/waiting-examples';

const main = computeMain(waitingFunction);
const BIN = path.resolve(__dirname, '../../bin/yibao.js');
/** What went over the wire: the rules' answer as JSON. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value));

let gateway: Gateway;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-waiting-fn-'));
  gateway = await startGateway({ dataDir, port: 0, log: () => undefined });
});

afterAll(async () => {
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${gateway.url}/api/waiting`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('the waiting function', () => {
  test('is registered as a compute function (no identity, no store, no SDK)', () => {
    expect(FUNCTIONS.waiting).toBe(waitingFunction);
    expect(waitingFunction.kind).toBe('compute');
  });

  test.each(WAITING_EXAMPLES.map((e) => [e.name, e] as const))('cloud: 004 第三章 十问（二）%s', async (_name, expected) => {
    const answer = await main({ ...expected.input, userInfo: { appId: 'wx-test', openId: 'o-test' } });
    expect(answer).toEqual({ ok: true, data: waiting(expected.input) });
    if (!answer.ok) throw new Error('expected ok');
    expect(answer.data).toMatchObject({ benefitStart: expected.benefitStart, waitingMonths: expected.months[0] });
  });

  test.each(WAITING_EXAMPLES.map((e) => [e.name, e] as const))('gateway: 004 第三章 十问（二）%s', async (_name, expected) => {
    const { status, json } = await post(expected.input);
    expect(status).toBe(200);
    expect(json).toEqual({ ok: true, data: wire(waiting(expected.input)) });
  });

  test('an employee case answers the same through both entries', async () => {
    const cloud = await main(EMPLOYEE_FIRST);
    const http = await post(EMPLOYEE_FIRST);
    expect(wire(cloud)).toEqual(http.json);
    expect(http.json).toMatchObject({ ok: true, data: { benefitStart: '2026-11-20', waitingMonths: 6 } });
  });

  test('bad input: { ok:false, code, message, field } in Chinese, the same through both entries', async () => {
    expect(await main(BAD_DATE)).toEqual(BAD_DATE_ERROR);
    const http = await post(BAD_DATE);
    expect(http.status).toBe(200);
    expect(http.json).toEqual(BAD_DATE_ERROR);
  });

  test('an openid in the body is an unknown field, never an identity', async () => {
    const http = await post({ ...WAITING_EXAMPLES[0].input, openid: 'o-forged' });
    expect(http.json).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '请求：包含不认识的字段：openid',
      field: 'openid',
      reason: '包含不认识的字段：openid',
      path: ['openid'],
    });
  });

  test('a region without waiting rules is 暂未收录; an empty body names the missing field', async () => {
    expect(await main({ ...WAITING_EXAMPLES[0].input, region: 'suizhou' })).toMatchObject({ ok: false, code: 'NOT_COVERED', field: 'region' });
    const empty = await post('');
    expect(empty.json).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(String(empty.json.message)).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('the deployed bundle is self-contained, loads no CloudBase SDK, and answers the same', async () => {
    // scripts/bundle.js is plain CommonJS without types
    const { bundle } = require('../../scripts/bundle') as { bundle: (o: Record<string, unknown>) => string };
    const out = bundle({ entry: 'cloudfunctions/waiting/main.ts', out: 'cloudfunctions/waiting/index.js', external: ['@cloudbase/node-sdk', 'better-sqlite3'], minify: true });
    expect(readFileSync(out, 'utf8')).not.toContain('@cloudbase/node-sdk');
    // the bundle just built, loaded by its path as the cloud runtime loads it
    const deployed = require(out) as { main: (event: unknown) => Promise<unknown> };
    expect(await deployed.main({ ...example('例五').input, userInfo: { openId: 'o-test' } })).toEqual(wire({ ok: true, data: waiting(example('例五').input) }));
  });

  test('the CLI, the cloud function and the gateway give the same benefitStart for one case', async () => {
    const input = example('例六').input;
    const cli = spawnSync(process.execPath, [BIN, 'waiting', '-'], { input: JSON.stringify(input), encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const cloud = await main(input);
    const http = await post(input);
    const starts = [JSON.parse(cli.stdout).benefitStart, cloud.ok ? (cloud.data as { benefitStart: string }).benefitStart : null, (http.json.data as { benefitStart: string }).benefitStart];
    expect(starts).toEqual(['2030-08-01', '2030-08-01', '2030-08-01']);
  });
});
