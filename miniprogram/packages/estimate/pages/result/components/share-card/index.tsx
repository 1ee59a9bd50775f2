import { Button, Canvas, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ShareCard } from '../../../../model/share-card';
import { canShareCard, downloadCard, drawCardImage, shareCardFile, type CardImage } from './browser';
import { WEAPP_CANVAS_ID } from './weapp';
import './index.css';

const isWeapp = process.env.TARO_ENV === 'weapp';

/**
 * 分享给家人. weapp: the button opens WeChat's 转发 (the page's useShareAppMessage gives the title, the path that reopens
 * this result and the card picture drawn on the hidden canvas here). H5: the card is drawn as a PNG and shown in a
 * sheet, to save (download) or, where the browser shares files, to send with the phone's share sheet.
 */
export function ShareButton(props: { card: ShareCard; title: string; elder: boolean }) {
  const { card, title, elder } = props;
  const [open, setOpen] = useState(false);
  if (isWeapp) {
    return (
      <View className='share-card-weapp'>
        <Button id='result-share' className='btn btn-primary share-card-button' openType='share' ariaLabel='分享给家人：转发这张估算卡片'>
          分享给家人
        </Button>
        <Canvas type='2d' id={WEAPP_CANVAS_ID} className='share-card-canvas' />
      </View>
    );
  }
  return (
    <View>
      <View id='result-share' className='btn btn-primary share-card-button' hoverClass='btn-hover' ariaRole='button' onClick={() => setOpen(true)}>
        分享给家人
      </View>
      {open ? <ShareSheet card={card} title={title} elder={elder} onClose={() => setOpen(false)} /> : null}
    </View>
  );
}

function ShareSheet(props: { card: ShareCard; title: string; elder: boolean; onClose: () => void }) {
  const { card, title, elder, onClose } = props;
  const [image, setImage] = useState<CardImage | null>(null);
  const [failed, setFailed] = useState('');
  const fileName = `医保估算-${card.date.replace('结算日期 ', '')}.png`;
  useEffect(() => {
    let live = true;
    let made: CardImage | null = null;
    drawCardImage(card, elder)
      .then((img) => {
        made = img;
        if (live) setImage(img);
        else URL.revokeObjectURL(img.url);
      })
      .catch(() => {
        if (live) setFailed('这个浏览器没能画出卡片，请用“复制结果”把文字发给家人。');
      });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made.url);
    };
  }, [card, elder]);
  const systemShare = image !== null && canShareCard(image, fileName);
  const share = () => {
    if (!image) return;
    shareCardFile(image, fileName, title).catch((e: unknown) => {
      // Closing the share sheet is not a failure.
      if (e instanceof Error && e.name === 'AbortError') return;
      Taro.showToast({ title: '没能打开分享，请先保存图片再发送', icon: 'none' });
    });
  };
  return (
    <View id='share-sheet' className='share-sheet' ariaRole='dialog' ariaLabel='分享给家人'>
      <View className='share-sheet-panel'>
        <Text className='card-title'>分享给家人</Text>
        <Text className='muted share-sheet-intro'>这张卡片写着这次估算的结果。保存到手机后，可以在微信里发给家人。</Text>
        {image ? (
          <Image
            id='share-card-image'
            className='share-card-image'
            src={image.url}
            mode='widthFix'
            // H5: the name goes on the <img> itself (an aria-label on Taro's wrapper element is not read).
            nativeProps={{ alt: `估算卡片：${card.title}，${card.headlineLabel} ${card.headline}，${card.fundTotal}，${card.date}` }}
          />
        ) : (
          <Text id='share-card-status' className='muted'>
            {failed || '正在画卡片…'}
          </Text>
        )}
        <View className='btn-row share-sheet-actions'>
          {image ? (
            <View id='share-card-save' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => downloadCard(image, fileName)}>
              保存图片
            </View>
          ) : null}
          {systemShare ? (
            <View id='share-card-system' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={share}>
              用手机分享
            </View>
          ) : null}
        </View>
        <View id='share-card-close' className='btn btn-secondary share-sheet-close' hoverClass='btn-hover' ariaRole='button' onClick={onClose}>
          关闭
        </View>
      </View>
    </View>
  );
}
