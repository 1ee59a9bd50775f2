import type { UserConfigExport } from '@tarojs/cli';

/** `taro build --watch`: readable output, build stats on the console. */
export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
