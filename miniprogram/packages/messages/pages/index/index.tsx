import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { listMessages, markAllMessagesRead, markMessageRead } from '../../../../services/messages';
import { messageRows, type MessageRow } from '../../model/rows';
import './index.css';

/**
 * 我的消息: what the office decided on the applications this account can see, newest first, a page at a time. A
 * message opened from WeChat's 服务通知 (`?id=`) is marked read; tapping one marks it read and opens the application.
 */
export default function MessagesPage() {
  const router = useRouter();
  const opened = router.params.id ?? '';
  const [rows, setRows] = useState<MessageRow[] | null>(null);
  const [error, setError] = useState('');
  const [unread, setUnread] = useState(0);
  const [more, setMore] = useState<{ cursor: string | null; total: number; busy: boolean }>({ cursor: null, total: 0, busy: false });

  const load = async () => {
    setError('');
    try {
      if (opened) await markMessageRead(opened).catch(() => undefined);
      const page = await listMessages();
      setRows(messageRows(page.items));
      setUnread(page.unread);
      setMore({ cursor: page.nextCursor, total: page.total, busy: false });
    } catch (e) {
      setError(toServiceError(e).message);
    }
  };

  const loadMore = async () => {
    if (!more.cursor || more.busy) return;
    setMore({ ...more, busy: true });
    try {
      const page = await listMessages(more.cursor);
      setRows((shown) => [...(shown ?? []), ...messageRows(page.items)]);
      setUnread(page.unread);
      setMore({ cursor: page.nextCursor, total: page.total, busy: false });
    } catch (e) {
      setMore({ ...more, busy: false });
      setError(toServiceError(e).message);
    }
  };

  const open = async (row: MessageRow) => {
    if (row.unread) {
      setRows((shown) => (shown ?? []).map((r) => (r.id === row.id ? { ...r, unread: false } : r)));
      void markMessageRead(row.id)
        .then((r) => setUnread(r.unread))
        .catch(() => undefined);
    }
    Taro.navigateTo({ url: row.url });
  };

  const readAll = async () => {
    try {
      setUnread((await markAllMessagesRead()).unread);
      setRows((shown) => (shown ?? []).map((r) => ({ ...r, unread: false })));
    } catch (e) {
      setError(toServiceError(e).message);
    }
  };

  useDidShow(() => void load());

  return (
    <ThemedPage id='messages' className='messages'>
      <View className='card'>
        <Text className='card-title'>我的消息</Text>
        <Text id='messages-intro' className='muted'>
          经办机构退回、受理或不予受理您的申请（或家人替您办的申请）时，会在这里告诉您；退回的会写明要改什么。
        </Text>
        {unread > 0 ? (
          <View id='messages-read-all' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void readAll()}>
            全部标为已读（{unread} 条未读）
          </View>
        ) : null}
      </View>
      {error ? (
        <View>
          <Text id='messages-error' className='banner-error'>
            {error}
          </Text>
          <View className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void load()}>
            再试一次
          </View>
        </View>
      ) : null}
      {rows === null && !error ? <Text className='muted'>正在读取…</Text> : null}
      {rows && rows.length === 0 ? (
        <View id='messages-empty' className='card'>
          <Text>还没有消息。</Text>
        </View>
      ) : null}
      {rows?.map((row) => (
        <View
          key={row.id}
          id={`message-${row.id}`}
          className={`card message-item ${row.unread ? 'message-item--unread' : ''}`}
          hoverClass='btn-hover'
          ariaRole='button'
          ariaLabel={`${row.title}${row.unread ? '，未读' : ''}`}
          onClick={() => void open(row)}
        >
          <View className='message-head'>
            <Text className='message-title'>{row.title}</Text>
            {row.unread ? <Text className='message-dot'>未读</Text> : null}
          </View>
          <Text className='message-body'>{row.body}</Text>
          <Text className='muted message-when'>{row.when} · 点开看申请</Text>
        </View>
      ))}
      {rows && more.cursor ? (
        <View id='messages-more' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void loadMore()}>
          {more.busy ? '正在读取…' : `显示更多（共 ${more.total} 条，已显示 ${rows.length} 条）`}
        </View>
      ) : null}
    </ThemedPage>
  );
}
