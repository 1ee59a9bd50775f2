'use strict';
// The component patch both halves of the plugin apply: index.js merges it into the template (dist/weapp/base.wxml)
// at build time, runtime.js into the runtime's component table in the app. Both must hold the same attributes, since
// Taro names each attribute by its rank in the sorted list (i.p0, i.p1 …). Plain ES5: runtime.js bundles this file
// into the mini-program, which ships without transpiling (project.config.json `es6: false`).
var ARIA = require('./attributes.json');

/** { View: { 'aria-label': '', … }, … }: '' is Taro's "no default value" (the template binds `{{i.pN}}`). */
function ariaComponents() {
  var patch = {};
  ARIA.components.forEach(function (name) {
    var attrs = {};
    ARIA.attributes.forEach(function (attr) {
      attrs[attr] = '';
    });
    patch[name] = attrs;
  });
  return patch;
}

module.exports = { ariaComponents: ariaComponents, ARIA_ATTRIBUTES: ARIA.attributes, ARIA_COMPONENTS: ARIA.components };
