// babel-preset-taro compiles miniprogram/ and, through config's compile.include, the rules in shared/.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
