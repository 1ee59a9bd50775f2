import { SubscribeButton } from '../../../../components/subscribe-button';
import { askToNotify, canAskToNotify } from '../../../../services/messages';

/**
 * After a submission: "有进展时通知我" asks WeChat for the three one-time 服务通知 (退回, 受理, 不予受理). H5 (and a
 * weapp without template ids) shows only where the news will be: 我的消息.
 */
export function NotifyMe({ id }: { id: string }) {
  return (
    <SubscribeButton
      id={id}
      label='有进展时通知我'
      canAsk={canAskToNotify()}
      ask={askToNotify}
      note='有进展时，会在首页的“我的消息”里告诉您。'
      className='apply-note'
    />
  );
}
