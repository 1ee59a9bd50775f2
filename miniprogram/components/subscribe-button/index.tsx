import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AskOutcome } from '../../services/messages';

/**
 * A button that asks WeChat for one-time 服务通知 (services/messages.ts). WeChat opens the subscription panel only
 * from a tap, so it is a button, never automatic; where asking is not possible (H5, no template configured) only
 * `note` is shown — where the news will come instead. The answer is said under the button.
 */
export function SubscribeButton({
  id,
  label,
  canAsk,
  ask,
  note,
  className,
}: {
  id: string;
  label: string;
  canAsk: boolean;
  ask: () => Promise<AskOutcome>;
  note: string;
  className: string;
}) {
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  if (!canAsk) {
    return (
      <Text id={`${id}-note`} className={className}>
        {note}
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
          void ask()
            .then((r) => setSaid(r.message))
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </View>
      {said ? (
        <Text id={`${id}-result`} className={className}>
          {said}
        </Text>
      ) : null}
    </View>
  );
}
