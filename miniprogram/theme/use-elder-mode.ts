import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { parseStoredChoice, resolveElderMode, type WechatFont } from './elder';

const STORAGE_KEY = 'theme.elder.v1';

let current: boolean | undefined;
const listeners = new Set<(on: boolean) => void>();

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * WeChat's text size where the platform reports one (weapp); undefined in the browser. wx.getAppBaseInfo is the
 * current API (Taro's typings do not list its font fields yet); wx.getSystemInfoSync, deprecated, serves older clients.
 */
function wechatFont(): WechatFont | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined;
  try {
    if (typeof Taro.getAppBaseInfo === 'function') {
      const info = Taro.getAppBaseInfo() as unknown as Record<string, unknown>;
      const font = { fontSizeSetting: numberOrUndefined(info.fontSizeSetting), fontSizeScaleFactor: numberOrUndefined(info.fontSizeScaleFactor) };
      if (font.fontSizeSetting !== undefined || font.fontSizeScaleFactor !== undefined) return font;
    }
    return { fontSizeSetting: numberOrUndefined(Taro.getSystemInfoSync().fontSizeSetting) };
  } catch {
    return undefined;
  }
}

function storedChoice(): boolean | undefined {
  try {
    return parseStoredChoice(Taro.getStorageSync(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** Whether the person chose on the home page (true) or the app follows WeChat's text size (false). */
export function elderModeChosen(): boolean {
  return storedChoice() !== undefined;
}

export function isElderMode(): boolean {
  if (current === undefined) {
    current = resolveElderMode(storedChoice(), wechatFont());
    markDocument(current);
  }
  return current;
}

/**
 * H5's toast, modal and action sheet are built by Taro on document.body, outside every page root, with inline sizes
 * (16 px toast text, 49 px action-sheet rows). A class on <html> lets app.css give them 长辈模式's sizes too. On weapp
 * they are WeChat's own and follow WeChat's text size.
 */
function markDocument(on: boolean): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.documentElement.classList.toggle('elder-mode', on);
}

/** Remembers the choice on the device and re-themes every mounted page at once. */
export function setElderMode(on: boolean): void {
  current = on;
  markDocument(on);
  try {
    Taro.setStorageSync(STORAGE_KEY, on);
  } catch {
    // Storage full or unavailable: the choice holds until the app closes.
  }
  listeners.forEach((listener) => listener(on));
}

/** The theme hook every page root uses: [on, set]. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [elder, setElder] = useState(isElderMode);
  useEffect(() => {
    listeners.add(setElder);
    setElder(isElderMode());
    return () => {
      listeners.delete(setElder);
    };
  }, []);
  return [elder, setElderMode];
}
