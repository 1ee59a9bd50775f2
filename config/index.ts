import path from 'path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

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
      // Modules used only by a subpackage (the rules, zod, decimal.js) go to that subpackage, not the main one. A module
      // several subpackages use but the home page does not (components/text-box, services/applications, models/identity
      // …: the main-package folders are where such pieces live in the source) is copied into each of those
      // subpackages' sub-common/ (Taro's 智能提取分包依赖), not into the main package: measured at issue 13, the
      // pieces the filing and veteran tasks share are about 18 KB of JS per copy, paid once more in the total so the
      // home page's download does not grow. `exclude` would move a module into the main package instead.
      optimizeMainPackage: { enable: true },
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
