import { readFileSync } from 'fs';
import path from 'path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { CompressStaticPlugin } from './webpack/compress-static';

/**
 * One Taro configuration for both targets: `taro build --type weapp` → dist/weapp (what project.config.json points
 * WeChat DevTools at) and `--type h5` → dist/h5 (served by the local gateway, used by the browser tests).
 */
const sharedDir = path.resolve(__dirname, '..', 'shared');

/**
 * Dependencies that ship syntax newer than ES5 (zod: classes, const, `?.`, `??`). project.config.json has `es6: false`,
 * so WeChat does not transpile them and iOS before 13.4 cannot load the subpackages that use them: Babel compiles them
 * like our own code. `npm run check:weapp` parses every built file as ES5 and names the file when a new one slips in.
 */
const NEWER_SYNTAX_DEPENDENCIES = ['zod'];
const newerSyntaxDependency = new RegExp(`[\\\\/]node_modules[\\\\/](${NEWER_SYNTAX_DEPENDENCIES.join('|')})[\\\\/]`);

/** The subpackage roots app.config.ts declares (read as text: it calls Taro's global defineAppConfig). */
const SUBPACKAGE_ROOTS = Array.from(
  readFileSync(path.resolve(__dirname, '..', 'miniprogram', 'app.config.ts'), 'utf8').matchAll(/\broot:\s*'([^']+)'/g),
  (m) => m[1].replace(/\/$/, ''),
);
const MAIN_PACKAGE = '';
/** The main-package chunk holding what several subpackages, but not the main package, use. */
const SUBPACKAGES_CHUNK = 'subpackages';
/** The package a weapp chunk ships in: a subpackage root, or '' for the main package (app, home page, comp). */
function weappPackageOf(chunkName: string | null | undefined): string {
  return SUBPACKAGE_ROOTS.find((root) => chunkName?.startsWith(`${root}/`)) ?? MAIN_PACKAGE;
}
type WebpackModule = Parameters<WebpackChunkGraph['getModuleChunksIterable']>[0];
type WebpackChunkGraph = import('webpack').ChunkGraph;

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yibao-mingbaizhi',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'miniprogram',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [
      '@tarojs/plugin-platform-weapp',
      '@tarojs/plugin-platform-h5',
      '@tarojs/plugin-framework-react',
      // WeChat's 读屏 reads aria-* on components; Taro's weapp template drops them without this (config/plugins/weapp-aria).
      ...(process.env.TARO_ENV === 'weapp' ? [path.resolve(__dirname, 'plugins', 'weapp-aria')] : []),
    ],
    // The rules and the wire types (shared/) live outside sourceRoot; pages import them by relative path, the one way
    // tsc, jest (swc), esbuild (the cloud bundles) and Taro all resolve without a path alias of their own.
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // shared/ is TypeScript outside sourceRoot: Taro's script rule only includes sourceRoot by default.
      compile: { include: [sharedDir, (file: string) => newerSyntaxDependency.test(file)] },
      // A module one subpackage uses stays in it (its sub-vendors.js). A module several subpackages use but the home page
      // does not (zod, decimal.js, dayjs, the catalogue tables, components/text-box …) goes once into the main package's
      // subpackages.js: Taro's 智能提取分包依赖 alone would copy it into each of those subpackages' sub-common/, which at
      // issue 17 was 26 % of all the bytes shipped. WeChat's limit is 2 MB per package; test/weapp/budget.test.ts holds
      // ours (scripts/weapp-checks.ts BUDGET) and fails when any module is shipped twice.
      optimizeMainPackage: { enable: true },
      // app.js requires (and app.wxss imports) every common chunk, so a subpackage page finds the shared modules loaded.
      commonChunks: (chunks: string[]) => [...chunks, SUBPACKAGES_CHUNK],
      webpackChain(chain) {
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          cacheGroups: {
            ...(chain.optimization.get('splitChunks')?.cacheGroups ?? {}),
            // Above Taro's sub-vendors (10000) and sub-common (1000) groups; a module the main package also uses already
            // goes to common/vendors/taro by Taro's own groups, so only subpackage-only modules are matched here.
            subpackagesShared: {
              name: SUBPACKAGES_CHUNK,
              priority: 20000,
              // Taro's subpackage pass runs with webpack's default minSize (20 KB); without enforce a small module would be
              // left for the second pass, which refuses to add to a chunk made in the first ("conflicts with existing chunk").
              enforce: true,
              test: (module: WebpackModule, { chunkGraph }: { chunkGraph: WebpackChunkGraph }) => {
                const packages = new Set(Array.from(chunkGraph.getModuleChunksIterable(module), (chunk) => weappPackageOf(chunk.name)));
                return !packages.has(MAIN_PACKAGE) && packages.size >= 2;
              },
            },
          },
        });
        // Taro's terser writes every non-ASCII character as \uXXXX (6 bytes; 3 in UTF-8): the Chinese explanations and
        // catalogue tables were a fifth of the package. WeChat reads code files as UTF-8.
        if (chain.optimization.minimizers.has('terserPlugin')) {
          chain.optimization.minimizer('terserPlugin').tap(([options]) => [
            { ...options, terserOptions: { ...options.terserOptions, output: { ...options.terserOptions?.output, ascii_only: false } } },
          ]);
        }
      },
      // Component styles use their own class names, so the order pages import them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        // Sizes are written in px for a 375-px-wide design (so 18px stays 18px in elder mode); no rpx rewriting.
        pxtransform: { enable: false, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedDir] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      // Taro splits only the entry's chunks; every page is loaded on demand and would carry its own copy of the rules,
      // zod and decimal.js. One shared chunk for what several pages use keeps each page small.
      webpackChain(chain) {
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          cacheGroups: {
            ...(chain.optimization.get('splitChunks')?.cacheGroups ?? {}),
            pagesShared: { chunks: 'async', minChunks: 2, priority: 5, reuseExistingChunk: true, name: false },
          },
        });
        // The home page rides in the entry chunk: loaded as a chunk, its 12 scripts and styles were found only once
        // app.js ran, a second round of requests on a slow phone (issue 17). Webpack then leaves out of the page
        // chunks whatever the entry already holds.
        chain.entry('app').add(path.join(__dirname, '..', 'miniprogram', 'pages', 'index', 'index'));
        // .br and .gz beside each text file, for the gateway's Content-Encoding negotiation (server/gateway/static.ts).
        chain.plugin('compressStatic').use(CompressStaticPlugin);
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
