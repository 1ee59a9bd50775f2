/**
 * The action names of every dispatch-based function, read without changing the server: a test file that needs them
 * mocks server/functions/actions with `spiedActionsModule()`, whose dispatch records each table it is given on the
 * handler it returns. New functions and new actions are then fuzzed without anyone listing them here.
 *
 *   jest.mock('../../server/functions/actions', () => require('./actions-spy').spiedActionsModule());
 */
const NAMES = Symbol.for('yibao.reliability.actionNames');

type Dispatch = (actions: Record<string, unknown>, label: string) => (...args: unknown[]) => unknown;

export function spiedActionsModule(): Record<string, unknown> {
  const real = jest.requireActual('../../server/functions/actions') as { dispatch: Dispatch };
  return {
    ...real,
    dispatch(actions: Record<string, unknown>, label: string) {
      const handler = real.dispatch(actions, label);
      Object.defineProperty(handler, NAMES, { value: Object.keys(actions) });
      return handler;
    },
  };
}

/** The actions a function's handler dispatches on, or [] when it does not dispatch (a compute function). */
export function actionNames(handle: unknown): string[] {
  return ((handle as Record<symbol, string[] | undefined>)[NAMES] ?? []).slice();
}
