// The bundles parse with remark as configured, plus one build-time change: micromark's per-call combination
// of syntax extensions is memoised (scripts/micromark-memo-plugin.mjs), which makes parsing a note's many
// small chunks about a third faster. If a micromark update moves the file the plugin looks for, the shim
// silently stops applying and every note parses slower: this catches that.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../helpers/paths';

describe('bundles', () => {
  for (const bundle of ['server.js', 'cli.js', 'index-worker.js']) {
    it(`${bundle} parses with the memoised micromark extension combination`, () => {
      const file = join(distDir, bundle);
      assert.ok(existsSync(file), `${file} is built (npm test builds first)`);
      assert.ok(readFileSync(file, 'utf8').includes('aws-notes: micromark combineExtensions memo'));
    });
  }
});
