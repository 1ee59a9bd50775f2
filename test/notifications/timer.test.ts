/**
 * The messages function's 定时触发器 entry (server/cloud/timer.ts): only the platform's timer event, with no caller,
 * runs the reminder; a phone that sends the same shape is refused before anything is opened.
 */
import { timerMain } from '../../server/cloud/timer';

const saved = { keys: process.env.WX_CONTEXT_KEYS, openid: process.env.WX_OPENID };
afterEach(() => {
  for (const [name, value] of [['WX_CONTEXT_KEYS', saved.keys], ['WX_OPENID', saved.openid]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

test('a call from the mini-program (it carries an OPENID) is FORBIDDEN, timer-shaped or not', async () => {
  const run = jest.fn(async () => 1);
  // The SDK reports the caller from the runtime's own environment, as SCF sets it for a callFunction.
  Object.assign(process.env, { WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: 'o-phone' });
  const main = timerMain(run, process.env);
  const refused = { ok: false, code: 'FORBIDDEN', message: '这个云函数只由定时触发器运行' };
  expect(await main({ Type: 'Timer', TriggerName: 'dailyDeadlines', Time: '2027-05-01T01:00:00Z' })).toEqual(refused);
  expect(await main({ action: 'list' })).toEqual(refused);
  expect(run).not.toHaveBeenCalled();
});

test('without a caller, only the timer event goes on', async () => {
  delete process.env.WX_CONTEXT_KEYS;
  delete process.env.WX_OPENID;
  const run = jest.fn(async () => 1);
  const main = timerMain(run, process.env);
  expect(await main({ Type: 'Cron' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await main(undefined)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(run).not.toHaveBeenCalled();
});
