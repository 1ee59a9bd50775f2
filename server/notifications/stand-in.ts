import type { SubscribeSend, SubscribeSender } from './sender';

/**
 * The local product and the tests: remembers what WeChat would have been asked to send. `refuse` makes it answer
 * like WeChat when the user has cancelled (43101), so the credit handling can be tested without WeChat.
 */
export function standInSender(options: { refuse?: (m: SubscribeSend) => boolean } = {}): SubscribeSender & { sent: SubscribeSend[] } {
  const sent: SubscribeSend[] = [];
  return {
    sent,
    async send(message) {
      if (options.refuse?.(message)) return { ok: false, refused: true, errcode: 43101, errmsg: 'user refuse to accept the msg' };
      sent.push(message);
      return { ok: true };
    },
  };
}
