/**
 * The `subsidy` function (issue 6) behind the local gateway, as the page will call it: the pure estimate, a
 * veteran's year from the ledger for a family member, the claim estimated before filing, filed through
 * `applications`, accepted by staff — and the status then shows the new remaining cap. Also its cloud bundle.
 */
import fs from 'fs';
import { builtinModules } from 'module';
import os from 'os';
import path from 'path';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { accept } from '../../server/applications';
import { staffVerify } from '../../server/identity';
import { importRoster } from '../../server/veteran/import/roster';
import { importPayments } from '../../server/veteran/import/payments';
import { subsidy } from '../../shared/veteran';
import { unmaskedIds } from '../applications/helpers';
import { LI, LI_DAUGHTER, PAYMENT_HEADER, ROSTER_HEADER, csv, rosterRows, writeFile } from '../veteran/ledger-helpers';

let gateway: Gateway;
let dataDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-subsidy-fn-'));
  gateway = await startGateway({ dataDir, port: 0, log: (l) => logLines.push(l) });
  await importRoster(gateway.app, { file: writeFile(dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
  await importPayments(gateway.app, {
    file: writeFile(
      dataDir,
      'payments.csv',
      csv([PAYMENT_HEADER, [LI.name, LI.idNumber, '定额门诊补助', '', '2026-02-15', '800', '', ''], [LI.name, LI.idNumber, '住院补助', '一站式', '2026-08-03', '9500', '阳城县人民医院', '']]),
    ),
    allowErrors: false,
  });
});

afterAll(async () => {
  await gateway.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function post(name: string, body: unknown, session?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${gateway.url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { 'x-session': session } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function login(user: string): Promise<string> {
  return (await post('dev-login', { user })).json.data.token;
}

const CASE = {
  region: 'yangcheng',
  date: '2027-08-15',
  veteran: { category: 'demobilized-rural' },
  hospital: { inCounty: false },
  settlement: { inScopeSelfPay: '10000' },
  yearToDate: { subsidyPaid: '0' },
};

test('estimate: the shared rules\' answer, with nothing stored; refusals in Chinese', async () => {
  const session = await login('someone');
  const { json } = await post('subsidy', { action: 'estimate', ...CASE }, session);
  expect(json).toEqual({ ok: true, data: JSON.parse(JSON.stringify(subsidy(CASE))) });
  expect(json.data).toMatchObject({ subsidy: '9500.00', remainingCap: '20500.00', nextApplicationMonth: '2027-12' });
  const bad = await post('subsidy', { action: 'estimate', ...CASE, settlement: { inScopeSelfPay: '-1' } }, session);
  expect(bad.json).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'settlement.inScopeSelfPay' });
  expect((await post('subsidy', { action: 'fly' }, session)).json).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '优抚医疗补助不支持这个操作', field: 'action' });
  expect((await post('subsidy', { action: 'estimate', ...CASE })).status).toBe(401);
  const fees = await post('subsidy', { action: 'feeDiscounts', region: 'guangxi', date: '2024-05-01', hospital: { kind: 'public' }, bill: { surgery: '1000' } }, session);
  expect(fees.json.data.chargedTotal).toBe('700.00');
});

test('status → estimateClaim → file (applications) → staff accept → status shows the new remaining cap', async () => {
  const session = await login('li-daughter');
  const member = (await post('family', { action: 'save', name: LI.name, relation: 'parent', idNumber: LI.idNumber }, session)).json.data;
  expect(member).toMatchObject({ level: 'declared', ref: expect.stringMatching(/^[A-Z0-9]{6}$/) });
  // Saved only: the ledger waits until the office confirms the relationship (the 核验编号 she shows there).
  const unverified = await post('subsidy', { action: 'status', familyMemberId: member.id, year: 2026 }, session);
  expect(unverified.json).toMatchObject({ ok: false, code: 'NEEDS_VERIFICATION', field: 'familyMemberId' });
  await staffVerify(gateway.app, { idNumber: LI.idNumber, name: LI.name, ref: member.ref, staff: '王经办', evidence: '核对户口本和双方身份证' });

  const status = await post('subsidy', { action: 'status', familyMemberId: member.id, year: 2026 }, session);
  expect(status.json.ok).toBe(true);
  expect(status.json.data).toMatchObject({
    outpatientAllowance: { state: 'paid', amount: '800.00' },
    inpatient: { paid: '9500.00', annualCap: '30000.00', remainingCap: '20500.00' },
  });

  const figures = { hospital: '山西省人民医院', admissionDate: '2026-09-28', dischargeDate: '2026-10-08', inScopeSelfPay: '12000' };
  const estimate = await post('subsidy', { action: 'estimateClaim', familyMemberId: member.id, veteranSubsidy: figures }, session);
  expect(estimate.json.data.estimate).toMatchObject({ subsidy: '11400.00', remainingCap: '9100.00' });

  const filed = await post(
    'applications',
    {
      action: 'submit',
      requestId: 'req-fn-veteran-01',
      content: {
        type: 'veteranSubsidy',
        principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
        agent: { ...LI_DAUGHTER, relation: 'child' },
        veteranSubsidy: { ...figures, settlementSheet: 'original' },
      },
      commitment: { accepted: true, signerName: LI_DAUGHTER.name },
    },
    session,
  );
  expect(filed.json).toMatchObject({ ok: true, data: { status: 'submitted', veteranSubsidy: { estimate: { subsidy: '11400.00' } } } });

  await accept(gateway.app, { id: filed.json.data.id, staff: '王经办' });
  const after = await post('subsidy', { action: 'status', familyMemberId: member.id, year: 2026 }, session);
  expect(after.json.data.inpatient).toMatchObject({ paid: '20900.00', remainingCap: '9100.00' });
  expect(after.json.data.claims[0]).toMatchObject({ status: 'accepted', paidAmount: '11400.00' });
  for (const r of [unverified, status, estimate, filed, after]) expect(unmaskedIds(r.json)).toEqual([]);
  expect(unmaskedIds(logLines)).toEqual([]);

  // Without a saved member or a declared identity there is no ledger to read.
  const other = await login('nobody');
  expect((await post('subsidy', { action: 'status' }, other)).json).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect((await post('subsidy', { action: 'status', year: '2026' }, other)).json).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'year' });
});

test('the cloud bundle is self-contained: only the CloudBase SDK is required', () => {
  // scripts/bundle.js is plain CommonJS without types
  const { bundle } = require('../../scripts/bundle');
  const out = bundle({
    entry: 'cloudfunctions/subsidy/main.ts',
    out: 'cloudfunctions/subsidy/index.js',
    external: ['@cloudbase/node-sdk', 'better-sqlite3'],
    minify: true,
  });
  const code = fs.readFileSync(out, 'utf8');
  const names = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))].filter((n) => !n.startsWith('node:') && !builtinModules.includes(n));
  expect(names).toEqual(['@cloudbase/node-sdk']);
  expect(code).not.toContain('exceljs');
}, 60_000);
