/**
 * Stylelint as Taro 4's project template sets it up (`extends: 'stylelint-config-standard'`), over the mini-program's
 * CSS. Run by `npm run lint` (part of `npm test`). Where the standard config asks for something this project does
 * differently on purpose, the rule is configured here, with the reason.
 */
const kebab = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
// `payer-${payer.id}` classes and `--payer-${id}` colours are built from the estimate's payer ids (civilServant,
// largeExpense, …), which are camelCase in the code and on the wire.
const payer = 'payer-[a-z][a-zA-Z0-9]*';
// Taro's H5 builds its toast and action sheet with its own class names (taro__toast, taro-actionsheet__cell): app.css
// resizes them for 长辈模式.
const taroH5 = 'taro(?:__[a-zA-Z]+|-actionsheet__cell)';

/** @type {import('stylelint').Config} */
export default {
  extends: 'stylelint-config-standard',
  ignoreFiles: ['dist/**', 'node_modules/**', 'coverage/**', 'test/artifacts/**'],
  rules: {
    // Classes are kebab-case with BEM modifiers (`.status-badge--ok`, `.field--error`), plus the payer classes.
    'selector-class-pattern': [`^(?:${kebab}(?:--${kebab})?|${payer}|${taroH5})$`, { message: (s) => `Expected class selector "${s}" to be kebab-case, with an optional --modifier` }],
    'custom-property-pattern': [`^(?:${kebab}|${payer})$`, { message: (s) => `Expected custom property "${s}" to be kebab-case` }],
    // `page` is the mini-program's root element (WeChat styles it like `body`).
    'selector-type-no-unknown': [true, { ignoreTypes: ['page'] }],
    // The mini-program runs in WeChat's web views on old phones too: keep colours as rgba(0, 0, 0, 0.5), the
    // notation every one of them reads, instead of the newer rgb(0 0 0 / 50%).
    'color-function-notation': 'legacy',
    'alpha-value-notation': 'number',
    'color-function-alias-notation': null,
    // Same reason: `inset` is newer than top/right/bottom/left (Chrome 87, iOS 14.5).
    'declaration-block-no-redundant-longhand-properties': [true, { ignoreShorthands: ['inset'] }],
  },
};
