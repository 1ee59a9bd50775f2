import type { AppContext } from '../applications/context';
import { nowDate } from '../applications/context';

/**
 * Expired staff sessions are deleted, not only found dead when their cookie comes back: a session whose owner closed
 * the browser would otherwise stay in the store for good. Each sweep removes at most `SWEEP.batch` (one indexed
 * delete; the next sweep takes the rest), so a backlog never makes one request or one tick slow. Sweeps run at each
 * login (http.ts) and every `SWEEP.everyMs` in the local gateway; the cloud function sweeps at each login.
 */
export const SWEEP = { batch: 100, everyMs: 10 * 60_000 } as const;

export async function sweepExpiredSessions(app: AppContext, batch: number = SWEEP.batch): Promise<number> {
  return app.store.deleteExpiredStaffSessions(nowDate(app).toISOString(), batch);
}

/** The gateway's periodic sweep; `stop` before the store closes. A failed sweep is logged and tried at the next tick. */
export function startSessionSweep(app: AppContext, options: { everyMs?: number; log?: (line: string) => void } = {}): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepExpiredSessions(app)
      .catch((e) => options.log?.(`staff session sweep failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = false;
      });
  }, options.everyMs ?? SWEEP.everyMs);
  // The sweep never keeps a process alive on its own (a CLI, a test).
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
