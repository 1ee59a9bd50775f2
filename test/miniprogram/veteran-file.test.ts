/**
 * fileClaim (services/file-claim.ts): the claim saved as a server draft, the photo uploaded, submitted once per
 * request id — with the filing verbs wired to the real functions on a SQLite file, and answers lost on the way back
 * as a flaky network loses them. A retry never files twice, and what a retry does not resend is not lost.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { listMine } from '../../server/applications';
import { fileClaim } from '../../miniprogram/packages/veteran/services/file-claim';
import type { ClaimDraft } from '../../miniprogram/packages/veteran/model/claim';
import { DAUGHTER_PHONE, claimFor, countyContext, savedFather } from './veteran-helpers';

// The transform hoists the jest.mock calls below above these imports, so the imported modules get the mocks.
const mockServer: {
  ctx: unknown;
  who: { openid: string };
  /** The next answer of this verb is lost after the server did the work. */
  lose: string | null;
  calls: string[];
} = { ctx: null, who: { openid: 'o-vet-daughter' }, lose: null, calls: [] };

jest.mock('../../miniprogram/services/applications', () => {
  const apps = jest.requireActual('../../server/applications');
  const { ServiceError } = jest.requireActual('../../miniprogram/services/errors');
  const verb =
    (name: string, fn: (ctx: unknown, who: unknown, payload: unknown) => Promise<unknown>, wrap: (p: any) => unknown = (p) => p) =>
    async (payload: unknown) => {
      mockServer.calls.push(name);
      let answer: unknown;
      try {
        answer = await fn(mockServer.ctx, mockServer.who, wrap(payload));
      } catch (e) {
        const err = e as { code: string; message: string; field?: string };
        throw new ServiceError(err.code, err.message, err.field);
      }
      if (mockServer.lose === name) {
        mockServer.lose = null;
        throw new ServiceError('NETWORK', '网络不稳定，请稍后再试');
      }
      return JSON.parse(JSON.stringify(answer));
    };
  return {
    createDraft: verb('createDraft', apps.createDraft),
    updateDraft: verb('updateDraft', apps.updateDraft),
    submitApplication: verb('submit', apps.submit),
    getApplication: verb('getOne', apps.getOne, (id: string) => ({ id })),
    withdrawApplication: verb('withdraw', apps.withdraw, (id: string) => ({ id })),
    uploadMaterial: verb('uploadMaterial', apps.uploadMaterial),
    attachMaterial: verb('attachMaterial', apps.attachMaterial),
  };
});

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

/** The upload as wx.cloud.uploadFile would do it: a real ticket from the function, the file's bytes into its inbox. */
jest.mock('../../miniprogram/services/upload', () => {
  const { issueUploadTicket } = jest.requireActual('../../server/applications/attach');
  const { readFileSync } = jest.requireActual('fs');
  return {
    uploadPhotoFile: async (target: unknown, filePath: string) => {
      const ctx = mockServer.ctx as { files: { inbox: { put(p: string, b: Buffer): Promise<string> } } };
      const ticket = await issueUploadTicket(ctx, mockServer.who, target);
      return ctx.files.inbox.put(ticket.cloudPath, readFileSync(filePath));
    },
  };
});

/** A real 1×1 PNG, as the temp file the photo picker gives. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PHOTO = { path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-photo-')), 'sheet.png'), item: 'veteranSettlementSheet' };
fs.writeFileSync(PHOTO.path, Buffer.from(PNG, 'base64'));

let ctx: Awaited<ReturnType<typeof countyContext>>;
let memberId: string;
beforeEach(async () => {
  ctx = await countyContext();
  mockServer.ctx = ctx;
  mockServer.who = DAUGHTER_PHONE;
  mockServer.lose = null;
  mockServer.calls = [];
  memberId = (await savedFather(ctx)).id;
});
afterEach(() => ctx.cleanup());

/** The device storage: every step's draft, the last one kept. */
function device(start: ClaimDraft) {
  const saved: ClaimDraft[] = [start];
  return { save: (d: ClaimDraft) => saved.push(d), last: () => saved[saved.length - 1] };
}

test('saved, photo uploaded, submitted: one application with its 结算单 photo', async () => {
  const phone = device(claimFor(memberId));
  const view = await fileClaim(phone.last(), PHOTO, phone.save);
  expect(mockServer.calls).toEqual(['createDraft', 'attachMaterial', 'submit']);
  expect(view.status).toBe('submitted');
  expect(view.materials).toEqual([expect.objectContaining({ item: 'veteranSettlementSheet', uploaded: [expect.objectContaining({ mime: 'image/png' })] })]);
  expect(phone.last()).toMatchObject({ serverId: view.id, photoUploaded: true });
  expect((await listMine(ctx, DAUGHTER_PHONE)).items).toHaveLength(1);
});

test('the submit answer is lost: the retry finds it filed and files nothing more', async () => {
  const phone = device(claimFor(memberId));
  mockServer.lose = 'submit';
  await expect(fileClaim(phone.last(), null, phone.save)).rejects.toMatchObject({ code: 'NETWORK' });
  // The request id is kept for the retry.
  expect(phone.last().requestId).toMatch(/^req-/);
  const again = await fileClaim(phone.last(), null, phone.save);
  expect(again.status).toBe('submitted');
  expect(mockServer.calls).toEqual(['createDraft', 'submit', 'getOne']);
  const mine = (await listMine(ctx, DAUGHTER_PHONE)).items;
  expect(mine.map((a) => a.status)).toEqual(['submitted']);
});

test('the upload answer is lost: the retry uploads again (two photos are harmless) and submits once', async () => {
  const phone = device(claimFor(memberId));
  mockServer.lose = 'attachMaterial';
  await expect(fileClaim(phone.last(), PHOTO, phone.save)).rejects.toMatchObject({ code: 'NETWORK' });
  expect(phone.last()).toMatchObject({ photoUploaded: false, requestId: '' });
  const view = await fileClaim(phone.last(), PHOTO, phone.save);
  expect(mockServer.calls).toEqual(['createDraft', 'attachMaterial', 'getOne', 'updateDraft', 'attachMaterial', 'submit']);
  expect(view.status).toBe('submitted');
  expect((await listMine(ctx, DAUGHTER_PHONE)).items).toHaveLength(1);
});

test('refused at submission (the signer is not the agent): the request id is dropped, fixing it files once', async () => {
  const phone = device(claimFor(memberId, { signerName: '李复员' }));
  await expect(fileClaim(phone.last(), null, phone.save)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'commitment.signerName' });
  expect(phone.last().requestId).toBe('');
  const view = await fileClaim({ ...phone.last(), signerName: '李小梅' }, null, phone.save);
  expect(view.status).toBe('submitted');
  expect((await listMine(ctx, DAUGHTER_PHONE)).items).toHaveLength(1);
});

test('an optional figure cleared after a failed attempt: a fresh draft is filed, the old one withdrawn', async () => {
  const phone = device(claimFor(memberId, { outOfScope: '300', signerName: '李复员' }));
  await expect(fileClaim(phone.last(), null, phone.save)).rejects.toMatchObject({ field: 'commitment.signerName' });
  const first = phone.last().serverId;
  const view = await fileClaim({ ...phone.last(), outOfScope: '', signerName: '李小梅' }, null, phone.save);
  expect(view.id).not.toBe(first);
  expect(view.veteranSubsidy?.outOfScope).toBeUndefined();
  const mine = (await listMine(ctx, DAUGHTER_PHONE)).items;
  expect(mine.map((a) => [a.id, a.status]).sort()).toEqual([[first, 'withdrawn'], [view.id, 'submitted']].sort());
});
