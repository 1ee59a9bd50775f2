/**
 * 长辈模式 as data: the figures of 工信部《移动互联网应用（APP）适老化通用设计规范》 that the theme must meet, and the
 * rule that decides whether it is on. Pure (no Taro) so jest can check it; the CSS variables live in app.css.
 */
export const ELDER_CLASS = 'elder';

/** What app.css sets under `.elder`; kept here so a test can hold the stylesheet to the standard. */
export const ELDER_MINIMUMS = { bodyPx: 18, keyFigurePx: 30, touchPx: 60 } as const;

/**
 * WeChat's own text size (我 › 设置 › 通用 › 字体大小), as wx.getAppBaseInfo reports it (fontSizeScaleFactor: 1 at the
 * 标准 size; fontSizeSetting in px, 2.23.4+) or, on older clients, wx.getSystemInfoSync (fontSizeSetting only).
 */
export interface WechatFont {
  fontSizeSetting?: number;
  fontSizeScaleFactor?: number;
}

/** The 标准 size reports 16 px on Android and 17 px on iOS: anything above is a person who asked for larger text. */
export const WECHAT_STANDARD_FONT_PX = 17;

/** A scale factor this far above 1 is one of the larger steps, not rounding. */
const SCALE_ABOVE_STANDARD = 1.05;

/** Whether WeChat reports text larger than its standard size; false where nothing is reported (h5). */
export function wechatAsksLargerText(font: WechatFont | undefined): boolean {
  if (!font) return false;
  if (typeof font.fontSizeScaleFactor === 'number' && font.fontSizeScaleFactor > 0) {
    return font.fontSizeScaleFactor >= SCALE_ABOVE_STANDARD;
  }
  return typeof font.fontSizeSetting === 'number' && font.fontSizeSetting > WECHAT_STANDARD_FONT_PX;
}

/**
 * An explicit choice made on the home page wins; without one, elder mode follows WeChat's font size where the
 * platform reports it (weapp), and is off where it does not (h5).
 */
export function resolveElderMode(stored: boolean | undefined, font: WechatFont | undefined): boolean {
  if (typeof stored === 'boolean') return stored;
  return wechatAsksLargerText(font);
}

export function parseStoredChoice(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function themeClass(elder: boolean, extra?: string): string {
  return ['theme', elder ? ELDER_CLASS : '', extra ?? ''].filter(Boolean).join(' ');
}
