import type { ComputeFunction } from '../functions/types';
import { Envelope, respond } from '../respond';

/**
 * WeChat adds `userInfo` ({ appId, openId }) to every event; the rules' schemas refuse unknown fields, so it is
 * taken off before the payload is read. Identity never comes from the event anyway.
 */
export function payloadOf(event: unknown): unknown {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return event;
  const { userInfo: _platform, ...payload } = event as Record<string, unknown>;
  return payload;
}

/** The `main` of a compute-only cloud function: no SDK, no store, answers in the shared envelope. */
export function computeMain(fn: ComputeFunction): (event: unknown) => Promise<Envelope> {
  return (event) => respond(() => fn.handle(payloadOf(event)));
}
