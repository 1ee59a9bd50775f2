import Taro from '@tarojs/taro';
import { layoutCard, paintCard, type CardContext } from './layout';
import type { ShareCard } from '../../../../model/share-card';

export const WEAPP_CANVAS_ID = 'share-card-canvas';

/**
 * weapp: the 转发 picture, drawn on the page's hidden `<canvas type="2d">` (components/share-card WeappCardCanvas)
 * and written to a temporary PNG with `canvasToTempFilePath({ canvas })`: WeChat documents that parameter for a
 * canvas node of type 2d (an offscreen canvas is not listed there). 500 × 400, the 5:4 WeChat shows.
 */
export function drawChatImage(card: ShareCard): Promise<string> {
  const layout = layoutCard(card, { kind: 'chat' });
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${WEAPP_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: { width: number; height: number; getContext: (t: '2d') => unknown } }[]) => {
        const canvas = res?.[0]?.node;
        if (!canvas) {
          reject(new Error('no canvas node'));
          return;
        }
        const scale = 2;
        canvas.width = layout.width * scale;
        canvas.height = layout.height * scale;
        paintCard(canvas.getContext('2d') as CardContext, layout, scale);
        Taro.canvasToTempFilePath({
          canvas: canvas as unknown as Taro.canvasToTempFilePath.Option['canvas'],
          fileType: 'png',
          success: (r) => resolve(r.tempFilePath),
          fail: (e) => reject(new Error(e.errMsg)),
        });
      });
  });
}
