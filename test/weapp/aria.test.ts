/**
 * WeChat's 读屏 reads aria-* attributes on components (基础库 2.7.1+, developers.weixin.qq.com/miniprogram/dev/component/
 * aria-component). Taro's weapp template lists none, so config/plugins/weapp-aria adds them; this checks the built
 * dist/weapp (built here when a source is newer, as `npm run check:weapp` does): every aria-* the pages set is in the
 * plugin, every labelled component's template binds them, and a rendered page sends the label under the name its
 * template reads.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ensureWeappBuilt, ROOT, WEAPP } from './built-weapp';
import { findNode, renderPage } from './mini-sandbox';

// eslint-disable-next-line import/no-commonjs -- the plugin is plain CommonJS without types (Taro loads it in Node)
const { ARIA_ATTRIBUTES } = require('../../config/plugins/weapp-aria/components') as { ARIA_ATTRIBUTES: string[] };

/** The attributes WeChat's aria-component page lists (the ones the mini-program may set at all). */
const WECHAT_ARIA = [
  'aria-hidden', 'aria-role', 'aria-label', 'aria-checked', 'aria-disabled', 'aria-describedby', 'aria-expanded',
  'aria-haspopup', 'aria-selected', 'aria-required', 'aria-orientation', 'aria-valuemin', 'aria-valuemax',
  'aria-valuenow', 'aria-readonly', 'aria-multiselectable', 'aria-controls', 'aria-labelledby', 'aria-modal',
  'aria-live', 'aria-atomic', 'aria-relevant',
];

/** The base components the pages put an accessible name or role on (Taro's View, Text, Button, Image, Input). */
const LABELLED_TAGS = ['view', 'text', 'button', 'image', 'input'];

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(p, found);
    else if (/\.tsx?$/.test(entry.name)) found.push(p);
  }
  return found;
}

/** aria-* attributes the pages set: `ariaLabel=` / `ariaLabel:` (Taro's props) and `aria-checked=` / `'aria-label':`. */
function ariaAttributesInSource(): Map<string, string> {
  const seen = new Map<string, string>();
  for (const file of sourceFiles(path.join(ROOT, 'miniprogram'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\baria([A-Z][a-z]+)\s*[=:]/g)) seen.set(`aria-${m[1].toLowerCase()}`, path.relative(ROOT, file));
    for (const m of code.matchAll(/\baria-([a-z]+)['"]?\s*[=:]/g)) seen.set(`aria-${m[1]}`, path.relative(ROOT, file));
  }
  return seen;
}

/** Each `<tag …>` opening in base.wxml with its attributes (name → value). */
function openingTags(wxml: string, tag: string): Map<string, string>[] {
  return [...wxml.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map((m) => new Map([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

/** Taro's pure-view and click-view templates carry only style and class (a View with any other prop is not one). */
function carriesProps(attrs: Map<string, string>): boolean {
  return [...attrs.keys()].some((name) => !/^(style|class|id|data-sid|bind.*|catch.*)$/.test(name));
}

describe('aria-* on the weapp build', () => {
  let wxml = '';
  beforeAll(() => {
    ensureWeappBuilt();
    wxml = readFileSync(path.join(WEAPP, 'base.wxml'), 'utf8');
  }, 600_000);

  it('covers every aria-* attribute the pages set, each one WeChat documents', () => {
    const used = ariaAttributesInSource();
    expect([...used.keys()].sort()).toEqual(expect.arrayContaining(['aria-checked', 'aria-label', 'aria-role']));
    for (const [attr, file] of used) expect({ attr, file, inPlugin: ARIA_ATTRIBUTES.includes(attr) }).toEqual({ attr, file, inPlugin: true });
    for (const attr of ARIA_ATTRIBUTES) expect(WECHAT_ARIA).toContain(attr);
  });

  it.each(LABELLED_TAGS)('binds every aria-* attribute on each <%s> template of base.wxml', (tag) => {
    const templates = openingTags(wxml, tag).filter(carriesProps);
    expect(templates.length).toBeGreaterThan(0);
    for (const attrs of templates) {
      for (const attr of ARIA_ATTRIBUTES) expect(attrs.get(attr)).toMatch(/^\{\{i\.p\d+\}\}$/);
    }
  });

  it.each([
    { route: 'pages/index/index', id: 'elder-toggle', role: 'switch', checked: 'false', label: '长辈模式，已关闭' },
    { route: 'packages/estimate/pages/form/index', id: 'visit-type-inpatient', role: 'radio', checked: 'true', label: '住院，已选' },
  ])('$route sends #$id its role, state and name under the names its template reads', async ({ route, id, role, checked, label }) => {
    const data = await renderPage(WEAPP, route);
    const node = findNode(data, id);
    expect(node).toBeDefined();
    const template = new RegExp(`<template name="tmpl_0_${String(node?.nn)}">\\s*<view\\s([^>]*)>`).exec(wxml);
    expect(template).not.toBeNull();
    const attrs = new Map([...(template?.[1] ?? '').matchAll(/([\w:-]+)="\{\{i\.(p\d+)\}\}"/g)].map((a) => [a[1], a[2]]));
    const sent = (attr: string) => node?.[attrs.get(attr) ?? 'missing'];
    expect({ role: sent('aria-role'), checked: sent('aria-checked'), label: sent('aria-label') }).toEqual({ role, checked, label });
  });
});
