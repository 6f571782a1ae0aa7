// Test bundles live in $BUILD_DIR/out (default: ./out), built by `node scripts/build.mjs --tests`.
const path = require('node:path');
const out = path.join(process.env.BUILD_DIR || __dirname, 'out');
module.exports = {
  spec: [`${out}/test/**/*.test.js`],
  ignore: [`${out}/test/vscode/**`, `${out}/test/e2e/**`],
  timeout: 60000,
  'enable-source-maps': true,
};
