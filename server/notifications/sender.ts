/**
 * The port a decision's WeChat 服务通知 goes through (subscribeMessage.send). The WeChat implementation is in
 * wechat.ts; the stand-in (stand-in.ts) records what would be sent, for the local product and the tests.
 */
export interface SubscribeSend {
  /** The recipient's openid. */
  touser: string;
  template_id: string;
  /** A page of this mini-program, opened from the card. */
  page: string;
  data: Record<string, { value: string }>;
  /** developer | trial | formal: which version the card opens. */
  miniprogram_state: 'developer' | 'trial' | 'formal';
  lang: 'zh_CN';
}

export type SendOutcome =
  | { ok: true }
  /** 43101: the user refused, or cancelled an earlier subscription; the stored one-time credit is void. */
  | { ok: false; refused: true; errcode: 43101; errmsg: string }
  | { ok: false; refused: false; errcode: number | null; errmsg: string };

export interface SubscribeSender {
  send(message: SubscribeSend): Promise<SendOutcome>;
}

/** WeChat's "the user refused to accept the message" (subscribeMessage.send errcode). */
export const USER_REFUSED = 43101;
