import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '../../../../../shared/contract/applications';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { StepBar } from '../../components/step-bar';
import { checklistRows, checklistSummary, imageProblem, LIMITS_TEXT } from '../../../../models/materials';
import { STEP_URL } from '../../model/routes';
import { backOrRedirect } from '../../../../services/nav';
import { getApplication } from '../../../../services/applications';
import { loadDraft, useApplyDraft } from '../../services/draft-store';
import { attachPhoto, choosePhoto } from '../../../../services/image';
import '../../apply.css';
import './index.css';

/** Step 4: the checklist of the application's type, each item ticked once a photo of it is uploaded. */
export default function MaterialsPage() {
  const [draft, update] = useApplyDraft();
  const [view, setView] = useState<ApplicationView | null>(null);
  const [loadError, setLoadError] = useState('');
  const [busyItem, setBusyItem] = useState('');
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});

  const load = async () => {
    const id = loadDraft().serverId;
    if (!id) return;
    setLoadError('');
    try {
      setView(await getApplication(id));
    } catch (e) {
      setLoadError(toServiceError(e).message);
    }
  };

  useDidShow(() => void load());

  const upload = async (item: string) => {
    if (busyItem || !view) return;
    setItemErrors({ ...itemErrors, [item]: '' });
    setBusyItem(item);
    try {
      const image = await choosePhoto();
      if (!image) return;
      const problem = imageProblem(image.base64, image.size);
      if (problem) throw new Error(problem);
      await attachPhoto({ applicationId: view.id, item }, image);
      setView(await getApplication(view.id));
    } catch (e) {
      const message = e instanceof Error && !('code' in e) ? e.message : toServiceError(e).message;
      setItemErrors((errs) => ({ ...errs, [item]: message }));
    } finally {
      setBusyItem('');
    }
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

  return (
    <ThemedPage id='apply-materials' className='apply-materials'>
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

      {rows.map((row, i) => (
        <View key={row.item} id={`mat-${row.item}`} className={`card mat-item ${row.done ? 'mat-item--done' : ''}`}>
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
          <Text className='apply-note'>依据：{row.source}</Text>
          <View
            id={`mat-${row.item}-upload`}
            className={`btn ${row.done ? 'btn-secondary' : 'btn-primary'} mat-upload`}
            hoverClass='btn-hover'
            ariaRole='button'
            onClick={() => void upload(row.item)}
          >
            {busyItem === row.item ? '正在上传…' : row.done ? '再传一张' : '拍照或从相册选图片'}
          </View>
          {itemErrors[row.item] ? (
            <Text id={`mat-${row.item}-error`} className='error-text'>
              {itemErrors[row.item]}
            </Text>
          ) : null}
        </View>
      ))}

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
