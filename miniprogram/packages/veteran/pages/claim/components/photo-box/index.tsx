import { Image, Text, View } from '@tarojs/components';

/**
 * The 结算单 photo: chosen (shown small, to check it is the right page), uploaded with the claim, or not yet.
 * The preview is the chosen photo's temp file path: a data: URI of the photo would go through setData, whose payload
 * is limited to 1 MB, and a phone photo's base64 alone is larger.
 */
export function PhotoBox(props: { previewPath: string | null; uploaded: boolean; busy: boolean; error: string; onChoose: () => void }) {
  const { previewPath, uploaded, busy, error, onChoose } = props;
  const chosen = previewPath !== null;
  const state = chosen ? '已选好照片，提交时一起上传。' : uploaded ? '照片已上传。' : '还没有选照片。';
  return (
    <View id='claim-photo' className='claim-photo'>
      {chosen ? <Image id='claim-photo-preview' className='claim-photo-preview' mode='aspectFit' src={previewPath} /> : null}
      <Text id='claim-photo-state' className={`vet-line ${chosen || uploaded ? 'claim-photo-state--done' : ''}`}>
        {state}
      </Text>
      <View id='claim-photo-choose' className={`btn ${chosen || uploaded ? 'btn-secondary' : 'btn-primary'}`} hoverClass='btn-hover' ariaRole='button' onClick={busy ? undefined : onChoose}>
        {busy ? '正在读取照片…' : chosen || uploaded ? '换一张' : '拍照或从相册选结算单照片'}
      </View>
      {error ? (
        <Text id='claim-photo-error' className='error-text'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
