// Runs inside the VS Code extension host: mocha over the bundled suite files beside this one.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function run(): Promise<void> {
  // mocha is external to the bundle; load it from the repo (the bundle may live in a BUILD_DIR elsewhere).
  const requireFromRepo = createRequire(join(process.env.AWS_NOTES_REPO ?? process.cwd(), 'package.json'));
  const Mocha = requireFromRepo('mocha');
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
