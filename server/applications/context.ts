import { randomBytes } from 'crypto';
import type { Store } from '../store/store';
import type { FileStorage } from '../store/files';
import type { IdCipher } from '../crypto/id-cipher';
import type { VerificationConfig } from '../identity/sources';

/** Who calls: the openid from the platform (WeChat context or a signed dev session), never from a request body. */
export interface Identity {
  openid: string;
}

/** What every service needs; built once at start-up by the function or the CLI. */
export interface AppContext {
  store: Store;
  cipher: IdCipher;
  files: FileStorage;
  /** Injected so tests control time; defaults to the machine clock. */
  now?: () => Date;
  /** The platform verification sources (server/identity/sources.ts); from the environment when absent. */
  verification?: VerificationConfig;
}

export function nowDate(ctx: AppContext): Date {
  return (ctx.now ?? (() => new Date()))();
}

export function nowIso(ctx: AppContext): string {
  return (ctx.now ?? (() => new Date()))().toISOString();
}

let counter = 0;

/**
 * Ids that sort by creation time (base-36 milliseconds, a per-process counter, random tail): audit entries written
 * in the same millisecond still list in order, and ids are not guessable.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  return `${Date.now().toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomBytes(8).toString('hex')}`;
}
