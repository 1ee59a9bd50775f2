import http from 'http';
import type { AddressInfo } from 'net';
import { stableTokenProvider, wechatSubscribeSender, type SubscribeSend } from '../../server/notifications';
import { notificationConfigFromEnv } from '../../server/notifications/config';

/**
 * A local fake of api.weixin.qq.com: the stable-token endpoint and subscribeMessage.send, answering as the
 * documentation says. Nothing leaves the machine.
 */
function fakeWechat(answer: (body: Record<string, unknown>, token: string) => Record<string, unknown>) {
  const requests: { path: string; query: URLSearchParams; body: Record<string, unknown>; contentType?: string }[] = [];
  let issued = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://local');
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      requests.push({ path: url.pathname, query: url.searchParams, body, contentType: req.headers['content-type'] });
      res.setHeader('content-type', 'application/json');
      if (req.method !== 'POST') return res.end(JSON.stringify({ errcode: 43002, errmsg: 'require POST method' }));
      if (url.pathname === '/cgi-bin/stable_token') {
        issued += 1;
        return res.end(JSON.stringify({ access_token: `TOKEN-${issued}`, expires_in: 7200 }));
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send') return res.end(JSON.stringify(answer(body, url.searchParams.get('access_token') ?? '')));
      res.statusCode = 404;
      res.end('{}');
    });
  });
  return new Promise<{ base: string; requests: typeof requests; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ base: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

const message: SubscribeSend = {
  touser: 'o-daughter',
  template_id: 'TPL-RETURNED',
  page: 'packages/messages/pages/index/index?id=m1',
  data: { thing1: { value: '异地就医备案' }, phrase2: { value: '已退回' }, thing3: { value: '请修改：请补充居住证明' }, time4: { value: '2025年6月1日 15:01' } },
  miniprogram_state: 'formal',
  lang: 'zh_CN',
};

describe('subscribeMessage.send against a fake of the WeChat API', () => {
  test('the token comes from stable_token with the AppID and secret; the send is a JSON POST of the documented fields', async () => {
    const api = await fakeWechat(() => ({ errcode: 0, errmsg: 'ok' }));
    try {
      const sender = wechatSubscribeSender({ apiBase: api.base, token: stableTokenProvider({ appId: 'wx-app', appSecret: 's3cret', apiBase: api.base }) });
      expect(await sender.send(message)).toEqual({ ok: true });
      expect(await sender.send(message)).toEqual({ ok: true });
      const [token, send, again] = api.requests;
      expect(token).toMatchObject({ path: '/cgi-bin/stable_token', body: { grant_type: 'client_credential', appid: 'wx-app', secret: 's3cret' } });
      expect(send.path).toBe('/cgi-bin/message/subscribe/send');
      expect(send.query.get('access_token')).toBe('TOKEN-1');
      expect(send.contentType).toBe('application/json');
      expect(send.body).toEqual({
        touser: 'o-daughter',
        template_id: 'TPL-RETURNED',
        page: 'packages/messages/pages/index/index?id=m1',
        data: message.data,
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      });
      // The token is cached: the second send asks for no new one.
      expect(again.path).toBe('/cgi-bin/message/subscribe/send');
      expect(api.requests).toHaveLength(3);
    } finally {
      await api.close();
    }
  });

  test('43101 (user refused) is told apart from other errors', async () => {
    let errcode = 43101;
    const api = await fakeWechat(() => ({ errcode, errmsg: errcode === 43101 ? 'user refuse to accept the msg rid: 1' : 'argument invalid! data.thing3.value' }));
    try {
      const sender = wechatSubscribeSender({ apiBase: api.base, token: async () => 'T' });
      expect(await sender.send(message)).toEqual({ ok: false, refused: true, errcode: 43101, errmsg: 'user refuse to accept the msg rid: 1' });
      errcode = 47003;
      expect(await sender.send(message)).toEqual({ ok: false, refused: false, errcode: 47003, errmsg: 'argument invalid! data.thing3.value' });
    } finally {
      await api.close();
    }
  });

  test('an expired token (42001) is renewed with force_refresh and the send retried once', async () => {
    const api = await fakeWechat((_, token) => (token === 'TOKEN-1' ? { errcode: 42001, errmsg: 'access_token expired' } : { errcode: 0, errmsg: 'ok' }));
    try {
      const sender = wechatSubscribeSender({ apiBase: api.base, token: stableTokenProvider({ appId: 'wx-app', appSecret: 's3cret', apiBase: api.base }) });
      expect(await sender.send(message)).toEqual({ ok: true });
      expect(api.requests.map((r) => r.path)).toEqual([
        '/cgi-bin/stable_token',
        '/cgi-bin/message/subscribe/send',
        '/cgi-bin/stable_token',
        '/cgi-bin/message/subscribe/send',
      ]);
      expect(api.requests[2].body).toMatchObject({ force_refresh: true });
      expect(api.requests[3].query.get('access_token')).toBe('TOKEN-2');
    } finally {
      await api.close();
    }
  });

  test('configuration: template ids from WECHAT_TEMPLATE_*; no AppSecret in production means no sender, the stand-in elsewhere', () => {
    const templates = { WECHAT_TEMPLATE_RETURNED: 'R', WECHAT_TEMPLATE_ACCEPTED: ' A ', WECHAT_TEMPLATE_REJECTED: '' };
    const local = notificationConfigFromEnv({ ...templates });
    expect(local.templates).toEqual({ returned: 'R', accepted: 'A' });
    expect(local.sender).not.toBeNull();
    expect(local.miniprogramState).toBe('formal');
    expect(notificationConfigFromEnv({ ...templates, TENCENTCLOUD_RUNENV: 'SCF' }).sender).toBeNull();
    expect(notificationConfigFromEnv({ WECHAT_MINIPROGRAM_STATE: 'trial' }).miniprogramState).toBe('trial');
  });
});
