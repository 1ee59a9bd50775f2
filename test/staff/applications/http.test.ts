/**
 * The application routes behind the real router (server/staff/http.ts): a 随县 reviewer signed in with a real
 * session cannot see or act on 巴中's application (issue 16 "done means"); 巴中's reviewer opens it, reads its photo
 * as bytes with its type, and returns it only with the CSRF token.
 */
import { freshContext } from '../../applications/helpers';
import type { StaffHttpContext } from '../../../server/staff/http';
import { STAFF_APPLICATION_ROUTES } from '../../../server/staff/applications';
import { REVIEWER_PASSWORD, seedUsers, staffClient, testClock } from '../helpers';
import { filed } from './world';
import type { TestContext } from '../../applications/adapters';

let app: TestContext;
let ctx: StaffHttpContext;
beforeEach(async () => {
  const clock = testClock();
  const base = freshContext();
  const at = { at: clock.now() };
  app = Object.assign(base, { clock: at, now: () => at.at });
  ctx = { app, production: false, routes: STAFF_APPLICATION_ROUTES };
  await seedUsers(app);
});
afterEach(() => app.cleanup());

test('随县 cannot see or act on 巴中’s application; 巴中 opens it, reads the photo, returns it with the CSRF token', async () => {
  const r = await filed(app, '2026-12-01T01:00:00.000Z', { region: 'bazhong', area: '通江县' });
  app.clock.at = new Date('2026-12-01T02:00:00.000Z');
  const suixian = staffClient(ctx, '10.0.0.2');
  expect((await suixian.login('wang.sx', REVIEWER_PASSWORD)).status).toBe(200);
  const hidden = await suixian.call('GET', `/applications/${r.id}`);
  expect(hidden.json).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect((await suixian.call('GET', '/applications', undefined, {}, { status: 'all' })).json.data).toMatchObject({ items: [], total: 0 });
  expect((await suixian.call('POST', `/applications/${r.id}/return`, { reason: '请补充' })).json).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect((await suixian.call('POST', `/applications/${r.id}/reveal`, { person: 'principal' })).json).toMatchObject({ ok: false, code: 'NOT_FOUND' });

  const tongjiang = staffClient(ctx, '10.0.0.3');
  await tongjiang.login('li.tj', REVIEWER_PASSWORD);
  const queue = await tongjiang.call('GET', '/applications');
  expect(queue.json.data.items.map((i: { id: string }) => i.id)).toEqual([r.id]);
  const detail = await tongjiang.call('GET', `/applications/${encodeURIComponent(r.number!)}`);
  expect(detail.json.ok).toBe(true);
  const photo = await tongjiang.call('GET', detail.json.data.materials[0].url.replace('/staff/api', ''));
  expect(photo.status).toBe(200);
  expect(photo.headers['content-type']).toBe('image/jpeg');
  expect(photo.body.subarray(0, 2).toString('hex')).toBe('ffd8');
  expect((await suixian.call('GET', detail.json.data.materials[0].url.replace('/staff/api', ''))).json).toMatchObject({ ok: false, code: 'NOT_FOUND' });

  const csrf = tongjiang.csrf;
  tongjiang.csrf = null;
  const forged = await tongjiang.call('POST', `/applications/${r.id}/return`, { reason: '请补充居住证明' });
  expect(forged.json.ok).toBe(false);
  expect((await app.store.getApplication(r.id))!.status).toBe('submitted');
  tongjiang.csrf = csrf;
  const returned = await tongjiang.call('POST', `/applications/${r.id}/return`, { reason: '请补充居住证明' });
  expect(returned.json.data.application.status).toBe('returned');
  expect((await app.store.listAudit(r.id)).pop()!.actor.id).toBe('李经办（li.tj）');
});
