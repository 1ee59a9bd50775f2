/**
 * The weapp's "有进展时通知我": one wx.requestSubscribeMessage for the three configured templates, its answer reported
 * to the messages function as WeChat gave it; a refusal or a failure says in plain words where news will come.
 */
const taro = { requestSubscribeMessage: jest.fn() };
const callFunction = jest.fn();
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: taro }));
jest.mock('../../miniprogram/services/api', () => ({ callFunction: (...args: unknown[]) => callFunction(...args) }));

type Client = typeof import('../../miniprogram/services/messages');

function load(env: Record<string, string | undefined>): Client {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let client!: Client;
  jest.isolateModules(() => {
    // a fresh copy of the module, reading the environment set above
    client = require('../../miniprogram/services/messages') as Client;
  });
  const current = { ...process.env };
  for (const k of Object.keys(current)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  return client;
}

const WEAPP = { TARO_ENV: 'weapp', TARO_APP_TEMPLATE_RETURNED: 'T-R', TARO_APP_TEMPLATE_ACCEPTED: 'T-A', TARO_APP_TEMPLATE_REJECTED: 'T-X' };

beforeEach(() => {
  taro.requestSubscribeMessage.mockReset();
  callFunction.mockReset();
});

test('asks once for the three templates and reports each answer', async () => {
  const client = load(WEAPP);
  taro.requestSubscribeMessage.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'T-R': 'accept', 'T-A': 'reject', 'T-X': 'ban' });
  callFunction.mockResolvedValue({ accepted: ['returned'] });
  const outcome = await client.askToNotify();
  expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-R', 'T-A', 'T-X'] });
  expect(callFunction).toHaveBeenCalledWith('messages', { action: 'subscribe', results: { 'T-R': 'accept', 'T-A': 'reject', 'T-X': 'ban' } });
  expect(outcome.accepted).toBe(true);
});

test('the main switch turned off (20004) is explained; nothing is reported', async () => {
  const client = load(WEAPP);
  taro.requestSubscribeMessage.mockRejectedValue({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' });
  expect(await client.askToNotify()).toEqual({ accepted: false, message: expect.stringContaining('订阅消息') });
  expect(callFunction).not.toHaveBeenCalled();
});

test('H5, or a weapp built without template ids, never asks: the in-app list only', async () => {
  for (const env of [{ ...WEAPP, TARO_ENV: 'h5' }, { TARO_ENV: 'weapp' }]) {
    const client = load(env);
    expect(client.canAskToNotify()).toBe(false);
    expect((await client.askToNotify()).message).toContain('我的消息');
  }
  expect(taro.requestSubscribeMessage).not.toHaveBeenCalled();
});

test('截止前用微信提醒我 asks for the deadline template alone and reports its answer', async () => {
  const client = load({ ...WEAPP, TARO_APP_TEMPLATE_DEADLINE: 'T-D' });
  expect(client.canAskForDeadline()).toBe(true);
  taro.requestSubscribeMessage.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'T-D': 'accept' });
  callFunction.mockResolvedValue({ accepted: ['deadline'] });
  expect(await client.askForDeadlineReminder()).toEqual({ accepted: true, message: '好的，截止前会通过微信服务通知提醒您一次。' });
  expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-D'] });
  expect(callFunction).toHaveBeenCalledWith('messages', { action: 'subscribe', results: { 'T-D': 'accept' } });
  // The decisions' ask is unchanged by it: still the three, never the deadline's.
  taro.requestSubscribeMessage.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok' });
  await client.askToNotify();
  expect(taro.requestSubscribeMessage).toHaveBeenLastCalledWith({ tmplIds: ['T-R', 'T-A', 'T-X'] });
});

test('without the deadline template (or on H5) it never asks and says the reminder comes in the app', async () => {
  for (const env of [WEAPP, { ...WEAPP, TARO_ENV: 'h5', TARO_APP_TEMPLATE_DEADLINE: 'T-D' }]) {
    const client = load(env);
    expect(client.canAskForDeadline()).toBe(false);
    expect(await client.askForDeadlineReminder()).toEqual({ accepted: false, message: '截止前 60 天内，会在“我的消息”和首页提醒您。' });
  }
  expect(taro.requestSubscribeMessage).not.toHaveBeenCalled();
});
