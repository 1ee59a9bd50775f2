import Taro from '@tarojs/taro';
import { ServiceError } from '../../../services/errors';
import { FACE_NOT_DONE, type IdentityStatus } from '../../../models/identity';
import { finishFaceVerify, startFaceVerify } from '../../../services/applications';

/**
 * WeChat 人脸核身 2.0 on the phone (developers.weixin.qq.com, wx.requestFacialVerify): the server asks WeChat for a
 * verifyId bound to the declared name and ID number (getVerifyId), the phone runs the face check with it, and the
 * server reads the real result (queryVerifyInfo) — the phone's own "success" proves nothing by itself.
 * wx.requestFacialVerify exists from base library 3.8.12, has no Promise form, and Taro does not wrap it.
 */
declare const wx: { requestFacialVerify?: (options: { verifyId: string; success?: () => void; fail?: (res: { errMsg?: string; errCode?: number }) => void }) => void };

export const isWeapp = process.env.TARO_ENV === 'weapp';

/** Whether this WeChat can run the face check at all. */
export function canRequestFacialVerify(): boolean {
  if (!isWeapp) return false;
  try {
    return Taro.canIUse('requestFacialVerify') && typeof wx !== 'undefined' && typeof wx.requestFacialVerify === 'function';
  } catch {
    return false;
  }
}

function requestFacialVerify(verifyId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (typeof wx === 'undefined' || typeof wx.requestFacialVerify !== 'function') {
      reject(new ServiceError('UNSUPPORTED', FACE_NOT_DONE));
      return;
    }
    wx.requestFacialVerify({
      verifyId,
      success: () => resolve(),
      // Cancelled, or the face did not match: either way the person may try again or go to a counter.
      fail: () => reject(new ServiceError('FACE_NOT_DONE', FACE_NOT_DONE)),
    });
  });
}

/** The whole round: startFaceVerify → wx.requestFacialVerify → finishFaceVerify, which answers the new status. */
export async function verifyByFace(): Promise<IdentityStatus> {
  const { verifyId } = await startFaceVerify();
  await requestFacialVerify(verifyId);
  return finishFaceVerify(verifyId);
}
