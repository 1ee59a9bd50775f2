import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '../../../../../shared/contract/applications';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { StepBar } from '../../components/step-bar';
import {
  checklistRows,
  checklistSummary,
  CONCERN_TEXT,
  concernedMaterials,
  LIMITS_TEXT,
  photosEditable,
  slotPhotos,
  type SlotPhoto,
} from '../../../../models/materials';
import { STEP_URL } from '../../model/routes';
import { backOrRedirect } from '../../../../services/nav';
import { getApplication } from '../../../../services/applications';
import { loadDraft, useApplyDraft } from '../../services/draft-store';
import { attachPhoto, deletePhoto, materialLinkMap, pickPhoto, replacePhoto } from '../../../../services/image';
import { PhotoStrip } from './components/photo-strip';
import { ReturnNotice } from '../../components/return-notice';
import '../../apply.css';
import './index.css';

/** The words of a failure: ours as they are (they say what to do), the function's through the service errors. */
function messageOf(e: unknown): string {
  return e instanceof Error && !('code' in e) ? e.message : toServiceError(e).message;
}

/**
 * Step 4: the checklist of the application's type, each item ticked once a photo of it is uploaded; each photo shown
 * (tap: full screen), and while the filer still holds the application (draft or returned) deleted or replaced —
 * a returned filing's "第一张是无关照片" is answered by taking that one back, not by adding more (issue 15).
 */
export default function MaterialsPage() {
  const [draft, update] = useApplyDraft();
  const [view, setView] = useState<ApplicationView | null>(null);
  const [links, setLinks] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState('');
  const [busy, setBusy] = useState<{ item: string; label: string } | null>(null);
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const [itemNotes, setItemNotes] = useState<Record<string, string>>({});

  /** The view and its photos' addresses; a failure of the addresses alone leaves the checklist usable. */
  const refresh = async (id: string) => {
    const next = await getApplication(id);
    setView(next);
    setLinks(await materialLinkMap(id).catch(() => ({})));
  };

  const load = async () => {
    const id = loadDraft().serverId;
    if (!id) return;
    setLoadError('');
    try {
      await refresh(id);
    } catch (e) {
      setLoadError(toServiceError(e).message);
    }
  };

  useDidShow(() => void load());

  const say = (item: string, error: string, note = '') => {
    setItemErrors((errs) => ({ ...errs, [item]: error }));
    setItemNotes((notes) => ({ ...notes, [item]: note }));
  };

  /**
   * Picks a photo, then (only then) says 正在上传…; a cancelled picker says nothing. `work` sends the chosen photo.
   * While the picker is open nothing is locked: a picker closed without a word must not leave the slot stuck.
   */
  const withPhoto = async (item: string, work: (photo: { path: string }) => Promise<string>) => {
    if (busy || !view) return;
    say(item, '');
    let photo;
    try {
      photo = await pickPhoto();
    } catch (e) {
      return say(item, messageOf(e));
    }
    if (!photo) return;
    setBusy({ item, label: '正在上传…' });
    try {
      const note = await work(photo);
      await refresh(view.id);
      say(item, '', [photo.compressed ? '照片较大，已自动压缩后上传。' : '', note].filter(Boolean).join(''));
    } catch (e) {
      say(item, messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const upload = (item: string) =>
    withPhoto(item, async (photo) => {
      await attachPhoto({ applicationId: view!.id, item }, photo);
      return '';
    });

  const replace = (item: string, old: SlotPhoto) =>
    withPhoto(item, async (photo) => {
      const done = await replacePhoto({ applicationId: view!.id, item, materialId: old.id }, photo);
      return done === 'replaced' ? `第 ${old.index + 1} 张已换成新照片。` : `新照片已传上，但原来的第 ${old.index + 1} 张没删掉，请再点一次它的"删除"。`;
    });

  const remove = async (item: string, name: string, p: SlotPhoto) => {
    if (busy || !view) return;
    const { confirm } = await Taro.showModal({
      title: '删除这张照片？',
      content: `删除后，${name}的第 ${p.index + 1} 张照片不再提交给经办机构。`,
      confirmText: '删除',
      cancelText: '不删',
    });
    if (!confirm) return;
    say(item, '');
    setBusy({ item, label: '正在删除…' });
    try {
      await deletePhoto({ applicationId: view.id, materialId: p.id });
      await refresh(view.id);
      say(item, '', `第 ${p.index + 1} 张已删除。`);
    } catch (e) {
      say(item, messageOf(e));
      await refresh(view.id).catch(() => undefined);
    } finally {
      setBusy(null);
    }
  };

  const preview = (item: string, index: number) => {
    const urls = slotPhotos(view?.materials.find((m) => m.item === item)?.uploaded ?? [], links)
      .map((p) => p.url)
      .filter((u): u is string => Boolean(u));
    const current = links[view?.materials.find((m) => m.item === item)?.uploaded[index]?.id ?? ''];
    if (urls.length > 0) void Taro.previewImage({ urls, current: current ?? urls[0] });
  };

  if (!draft.serverId) {
    return (
      <ThemedPage id='apply-materials' className='apply-materials'>
        <View className='card'>
          <Text className='card-title'>请先填写申请</Text>
          <View id='mat-back' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => backOrRedirect(STEP_URL.form)}>
            去填写
          </View>
        </View>
      </ThemedPage>
    );
  }

  const rows = view ? checklistRows(view) : [];
  const concerns = view ? concernedMaterials(view) : [];
  const editable = view ? photosEditable(view) : false;

  return (
    <ThemedPage id='apply-materials' className='apply-materials'>
      <ReturnNotice view={view} />
      <StepBar id='mat-step' step={4} />
      <View className='card'>
        <Text className='card-title'>材料清单</Text>
        <Text className='apply-line'>{LIMITS_TEXT}</Text>
        {view ? (
          <Text id='mat-summary' className='apply-line mat-summary'>
            {checklistSummary(rows)}
          </Text>
        ) : null}
      </View>
      {loadError ? (
        <View>
          <Text id='mat-load-error' className='banner-error'>
            {loadError}
          </Text>
          <View className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void load()}>
            再试一次
          </View>
        </View>
      ) : null}
      {!view && !loadError ? <Text className='muted'>正在读取材料清单…</Text> : null}

      {rows.map((row, i) => {
        const concerned = concerns.includes(row.item);
        const photos = slotPhotos(view?.materials.find((m) => m.item === row.item)?.uploaded ?? [], links);
        const mine = busy?.item === row.item;
        return (
          <View key={row.item} id={`mat-${row.item}`} className={`card mat-item ${row.done ? 'mat-item--done' : ''} ${concerned ? 'mat-item--concern' : ''}`}>
            <View className='mat-head'>
              <View className='mat-tick' ariaLabel={row.done ? '已上传' : '未上传'}>
                {row.done ? '✓' : i + 1}
              </View>
              <View className='mat-body'>
                <Text className='mat-name'>{row.name}</Text>
                <Text id={`mat-${row.item}-state`} className={`mat-state ${row.done ? 'mat-state--done' : ''}`}>
                  {row.state}
                </Text>
              </View>
            </View>
            {concerned ? (
              <Text id={`mat-${row.item}-concern`} className='mat-concern'>
                {CONCERN_TEXT}
              </Text>
            ) : null}
            <Text className='apply-note'>依据：{row.source}</Text>
            <PhotoStrip
              item={row.item}
              name={row.name}
              photos={photos}
              editable={editable}
              busy={Boolean(busy)}
              onPreview={(index) => preview(row.item, index)}
              onReplace={(p) => void replace(row.item, p)}
              onDelete={(p) => void remove(row.item, row.name, p)}
            />
            {editable ? (
              <View
                id={`mat-${row.item}-upload`}
                className={`btn ${row.done ? 'btn-secondary' : 'btn-primary'} mat-upload`}
                hoverClass='btn-hover'
                ariaRole='button'
                onClick={() => void upload(row.item)}
              >
                {mine ? busy.label : row.done ? '再传一张' : '拍照或从相册选图片'}
              </View>
            ) : null}
            {itemNotes[row.item] ? (
              <Text id={`mat-${row.item}-note`} className='mat-note'>
                {itemNotes[row.item]}
              </Text>
            ) : null}
            {itemErrors[row.item] ? (
              <Text id={`mat-${row.item}-error`} className='error-text'>
                {itemErrors[row.item]}
              </Text>
            ) : null}
          </View>
        );
      })}

      <View className='apply-actions'>
        <View
          id='mat-next'
          className='btn btn-primary'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => {
            update((d) => ({ ...d, step: 'commit' }));
            Taro.navigateTo({ url: STEP_URL.commit });
          }}
        >
          下一步：签署承诺书
        </View>
      </View>
    </ThemedPage>
  );
}
