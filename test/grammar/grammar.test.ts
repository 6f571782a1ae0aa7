import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { repoRoot } from '../helpers/paths';

// `npm run test:grammar` is the one definition of the grammar tests; `npm test` (mocha) runs it from here.
describe('syntax highlighting grammar', () => {
  it('is up to date with the concept names and highlights the annotated fixtures in test/grammar/*.md', function () {
    this.timeout(120_000);
    const script = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts['test:grammar'];
    assert.ok(script, 'package.json has a test:grammar script');
    const run = spawnSync('sh', ['-c', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(repoRoot, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` },
    });
    // the Markdown grammar names embedded languages we do not load; those warnings are noise
    const output = `${run.stdout}${run.stderr}`.split('\n').filter((l) => !/^grammar not found/.test(l)).join('\n');
    assert.equal(run.status, 0, output);
    assert.doesNotMatch(output, /failed/);
  });
});
