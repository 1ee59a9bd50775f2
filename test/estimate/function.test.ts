/**
 * The `estimate` function on the table rows marked 'function': as a WeChat cloud function (computeMain, the
 * platform's userInfo taken off) and behind the local gateway (POST /api/estimate, no session). Each answer is the
 * rules' own answer over the wire and holds the row's figures.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { computeMain } from '../../server/cloud/compute';
import { estimateFunction } from '../../server/functions/estimate';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { Answer, answerOf, caseOf, compare, named, rowsFor } from './runner';

const main = computeMain(estimateFunction);
const ROWS = named(rowsFor('function'));

let gateway: Gateway;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-estimate-fn-'));
  gateway = await startGateway({ dataDir, port: 0, log: () => undefined });
});

afterAll(async () => {
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function post(body: unknown): Promise<{ status: number; json: Answer }> {
  const res = await fetch(`${gateway.url}/api/estimate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Answer };
}

describe('the estimate cloud function', () => {
  test.each(ROWS)('cloud: %s', async (_title, row) => {
    const input = caseOf(row);
    const answer = JSON.parse(JSON.stringify(await main({ ...input, userInfo: { appId: 'wx-test', openId: 'o-test' } }))) as Answer;
    expect(answer).toEqual(answerOf(input));
    expect(compare(answer, row.expect)).toEqual([]);
  });

  test.each(ROWS)('gateway: %s', async (_title, row) => {
    const input = caseOf(row);
    const { status, json } = await post(input);
    expect(status).toBe(200);
    expect(json).toEqual(answerOf(input));
    expect(compare(json, row.expect)).toEqual([]);
  });
});
