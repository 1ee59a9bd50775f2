import { RuleError } from '../../shared/errors';
import type { AppContext, Identity } from '../applications/context';

export type Action = (app: AppContext, identity: Identity, payload: unknown) => Promise<unknown>;

/**
 * One cloud function serves several related actions (`{ action, ...payload }`), as WeChat's own samples do: fewer
 * functions to deploy and to keep warm. Unknown actions are refused in Chinese before anything is read.
 */
export function dispatch(actions: Record<string, Action>, label: string) {
  return async (app: AppContext, identity: Identity, event: unknown): Promise<unknown> => {
    if (!event || typeof event !== 'object' || Array.isArray(event)) {
      throw new RuleError('INVALID_INPUT', '请求格式不正确');
    }
    const { action, ...payload } = event as Record<string, unknown>;
    if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(actions, action)) {
      throw new RuleError('INVALID_INPUT', `${label}不支持这个操作`, 'action');
    }
    return actions[action](app, identity, payload);
  };
}
