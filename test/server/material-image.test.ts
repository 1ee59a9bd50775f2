/**
 * GET /api/material-image/<id>: a photo shown in the browser from a link the function made after the view's access
 * check. The link is the grant (an <img> sends no session): good for one material, one account, that stored file and
 * a few minutes; anything else is one and the same 404, and what is served has the stored type only, with nosniff.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { LINK_MINUTES } from '../../server/applications/material-read';
import { longTermForFather } from '../applications/helpers';
import { jpegOf } from '../reliability/images';

let gateway: Gateway;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-matimg-'));
  gateway = await startGateway({ dataDir, port: 0, log: () => undefined });
});
afterAll(async () => {
  await gateway.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  gateway.app.now = undefined;
});

async function call(action: string, body: object, session: string): Promise<any> {
  const res = await fetch(`${gateway.url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session': session },
    body: JSON.stringify({ action, ...body }),
  });
  return res.json();
}

async function login(user: string): Promise<string> {
  const res = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/** A draft with `count` photos of residenceProof, uploaded the way the H5 page does it; its links as the function gives them. */
async function draftWithPhotos(session: string, count: number): Promise<{ id: string; links: { id: string; url: string }[] }> {
  const id = (await call('createDraft', { content: longTermForFather() }, session)).data.id as string;
  for (let i = 0; i < count; i++) {
    const ticket = (await call('uploadTicket', { applicationId: id, item: 'residenceProof' }, session)).data;
    const up = await fetch(`${gateway.url}/api/upload-file`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-upload-path': ticket.cloudPath, 'x-session': session },
      body: jpegOf(16 + i * 8, 16),
    });
    const fileId = ((await up.json()) as { data: { fileId: string } }).data.fileId;
    expect((await call('attachMaterial', { applicationId: id, item: 'residenceProof', fileId, requestId: `matimg-${id.slice(-8)}-${i}` }, session)).ok).toBe(true);
  }
  return { id, links: (await call('materialLinks', { applicationId: id }, session)).data.links };
}

const get = (url: string) => fetch(new URL(url, gateway.url));

test('the filer\'s link serves the photo as image/jpeg with nosniff and no caching', async () => {
  const session = await login('matimg-daughter');
  const { links } = await draftWithPhotos(session, 1);
  expect(links[0].url.startsWith('/api/material-image/')).toBe(true);
  const res = await get(links[0].url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/jpeg');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  const body = Buffer.from(await res.arrayBuffer());
  expect(body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
});

test('replayed for another material, by another account, altered, guessed or after expiry: the same 404', async () => {
  const session = await login('matimg-daughter2');
  const { id, links } = await draftWithPhotos(session, 2);
  const [a, b] = links.map((l) => new URL(l.url, gateway.url));
  const other = new URL(a);
  other.pathname = b.pathname;
  const stranger = new URL(a);
  stranger.searchParams.set('a', 'o-someone-else');
  const later = new URL(a);
  later.searchParams.set('e', String(Number(a.searchParams.get('e')) + 3600));
  const guessed = new URL(a);
  guessed.pathname = `/api/material-image/${id}-07`;
  const unsigned = new URL(a.pathname, gateway.url);
  const answers = await Promise.all([other, stranger, later, guessed, unsigned, new URL('/api/material-image/%E0%A4%A', gateway.url)].map((u) => get(u.toString())));
  const bodies = await Promise.all(answers.map((r) => r.text()));
  expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
  expect(new Set(bodies).size).toBe(1);
  expect(answers[0].headers.get('content-type')).toBe('text/plain; charset=utf-8');

  // The genuine link works until its time is up, then is the same 404.
  expect((await get(a.toString())).status).toBe(200);
  gateway.app.now = () => new Date(Date.now() + LINK_MINUTES * 60_000 + 5_000);
  expect((await get(a.toString())).status).toBe(404);
});

test('another account asking for the links gets NOT_FOUND; a deleted photo\'s link is dead', async () => {
  const session = await login('matimg-daughter3');
  const { id, links } = await draftWithPhotos(session, 1);
  const stranger = await login('matimg-stranger');
  expect(await call('materialLinks', { applicationId: id }, stranger)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect(await call('deleteMaterial', { applicationId: id, materialId: links[0].id }, stranger)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect((await call('deleteMaterial', { applicationId: id, materialId: links[0].id }, session)).ok).toBe(true);
  expect((await get(links[0].url)).status).toBe(404);
});
