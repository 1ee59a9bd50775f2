'use strict';
// A Taro plugin for the weapp build: WeChat's 读屏 reads aria-role, aria-label and the other aria-* attributes on
// components (基础库 2.7.1+, developers.weixin.qq.com/miniprogram/dev/component/aria-component), but Taro 4.2.1's
// weapp template lists no aria-* attribute, so base.wxml drops the `ariaLabel`/`ariaRole`/`aria-checked` the pages
// set. This does what @tarojs/plugin-inject does with its `components` option (not used: the registry has it only at
// 4.1.11, built against 4.1.11's helper and shared): merge the attributes into the template's component table, and
// the same table into the runtime's, which names each attribute by its place in that table.
const path = require('path');
const { ariaComponents } = require('./components');

const RUNTIME = path.join(__dirname, 'runtime.js');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (platform.platform !== 'weapp') return;
      platform.template.mergeComponents(ctx, ariaComponents());
      const runtimePath = platform.runtimePath;
      platform.runtimePath = Array.isArray(runtimePath) ? [...runtimePath, RUNTIME] : [runtimePath, RUNTIME];
    },
  });
};
