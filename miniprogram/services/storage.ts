import Taro from '@tarojs/taro';

/**
 * Device storage (wx storage on weapp, localStorage in the browser). Values go through a parse function on the
 * way out, so an old or damaged entry becomes a default instead of a crash.
 */
export function readStored<T>(key: string, parse: (raw: unknown) => T): T {
  let raw: unknown;
  try {
    raw = Taro.getStorageSync(key);
  } catch {
    raw = undefined;
  }
  return parse(raw === '' ? undefined : raw);
}

export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable: the page keeps working from memory.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // nothing to remove
  }
}
