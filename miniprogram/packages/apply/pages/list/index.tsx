import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { listVerifyNote } from '../../../../models/identity';
import { IDENTITY_URL } from '../../../../models/routes';
import { detailUrl, STEP_URL } from '../../model/routes';
import { listRows, type ListRow } from '../../model/status';
import { getIdentity, listMyApplications } from '../../../../services/applications';
import { backOrRedirect } from '../../../../services/nav';
import '../../apply.css';
import './index.css';

/** 我的申请: what I filed and what a relative filed for me, newest first, each with its status. */
export default function ListPage() {
  const [rows, setRows] = useState<ListRow[] | null>(null);
  const [error, setError] = useState('');
  const [verifyNote, setVerifyNote] = useState('');
  const [more, setMore] = useState<{ cursor: string | null; total: number; busy: boolean }>({ cursor: null, total: 0, busy: false });

  const load = async () => {
    setError('');
    // Not verified yet: what relatives filed for me is not listed, and the page says why. A failed read says nothing.
    void getIdentity()
      .then((status) => setVerifyNote(listVerifyNote(status)))
      .catch(() => setVerifyNote(''));
    try {
      const page = await listMyApplications();
      setRows(listRows(page.items));
      setMore({ cursor: page.nextCursor, total: page.total, busy: false });
    } catch (e) {
      setError(toServiceError(e).message);
    }
  };

  /** The next page, added under the rows already shown. */
  const loadMore = async () => {
    if (!more.cursor || more.busy) return;
    setMore({ ...more, busy: true });
    try {
      const page = await listMyApplications(more.cursor);
      setRows((shown) => [...(shown ?? []), ...listRows(page.items)]);
      setMore({ cursor: page.nextCursor, total: page.total, busy: false });
    } catch (e) {
      setMore({ ...more, busy: false });
      setError(toServiceError(e).message);
    }
  };

  useDidShow(() => void load());

  return (
    <ThemedPage id='apply-list' className='apply-list'>
      <View className='card'>
        <Text className='card-title'>我的申请</Text>
        <Text className='apply-note'>自己办的、替家人办的，以及家人替您办的，都在这里。点开看进度。</Text>
        {verifyNote ? (
          <View id='list-verify' className='list-verify'>
            <Text id='list-verify-note' className='apply-line'>
              {verifyNote}
            </Text>
            <View id='list-verify-go' className='apply-link' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.navigateTo({ url: IDENTITY_URL })}>
              去核验 ›
            </View>
          </View>
        ) : null}
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
          {row.filedBy ? (
            <Text id={`list-item-${row.id}-by`} className='apply-line list-item-by'>
              {row.filedBy}
            </Text>
          ) : null}
          <Text id={`list-item-${row.id}-number`} className='apply-note list-item-number'>
            {row.number}
          </Text>
          <Text className='apply-note'>{row.when}</Text>
        </View>
      ))}
      {rows && more.cursor ? (
        <View id='list-more' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void loadMore()}>
          {more.busy ? '正在读取…' : `显示更多（共 ${more.total} 份，已显示 ${rows.length} 份）`}
        </View>
      ) : null}
      <View className='apply-actions'>
        <View id='list-new' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => backOrRedirect(STEP_URL.choose)}>
          办理新的申请
        </View>
      </View>
    </ThemedPage>
  );
}
