'use strict';
// Runs in the mini-program before the first render (index.js adds this file to the platform's runtimePath): the
// runtime's component table gets the same aria-* attributes as the template, so `ariaLabel` set on a View is sent
// under the short name (i.pN) the template reads it from. Plain ES5, bundled as it is.
var shared = require('@tarojs/shared');
var ariaComponents = require('./components').ariaComponents;

shared.mergeInternalComponents(ariaComponents());
