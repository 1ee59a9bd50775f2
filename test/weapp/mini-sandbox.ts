/**
 * The built mini-program (dist/weapp) run in a Node sandbox far enough to render one page: WeChat's globals (App,
 * Page, wx) are stand-ins, and the page's setData is recorded. What the test reads is the data Taro's runtime sends
 * to the template, i.e. what base.wxml's bindings (`{{i.p4}}`) see on the phone.
 */
import { readFileSync } from 'fs';
import path from 'path';
import vm from 'vm';

type PageConfig = { onLoad(this: unknown, query: Record<string, string>): void; onShow?(this: unknown): void };
type AppConfig = { onLaunch?(this: unknown, options: unknown): void };

/** Any wx API the page calls answers nothing (no network, no storage); the page renders its first state. */
const inert: unknown = new Proxy(function inertApi() {}, {
  get: (_t, key) => (key === 'then' || typeof key === 'symbol' ? undefined : inert),
  apply: () => undefined,
});

const WX_ANSWERS: Record<string, unknown> = {
  getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 800, pixelRatio: 2, fontSizeSetting: 16, SDKVersion: '3.0.0' }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 800, pixelRatio: 2 }),
  getAppBaseInfo: () => ({ SDKVersion: '3.0.0', fontSizeSetting: 16 }),
  getStorageSync: () => '',
  canIUse: () => true,
};

function setPath(target: Record<string, unknown>, dataPath: string, value: unknown): void {
  const parts = dataPath.replace(/\.?\[(\d+)\]/g, '.$1').split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/** Renders `route` (e.g. 'pages/index/index') of the build in `weappDir`; resolves with the page's data. */
export async function renderPage(weappDir: string, route: string, settleMs = 300): Promise<Record<string, unknown>> {
  const timers = new Set<NodeJS.Timeout>();
  const captured: { app?: AppConfig; pages: PageConfig[] } = { pages: [] };
  const answers: Record<string, unknown> = { ...WX_ANSWERS, nextTick: (f: () => void) => later(f, 0) };
  const wx: Record<string, unknown> = new Proxy(answers, {
    get: (t, key) => (key in t ? t[key as string] : typeof key === 'string' && key !== 'webpackJsonp' ? inert : undefined),
  });
  function later(f: () => void, ms?: number): NodeJS.Timeout {
    const handle = setTimeout(() => {
      timers.delete(handle);
      f();
    }, ms);
    timers.add(handle);
    return handle;
  }
  const context = vm.createContext({
    wx,
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined },
    setTimeout: later,
    clearTimeout: (handle: NodeJS.Timeout) => {
      timers.delete(handle);
      clearTimeout(handle);
    },
    setInterval: () => 0,
    clearInterval: () => undefined,
    App: (config: AppConfig) => (captured.app = config),
    Page: (config: PageConfig) => captured.pages.push(config),
    Component: () => undefined,
    Behavior: (b: unknown) => b,
    getApp: () => captured.app,
    getCurrentPages: () => [],
    requirePlugin: () => inert,
  });
  const modules = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const full = file.endsWith('.js') ? file : `${file}.js`;
    const cached = modules.get(full);
    if (cached) return cached.exports;
    const mod = { exports: {} };
    modules.set(full, mod);
    const code = `(function (require, module, exports) {${readFileSync(full, 'utf8')}\n})`;
    const fn = vm.runInContext(code, context, { filename: full }) as (r: (p: string) => unknown, m: unknown, e: unknown) => void;
    fn((p) => load(path.resolve(path.dirname(full), p)), mod, mod.exports);
    return mod.exports;
  };

  load(path.join(weappDir, 'app.js'));
  captured.app?.onLaunch?.call(captured.app, { path: route, query: {} });
  load(path.join(weappDir, route));
  const config = captured.pages[0];
  if (!config) throw new Error(`${route}.js did not call Page()`);
  const data: Record<string, unknown> = {};
  const page = Object.assign(Object.create(config) as object, {
    route,
    data,
    setData(update: Record<string, unknown>, done?: () => void) {
      for (const key of Object.keys(update)) setPath(data, key, update[key]);
      if (done) later(done, 0);
    },
  });
  config.onLoad.call(page, {});
  config.onShow?.call(page);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  for (const handle of timers) clearTimeout(handle);
  return data;
}

/** The rendered node whose id (`uid`) is `id`, anywhere in the page's data. */
export function findNode(data: unknown, id: string): Record<string, unknown> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const node = data as Record<string, unknown>;
  if (node.uid === id) return node;
  for (const value of Object.values(node)) {
    const found = findNode(value, id);
    if (found) return found;
  }
  return undefined;
}
