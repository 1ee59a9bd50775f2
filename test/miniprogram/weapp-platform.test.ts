import { execSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { createElement, type ReactElement } from 'react';

/**
 * The weapp side of the platform, with WeChat's APIs stood in for: wx.cloud.init gets the build's environment,
 * callFunction's failures reach the page in Chinese, photos come from chooseMedia and are previewed by their temp
 * file path, and the privacy flag, base library and privacy guide match what the code calls.
 */
const taro = {
  cloud: { init: jest.fn(), callFunction: jest.fn() },
  chooseMedia: jest.fn(),
  chooseImage: jest.fn(),
  getFileSystemManager: jest.fn(),
  arrayBufferToBase64: jest.fn(),
  getStorageSync: jest.fn(),
  setStorageSync: jest.fn(),
  removeStorageSync: jest.fn(),
};
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: taro }));
jest.mock('@tarojs/components', () => {
  const { createElement: h } = jest.requireActual('react');
  const host = (tag: string) => (props: Record<string, unknown>) => {
    const { children, id, src } = props;
    return h(tag, { id, src }, children);
  };
  return { Image: host('img'), Text: host('span'), View: host('div') };
});

const ROOT = path.join(__dirname, '../..');
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const saved = { TARO_ENV: process.env.TARO_ENV, TARO_APP_CLOUD_ENV: process.env.TARO_APP_CLOUD_ENV };
beforeEach(() => {
  jest.resetModules();
  for (const f of [taro.cloud.init, taro.cloud.callFunction, taro.chooseMedia, taro.chooseImage, taro.getFileSystemManager]) f.mockReset();
  process.env.TARO_ENV = 'weapp';
  process.env.TARO_APP_CLOUD_ENV = 'yibao-test-1a2b';
});
afterAll(() => {
  process.env.TARO_ENV = saved.TARO_ENV;
  if (saved.TARO_APP_CLOUD_ENV === undefined) delete process.env.TARO_APP_CLOUD_ENV;
  else process.env.TARO_APP_CLOUD_ENV = saved.TARO_APP_CLOUD_ENV;
});

function api() {
  return require('../../miniprogram/services/api') as typeof import('../../miniprogram/services/api');
}

describe('wx.cloud', () => {
  it('is initialised with the build environment from TARO_APP_CLOUD_ENV and traceUser', () => {
    expect(api().initCloud()).toBe(true);
    expect(taro.cloud.init).toHaveBeenCalledWith({ env: 'yibao-test-1a2b', traceUser: true });
  });

  it('without an environment id it is not initialised, and a call says the service is not connected', async () => {
    process.env.TARO_APP_CLOUD_ENV = '';
    const m = api();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(m.initCloud()).toBe(false);
    expect(taro.cloud.init).not.toHaveBeenCalled();
    await expect(m.callFunction('family', { action: 'list' })).rejects.toMatchObject({ code: 'SERVICE_NOT_FOUND' });
    expect(taro.cloud.callFunction).not.toHaveBeenCalled();
  });

  it("a callFunction failure reaches the page as its own Chinese message, the function's envelope as it is", async () => {
    const m = api();
    m.initCloud();
    taro.cloud.callFunction.mockRejectedValueOnce(
      Object.assign(new Error('errCode: -404011 cloud function execution error'), {
        errCode: -404011,
        errMsg: 'cloud.callFunction:fail cloud function service error code -504002, error message Invoking task timed out after 3 seconds',
      }),
    );
    await expect(m.callFunction('applications', { action: 'list' })).rejects.toMatchObject({ code: 'NETWORK', message: '等了太久没有回应，请稍后再试。' });
    taro.cloud.callFunction.mockResolvedValueOnce({ result: { ok: false, code: 'NOT_FOUND', message: '没有这份申请' } });
    await expect(m.callFunction('applications', { action: 'get' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: '没有这份申请' });
    taro.cloud.callFunction.mockResolvedValueOnce({ result: { ok: true, data: [1] } });
    await expect(m.callFunction('applications', { action: 'list' })).resolves.toEqual([1]);
  });
});

/** wx.chooseMedia answers through its callbacks (Taro's weapp layer passes it through without a promise). */
type MediaOptions = { success: (r: unknown) => void; fail: (e: unknown) => void };
function answerChooseMedia(result: unknown) {
  taro.chooseMedia.mockImplementation((o: MediaOptions) => o.success(result));
}
function failChooseMedia(error: unknown) {
  taro.chooseMedia.mockImplementationOnce((o: MediaOptions) => o.fail(error));
}

describe('choosing a photo', () => {
  function image() {
    return require('../../miniprogram/services/image') as typeof import('../../miniprogram/services/image');
  }

  it('uses chooseMedia (chooseImage is retired) and hands back the base64 and the temp file path', async () => {
    answerChooseMedia({ tempFiles: [{ tempFilePath: 'http://tmp/abc.png', size: 68, fileType: 'image' }], type: 'image' });
    taro.getFileSystemManager.mockReturnValue({ readFile: ({ success }: { success: (r: { data: string }) => void }) => success({ data: PNG }) });
    await expect(image().choosePhoto()).resolves.toEqual({ base64: PNG, size: 68, path: 'http://tmp/abc.png' });
    expect(taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] }));
    expect(taro.chooseImage).not.toHaveBeenCalled();
  });

  it('a cancel is nothing; a refused privacy guide or a denied camera says why', async () => {
    failChooseMedia({ errMsg: 'chooseMedia:fail cancel' });
    await expect(image().choosePhoto()).resolves.toBeNull();
    failChooseMedia({ errMsg: 'chooseMedia:fail privacy permission is not authorized', errno: 104 });
    await expect(image().choosePhoto()).rejects.toMatchObject({ code: 'PRIVACY_DENIED', message: expect.stringContaining('隐私保护指引') });
    failChooseMedia({ errMsg: 'chooseMedia:fail api scope is not declared in the privacy agreement', errno: 112 });
    await expect(image().choosePhoto()).rejects.toMatchObject({ code: 'PRIVACY_UNDECLARED' });
    failChooseMedia({ errMsg: 'chooseMedia:fail auth deny' });
    await expect(image().choosePhoto()).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: expect.stringContaining('相机') });
  });

  it('no page calls the retired chooseImage any more', () => {
    const hits = execSync(`grep -rlE "Taro\\.chooseImage|wx\\.chooseImage" miniprogram || true`, { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(hits).toBe('');
  });
});

describe('the claim photo preview', () => {
  it('shows the temp file path, never a data: URI through setData (1 MB per call)', () => {
    // react-dom ships no type declarations here (no @types/react-dom): the one function used, typed by hand.
    const { renderToStaticMarkup } = require('react-dom/server') as { renderToStaticMarkup: (element: ReactElement) => string };
    const { PhotoBox } = require('../../miniprogram/packages/veteran/pages/claim/components/photo-box') as typeof import('../../miniprogram/packages/veteran/pages/claim/components/photo-box');
    const html = renderToStaticMarkup(createElement(PhotoBox, { previewPath: 'http://tmp/sheet.jpg', uploaded: false, busy: false, error: '', onChoose: () => undefined }));
    expect(html).toContain('src="http://tmp/sheet.jpg"');
    expect(html).not.toContain('data:');
    expect(html).toContain('已选好照片，提交时一起上传。');
    const none = renderToStaticMarkup(createElement(PhotoBox, { previewPath: null, uploaded: true, busy: false, error: '', onChoose: () => undefined }));
    expect(none).not.toContain('<img');
    expect(none).toContain('照片已上传。');
  });
});

describe('app.json, project.config.json and the privacy guide', () => {
  it('app.json turns the privacy check on', () => {
    (globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c;
    const config = require('../../miniprogram/app.config').default as Record<string, unknown>;
    expect(config.__usePrivacyCheck__).toBe(true);
  });

  it('project.config.json: minified, and a base library that has what the code calls', () => {
    const project = JSON.parse(readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
    expect(project.setting.minified).toBe(true);
    const version = (v: string) => v.split('.').map(Number).reduce((a, n) => a * 1000 + n, 0);
    expect(project.libVersion).toMatch(/^\d+\.\d+\.\d+$/);
    // requestFacialVerify 3.8.12, onNeedPrivacyAuthorization 2.32.3, chooseMedia 2.10.0.
    expect(version(project.libVersion)).toBeGreaterThanOrEqual(version('3.8.12'));
  });

  it('each build names its CloudBase environment, and declares every TARO_APP_* the code reads', () => {
    // An undeclared one stays `process.env.X` in the bundle: `process` does not exist on a phone or in the browser.
    const read = new Set(execSync(`grep -rhoE "process\\.env\\.TARO_APP_[A-Z0-9_]+" miniprogram || true`, { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).map((m) => m.replace('process.env.', '')));
    expect(read.has('TARO_APP_CLOUD_ENV')).toBe(true);
    for (const file of ['.env.development', '.env.production']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(text).toMatch(/^TARO_APP_CLOUD_ENV=\S+$/m);
      for (const name of read) expect(text).toMatch(new RegExp(`^${name}=`, 'm'));
    }
  });

  it('docs/privacy.md declares every privacy API the code calls and every field it collects', () => {
    const guide = readFileSync(path.join(ROOT, 'docs/privacy.md'), 'utf8');
    const PRIVACY_APIS = ['chooseMedia', 'setClipboardData', 'getClipboardData', 'requestFacialVerify', 'getLocation', 'chooseLocation', 'getPhoneNumber', 'chooseAddress', 'saveImageToPhotosAlbum', 'getUserProfile'];
    const used = PRIVACY_APIS.filter((name) => execSync(`grep -rlE "(Taro|wx)\\.${name}\\b|openType='${name}'" miniprogram || true`, { cwd: ROOT, encoding: 'utf8' }).trim() !== '');
    expect(used).toEqual(expect.arrayContaining(['chooseMedia', 'setClipboardData', 'requestFacialVerify']));
    for (const name of used) expect(guide).toContain(name);
    for (const field of ['姓名', '身份证号', '手机号', '照片', '剪切板', 'openid']) expect(guide).toContain(field);
  });
});
