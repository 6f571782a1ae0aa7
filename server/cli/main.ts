// `aws-notes`: the same language service as the editor, for the terminal and CI.
import { preferQuickCompiles } from './quickCompiles';
import { runCli } from './run';

preferQuickCompiles();

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`aws-notes: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
