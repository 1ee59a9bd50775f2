import type { AppContext } from '../applications/context';
import { Envelope, respond } from '../respond';
import { appContext, callerOpenid } from './store';

/**
 * The `main` of a function run only by its 定时触发器 (config.json `triggers`). The platform's timer event is
 * { Type: 'Timer', TriggerName, Time }; a call from the mini-program always carries the caller's OPENID, so a call
 * with one, or an event of another shape, is refused: nobody starts the run from a phone.
 */
/** The platform's timer event (a mini-program's call may claim the same shape: timerMain refuses it). */
export function isTimerEvent(event: unknown): boolean {
  return !!event && typeof event === 'object' && (event as { Type?: unknown }).Type === 'Timer';
}

export function timerMain<T>(run: (ctx: AppContext) => Promise<T>, env: NodeJS.ProcessEnv = process.env): (event: unknown) => Promise<Envelope<T>> {
  return async (event) => {
    if (!isTimerEvent(event) || callerOpenid(env) !== undefined) return { ok: false, code: 'FORBIDDEN', message: '这个云函数只由定时触发器运行' };
    return respond(async () => run(await appContext(env)));
  };
}
