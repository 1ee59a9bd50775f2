import { readFileSync } from 'fs';
import path from 'path';
import { ELDER_MINIMUMS, WECHAT_STANDARD_FONT_PX, resolveElderMode, themeClass } from '../../miniprogram/theme/elder';

function block(css: string, selector: string): Record<string, number> {
  const start = css.indexOf(`${selector} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  const vars: Record<string, number> = {};
  for (const m of body.matchAll(/(--[\w-]+):\s*(\d+(?:\.\d+)?)px/g)) vars[m[1]] = Number(m[2]);
  return vars;
}

describe('长辈模式', () => {
  test('an explicit choice wins; otherwise it follows WeChat font size above the standard size', () => {
    expect(resolveElderMode(true, undefined)).toBe(true);
    expect(resolveElderMode(false, { fontSizeSetting: 24 })).toBe(false);
    expect(resolveElderMode(undefined, undefined)).toBe(false);
    expect(resolveElderMode(undefined, { fontSizeSetting: 16 })).toBe(false);
    expect(resolveElderMode(undefined, { fontSizeSetting: WECHAT_STANDARD_FONT_PX })).toBe(false);
    expect(resolveElderMode(undefined, { fontSizeSetting: 20 })).toBe(true);
  });

  test('wx.getAppBaseInfo: the scale factor, where reported, decides over the px size', () => {
    expect(resolveElderMode(undefined, { fontSizeScaleFactor: 1 })).toBe(false);
    expect(resolveElderMode(undefined, { fontSizeScaleFactor: 1.0001, fontSizeSetting: 17 })).toBe(false);
    expect(resolveElderMode(undefined, { fontSizeScaleFactor: 1.25, fontSizeSetting: 17 })).toBe(true);
    expect(resolveElderMode(undefined, { fontSizeScaleFactor: 0.9, fontSizeSetting: 15 })).toBe(false);
    // A zero factor is no report at all: the px size is read instead.
    expect(resolveElderMode(undefined, { fontSizeScaleFactor: 0, fontSizeSetting: 20 })).toBe(true);
    expect(resolveElderMode(false, { fontSizeScaleFactor: 1.4 })).toBe(false);
  });

  test('the theme is a class on the page root', () => {
    expect(themeClass(false, 'page home')).toBe('theme page home');
    expect(themeClass(true, 'page')).toBe('theme elder page');
  });

  test('app.css meets the 适老化 figures under .theme.elder and is larger than the normal theme', () => {
    const css = readFileSync(path.join(__dirname, '../../miniprogram/app.css'), 'utf8');
    const normal = block(css, '.theme');
    const elder = block(css, '.theme.elder');
    expect(elder['--font-body']).toBeGreaterThanOrEqual(ELDER_MINIMUMS.bodyPx);
    expect(elder['--font-small']).toBeGreaterThanOrEqual(ELDER_MINIMUMS.bodyPx);
    expect(elder['--font-key']).toBeGreaterThanOrEqual(ELDER_MINIMUMS.keyFigurePx);
    expect(elder['--touch-min']).toBeGreaterThanOrEqual(ELDER_MINIMUMS.touchPx);
    for (const name of ['--font-small', '--font-body', '--font-title', '--font-figure', '--font-key', '--touch-min']) {
      expect(elder[name]).toBeGreaterThan(normal[name]);
    }
  });
});
