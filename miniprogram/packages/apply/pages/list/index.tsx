import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { detailUrl, STEP_URL } from '../../model/routes';
import { listRows, type ListRow } from '../../model/status';
import { listMyApplications } from '../../services/applications';
import { backOrRedirect } from '../../services/nav';
import '../../apply.css';
import './index.css';

/** 我的申请: what I filed and what a relative filed for me, newest first, each with its status. */
export default function ListPage() {
  const [rows, setRows] = useState<ListRow[] | null>(null);
  const [error, setError] = useState('');

  const load = async () => {
    setError('');
    try {
      setRows(listRows(await listMyApplications()));
    } catch (e) {
      setError(toServiceError(e).message);
    }
  };

  useDidShow(() => void load());

  return (
    <ThemedPage id='apply-list' className='apply-list'>
      <View className='card'>
        <Text className='card-title'>我的申请</Text>
        <Text className='apply-note'>自己办的、替家人办的，以及家人替您办的，都在这里。点开看进度。</Text>
      </View>
      {error ? (
        <View>
          <Text id='list-error' className='banner-error'>
            {error}
          </Text>
          <View className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void load()}>
            再试一次
          </View>
        </View>
      ) : null}
      {rows === null && !error ? <Text className='muted'>正在读取…</Text> : null}
      {rows && rows.length === 0 ? (
        <View id='list-empty' className='card'>
          <Text className='apply-line'>还没有申请。</Text>
        </View>
      ) : null}
      {rows?.map((row) => (
        <View
          key={row.id}
          id={`list-item-${row.id}`}
          className='card list-item'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => Taro.navigateTo({ url: detailUrl(row.id) })}
        >
          <View className='list-item-head'>
            <Text className='list-item-title'>{row.title}</Text>
            <Text className={`status-badge status-badge--${row.tone} list-item-status`}>{row.status}</Text>
          </View>
          <Text className='apply-note'>
            {row.typeLabel} · {row.role}
          </Text>
          <Text className='apply-note'>{row.when}</Text>
        </View>
      ))}
      <View className='apply-actions'>
        <View id='list-new' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => backOrRedirect(STEP_URL.choose)}>
          办理新的申请
        </View>
      </View>
    </ThemedPage>
  );
}
