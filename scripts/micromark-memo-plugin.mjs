// Points micromark's parser (micromark/lib/parse.js) at scripts/shims/combine-extensions-memo.mjs instead of
// micromark-util-combine-extensions; see the shim for why. Everything else resolves as usual.
import { fileURLToPath } from 'node:url';

const shim = fileURLToPath(new URL('./shims/combine-extensions-memo.mjs', import.meta.url));

export function micromarkMemoPlugin() {
  return {
    name: 'micromark-combine-memo',
    setup(build) {
      build.onResolve({ filter: /^micromark-util-combine-extensions$/ }, (args) => (/micromark[\\/]lib[\\/]parse\.js$/.test(args.importer) ? { path: shim } : undefined));
    },
  };
}
