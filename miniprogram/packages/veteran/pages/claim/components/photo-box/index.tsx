import { Image, Text, View } from '@tarojs/components';

/** The 结算单 photo: chosen (shown small, to check it is the right page), uploaded with the claim, or not yet. */
export function PhotoBox(props: { photo: { base64: string; mime: string } | null; uploaded: boolean; busy: boolean; error: string; onChoose: () => void }) {
  const { photo, uploaded, busy, error, onChoose } = props;
  const state = photo ? '已选好照片，提交时一起上传。' : uploaded ? '照片已上传。' : '还没有选照片。';
  return (
    <View id='claim-photo' className='claim-photo'>
      {photo ? <Image id='claim-photo-preview' className='claim-photo-preview' mode='aspectFit' src={`data:${photo.mime};base64,${photo.base64}`} /> : null}
      <Text id='claim-photo-state' className={`vet-line ${photo || uploaded ? 'claim-photo-state--done' : ''}`}>
        {state}
      </Text>
      <View id='claim-photo-choose' className={`btn ${photo || uploaded ? 'btn-secondary' : 'btn-primary'}`} hoverClass='btn-hover' ariaRole='button' onClick={busy ? undefined : onChoose}>
        {busy ? '正在读取照片…' : photo || uploaded ? '换一张' : '拍照或从相册选结算单照片'}
      </View>
      {error ? (
        <Text id='claim-photo-error' className='error-text'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
