import type { EventEmitter } from 'events';

/**
 * What happens to an error that escaped every boundary — none should (each request is caught where it enters), so
 * this is for a bug. An uncaught exception: log it, stop taking connections, close the store, exit with 1. Node
 * documents the process as unsafe to resume after one, and an exit loses nothing acknowledged (every answer went
 * out after its commit); run the gateway under a supervisor (systemd `Restart=on-failure`) to be back in a second.
 * An unhandled rejection: a promise nobody waited for failed; the work it stood for has already failed and nothing
 * is left half-done on the stack, so it is logged and the gateway keeps serving.
 */
export interface LastResort {
  /** Closes the server and the store. */
  stop(): Promise<void>;
  log(line: string): void;
  exit(code: number): void;
  /** How long `stop` may take before the exit happens anyway. */
  stopDeadlineMs?: number;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function installLastResort(proc: EventEmitter, resort: LastResort): void {
  let exiting = false;
  proc.on('uncaughtException', (error: unknown) => {
    resort.log(`内部错误（网关将退出，请由守护进程重启）：${describe(error)}`);
    if (exiting) return;
    exiting = true;
    const deadline = setTimeout(() => resort.exit(1), resort.stopDeadlineMs ?? 3000);
    deadline.unref();
    resort
      .stop()
      .catch((e) => resort.log(`关闭时出错：${describe(e)}`))
      .finally(() => {
        clearTimeout(deadline);
        resort.exit(1);
      });
  });
  proc.on('unhandledRejection', (reason: unknown) => {
    resort.log(`内部错误（未处理的 Promise，网关继续服务）：${describe(reason)}`);
  });
}
