import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { askToNotify, canAskToNotify } from '../../../../services/messages';

/**
 * After a submission: "有进展时通知我" asks WeChat for the three one-time 服务通知 (退回, 受理, 不予受理). WeChat opens
 * the panel only from a tap, so it is a button, never automatic. H5 (and a weapp without template ids) shows only
 * where the news will be: 我的消息.
 */
export function NotifyMe({ id }: { id: string }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (!canAskToNotify()) {
    return (
      <Text id={`${id}-note`} className='apply-note'>
        有进展时，会在首页的“我的消息”里告诉您。
      </Text>
    );
  }
  return (
    <View id={id}>
      <View
        id={`${id}-button`}
        className='btn btn-secondary'
        hoverClass='btn-hover'
        ariaRole='button'
        onClick={() => {
          if (busy) return;
          setBusy(true);
          void askToNotify()
            .then((r) => setNote(r.message))
            .finally(() => setBusy(false));
        }}
      >
        有进展时通知我
      </View>
      {note ? (
        <Text id={`${id}-result`} className='apply-note'>
          {note}
        </Text>
      ) : null}
    </View>
  );
}
