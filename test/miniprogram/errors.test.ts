import { ServiceError, toServiceError } from '../../miniprogram/services/errors';

/**
 * wx.cloud rejects with an Error carrying errCode/errMsg (云开发 错误码); privacy refusals carry errno
 * (小程序隐私协议开发指南); the shapes below are the ones the platform documents and developers report verbatim.
 */
function cloudError(errCode: number, errMsg: string): Error & { errCode: number; errMsg: string } {
  return Object.assign(new Error(`errCode: ${errCode} | errMsg: ${errMsg}`), { errCode, errMsg });
}

describe('toServiceError on platform failures', () => {
  it('keeps a function envelope and a ServiceError as they are', () => {
    const own = new ServiceError('INVALID_INPUT', '身份证号不对', 'idNumber');
    expect(toServiceError(own)).toBe(own);
    expect(toServiceError({ code: 'NOT_FOUND', message: '没有这份申请' })).toMatchObject({ code: 'NOT_FOUND', message: '没有这份申请' });
  });

  it('a payload over the callFunction limit says the photo is too large', () => {
    const e = new Error('cloud.callFunction:fail Error: data exceed max size (callId: 1585894770302-0.75) (trace: 14:19:30 start->14:19:31 system error (Error: data exceed max size), abort); at cloud.callFunction api;');
    expect(toServiceError(e)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('照片太大') });
    expect(toServiceError({ errCode: -403001, errMsg: 'cloud.uploadFile:fail file size exceeds limit' }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(toServiceError({ errCode: -1, errMsg: 'EXCEED_MAX_PAYLOAD_SIZE' }).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a timeout says it waited too long, and stays NETWORK so a submission keeps its request key', () => {
    const wrapped = cloudError(-404011, 'cloud.callFunction:fail requestID 8ffd, cloud function service error code -504002, error message Invoking task timed out after 3 seconds');
    for (const e of [wrapped, cloudError(-504003, 'Invoking task timed out after 3 seconds'), cloudError(-501002, '云端响应超时'), { errMsg: 'request:fail timeout' }]) {
      expect(toServiceError(e)).toMatchObject({ code: 'NETWORK', message: '等了太久没有回应，请稍后再试。' });
    }
  });

  it('a privacy guide not agreed (errno 104) and an API not declared in it (errno 112) are told apart', () => {
    const refused = toServiceError({ errMsg: 'chooseMedia:fail privacy permission is not authorized', errno: 104 });
    expect(refused.code).toBe('PRIVACY_DENIED');
    expect(refused.message).toContain('隐私保护指引');
    expect(refused.message).toContain('同意');
    const undeclared = toServiceError({ errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 });
    expect(undeclared.code).toBe('PRIVACY_UNDECLARED');
    expect(toServiceError({ errno: 112, errMsg: '' }).code).toBe('PRIVACY_UNDECLARED');
  });

  it('a missing function or a wrong environment says the service is not connected', () => {
    const cases = [
      cloudError(-404011, 'cloud.callFunction:fail requestID 4ee3, cloud function service error code -501000, error message FunctionName parameter could not be found.; at cloud.callFunction api;'),
      new Error('cloud.callFunction:fail Error: errCode: -501000 | errMsg: [100003] env not exists (2fa6) 更多错误信息请访问:https://docs.cloudbase.net/error-code/basic/INVALID_ENV'),
      cloudError(-404011, 'cloud.callFunction:fail cloud function service error code -501005, error message Environment not found; at cloud.callFunction api;'),
      new Error('cloud.callFunction:fail Error: errCode: -501000 | errMsg: Environment invalid and please check your parameters'),
      cloudError(-1, "Cloud API isn't enabled, please call init first"),
    ];
    for (const e of cases) expect(toServiceError(e)).toMatchObject({ code: 'SERVICE_NOT_FOUND', message: expect.stringContaining('服务没有接通') });
  });

  it('no network says to check the phone network', () => {
    for (const e of [{ errMsg: 'request:fail' }, cloudError(-601003, '系统网络错误'), new TypeError('Failed to fetch')]) {
      expect(toServiceError(e)).toMatchObject({ code: 'NETWORK', message: '网络没有连上，请检查手机网络后再试。' });
    }
  });

  it('a quota or concurrency limit asks to come back later', () => {
    expect(toServiceError(cloudError(-501004, '请求并发数超出环境配额')).code).toBe('BUSY');
  });

  it('a denied camera or album, and a cancelled picker, are recognised', () => {
    expect(toServiceError({ errMsg: 'chooseMedia:fail auth deny' })).toMatchObject({ code: 'PERMISSION_DENIED', message: expect.stringContaining('相机') });
    expect(toServiceError({ errMsg: 'chooseMedia:fail system permission denied' }).code).toBe('PERMISSION_DENIED');
    expect(toServiceError({ errMsg: 'chooseMedia:fail cancel' }).code).toBe('CANCELLED');
    expect(toServiceError({ errMsg: 'cancel' }).code).toBe('CANCELLED');
  });

  it('an unknown cloud error names its code; only an unrecognisable failure is "网络不稳定"', () => {
    expect(toServiceError(cloudError(-501001, '云端系统错误')).message).toBe('服务暂时出了问题（错误码 -501001），请稍后再试。');
    expect(toServiceError(cloudError(-404011, 'cloud function execution error')).message).toBe('服务处理时出了错，请稍后再试。');
    expect(toServiceError(undefined)).toMatchObject({ code: 'NETWORK', message: '网络不稳定，请稍后再试' });
  });
});
