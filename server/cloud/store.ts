import type { AppContext } from '../applications/context';
import { cloudbaseApp, cloudbaseConfigFromEnv, CloudbaseConfig, CURRENT_ENV, openCloudbaseStore } from '../store/cloudbase';
import { cloudbaseFileStorage } from '../store/files';
import { createIdCipher } from '../crypto/id-cipher';
import { openIdKey } from '../crypto/key-check';
import type { StoreFunction } from '../functions/types';
import { Envelope, respond } from '../respond';
import { payloadOf } from './compute';

/** Opened once per warm instance: the SDK and the store are reused across calls. */
let opened: Promise<AppContext> | undefined;

/**
 * A cloud function runs in its own environment with the runtime's temporary credentials, which the SDK reads itself
 * (server/store/cloudbase.ts); TCB_ENV and keys are only for running a function's code outside SCF.
 */
function functionConfig(env: NodeJS.ProcessEnv): CloudbaseConfig {
  return cloudbaseConfigFromEnv(env) ?? CURRENT_ENV;
}

export function appContext(env: NodeJS.ProcessEnv): Promise<AppContext> {
  if (!opened) {
    const config = functionConfig(env);
    if (!env.ID_ENCRYPTION_KEY) return Promise.reject(new Error('ID_ENCRYPTION_KEY is not configured'));
    // The key is checked against the store's check value (server/crypto/key-check.ts): a function deployed with
    // another ID_ENCRYPTION_KEY answers INTERNAL and logs why, instead of sealing new numbers under a second key.
    opened = openCloudbaseStore(config).then(async (store) => ({
      store,
      files: cloudbaseFileStorage(config),
      cipher: createIdCipher(await openIdKey(store, { env })),
    }));
    opened.catch(() => (opened = undefined));
  }
  return opened;
}

/**
 * The caller's OPENID as the WeChat cloud context reports it (never the event's). Locally,
 * `WX_CONTEXT_KEYS=WX_OPENID WX_OPENID=...` makes the SDK report that openid.
 */
export function callerOpenid(env: NodeJS.ProcessEnv): string | undefined {
  const sdkApp = cloudbaseApp(functionConfig(env)) as unknown as { auth(): { getUserInfo(): { openId?: string } } };
  const openid = sdkApp.auth().getUserInfo().openId;
  return openid && openid.length > 0 ? openid : undefined;
}

/** The `main` of a cloud function that stores: identity from the platform, store from CloudBase. */
export function storeMain(
  fn: StoreFunction,
  env: NodeJS.ProcessEnv = process.env,
): (event: unknown) => Promise<Envelope> {
  return async (event) => {
    const openid = callerOpenid(env);
    if (!openid) return { ok: false, code: 'UNAUTHENTICATED', message: '无法确认您的微信身份，请在微信小程序中使用' };
    return respond(async () => fn.handle(await appContext(env), { openid }, payloadOf(event)));
  };
}
