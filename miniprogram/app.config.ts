/**
 * Pages: the home page alone in the main package; every task in its own subpackage (packages/<task>/pages/*), as in
 * nutui-react's Taro demo, so the main package stays small.
 *
 * No UI library: the pages use Taro's own components plus a few small ones in components/. @nutui/nutui-react-taro
 * would add its runtime and icon font to the main package, and its theme engine buys nothing here: 长辈模式 is a
 * handful of CSS variables on the page root (app.css, theme/), which plain components follow directly.
 */
export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: [
    {
      root: 'packages/estimate',
      pages: ['pages/form/index', 'pages/result/index', 'pages/compare/index', 'pages/year/index'],
    },
    {
      root: 'packages/catalogue',
      pages: ['pages/index/index', 'pages/detail/index'],
    },
    {
      root: 'packages/waiting',
      pages: ['pages/index/index'],
    },
    {
      root: 'packages/apply',
      pages: ['pages/index/index', 'pages/who/index', 'pages/form/index', 'pages/materials/index', 'pages/commit/index', 'pages/list/index', 'pages/detail/index', 'pages/identity/index'],
    },
    {
      root: 'packages/veteran',
      pages: ['pages/index/index', 'pages/claim/index'],
    },
    {
      root: 'packages/messages',
      pages: ['pages/index/index'],
    },
    {
      root: 'packages/help',
      pages: ['pages/index/index'],
    },
    {
      root: 'packages/onething',
      pages: ['pages/index/index'],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/estimate'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f3f5f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '医保明白纸',
    navigationBarTextStyle: 'black',
    // WeChat's default; said explicitly because Taro's H5 router shows its title bar (title, back arrow, home)
    // only when the style is 'default' — without it the H5 build had no title and no way back but the browser's.
    navigationStyle: 'default',
  },
  lazyCodeLoading: 'requiredComponents',
  // 小程序隐私协议开发指南: privacy APIs wait for the 用户隐私保护指引 to be agreed; app.ts answers through the dialog.
  __usePrivacyCheck__: true,
});
