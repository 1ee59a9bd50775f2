import { Image, Text, View } from '@tarojs/components';
import type { SlotPhoto } from '../../../../../models/materials';

/**
 * The photos of one checklist item: a thumbnail each (tap: full screen), and, while she may still change them, 换一张
 * and 删除 beside it. A photo whose address could not be had shows its number in place of the picture.
 */
export function PhotoStrip(props: {
  item: string;
  name: string;
  photos: SlotPhoto[];
  editable: boolean;
  busy: boolean;
  onPreview: (index: number) => void;
  onReplace: (photo: SlotPhoto) => void;
  onDelete: (photo: SlotPhoto) => void;
}) {
  const { item, name, photos, editable, busy } = props;
  if (photos.length === 0) return null;
  return (
    <View id={`mat-${item}-photos`} className='mat-photos'>
      {photos.map((p) => (
        <View key={p.id} className='mat-photo'>
          {p.url ? (
            <View
              id={`mat-${item}-thumb-${p.index}`}
              className='mat-thumb'
              ariaRole='button'
              ariaLabel={`${name}第 ${p.index + 1} 张，点一下放大看`}
              onClick={() => props.onPreview(p.index)}
            >
              {/* weapp reads ariaLabel; H5 names the <img> itself by its alt, which only nativeProps reaches. */}
              <Image
                className='mat-thumb-img'
                src={p.url}
                mode='aspectFill'
                ariaLabel={`${name}第 ${p.index + 1} 张`}
                nativeProps={{ alt: `${name}第 ${p.index + 1} 张` }}
              />
            </View>
          ) : (
            <View id={`mat-${item}-thumb-${p.index}`} className='mat-thumb mat-thumb--none' ariaLabel={`${name}第 ${p.index + 1} 张，暂时看不到`}>
              <Text>第 {p.index + 1} 张</Text>
            </View>
          )}
          <View className='mat-photo-side'>
            <Text className='mat-photo-no'>第 {p.index + 1} 张</Text>
            {editable ? (
              <View className='mat-photo-actions'>
                <View
                  id={`mat-${item}-replace-${p.index}`}
                  className='btn btn-secondary mat-photo-btn'
                  hoverClass='btn-hover'
                  ariaRole='button'
                  ariaLabel={`${name}第 ${p.index + 1} 张换一张`}
                  onClick={() => !busy && props.onReplace(p)}
                >
                  换一张
                </View>
                <View
                  id={`mat-${item}-delete-${p.index}`}
                  className='btn mat-photo-btn mat-photo-delete'
                  hoverClass='btn-hover'
                  ariaRole='button'
                  ariaLabel={`删除${name}第 ${p.index + 1} 张`}
                  onClick={() => !busy && props.onDelete(p)}
                >
                  删除
                </View>
              </View>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}
