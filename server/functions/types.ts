import type { AppContext, Identity } from '../applications/context';

/** Pure rules: no identity, no store — its cloud bundle never loads the CloudBase SDK. */
export interface ComputeFunction {
  name: string;
  kind: 'compute';
  handle(event: unknown): unknown;
}

/** Needs the caller's identity (OPENID from the platform, or a signed dev session) and the store. */
export interface StoreFunction {
  name: string;
  kind: 'store';
  handle(app: AppContext, identity: Identity, event: unknown): Promise<unknown>;
}

/**
 * A function the mini-program calls by name. The same definition runs as a WeChat cloud function
 * (cloudfunctions/<name>) and behind the local gateway (POST /api/<name>).
 */
export type FunctionDef = ComputeFunction | StoreFunction;
