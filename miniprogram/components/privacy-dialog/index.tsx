import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { AGREE_BUTTON_ID, agreePrivacy, disagreePrivacy, watchPrivacyPrompt } from './gate';
import './index.css';

/** What the waiting call is for, in words (eventInfo.referrer is the API's name). */
const PURPOSE: Record<string, string> = {
  chooseMedia: '拍照或从相册选材料照片',
  chooseImage: '拍照或从相册选材料照片',
  setClipboardData: '把估算结果复制到剪贴板',
  requestFacialVerify: '人脸核身',
};

/**
 * The custom privacy dialog (小程序隐私协议开发指南, wx.onNeedPrivacyAuthorization): shown only while a privacy API waits
 * for the person's answer; renders nothing otherwise (and always on h5, which has no privacy gate).
 */
export function PrivacyDialog() {
  const [open, setOpen] = useState(false);
  const [referrer, setReferrer] = useState('');

  useEffect(
    () =>
      watchPrivacyPrompt((next, from) => {
        setOpen(next);
        setReferrer(from);
      }),
    [],
  );

  if (!open) return null;
  const purpose = PURPOSE[referrer];
  return (
    <View id='privacy-dialog' className='privacy-mask' catchMove>
      <View className='privacy-box'>
        <Text className='privacy-title'>用户隐私保护提示</Text>
        <Text className='privacy-text'>
          {purpose ? `您要${purpose}。` : ''}
          使用前请阅读《医保明白纸隐私保护指引》：为办理医保和优抚事项，我们处理您填写的姓名、身份证号、手机号，您选的材料照片和您的微信账号标识（openid），不做别的用途。
        </Text>
        <Text id='privacy-open-guide' className='privacy-link' onClick={() => Taro.openPrivacyContract({})}>
          查看《医保明白纸隐私保护指引》
        </Text>
        <View className='privacy-buttons'>
          <Button id='privacy-disagree' className='privacy-button' onClick={disagreePrivacy}>
            不同意
          </Button>
          <Button id={AGREE_BUTTON_ID} className='privacy-button privacy-button--agree' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={agreePrivacy}>
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
