// The language service stays pure: nothing under server/service imports the editor, the LSP connection or a
// Node built-in that reaches the outside world (ARCHITECTURE.md, "Invariants").
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/paths';

const FORBIDDEN = /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:[^'"]+|fs|path|child_process|net|http|https|worker_threads|os)['"]|\brequire\(|\beval\(|new Function\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('keeps server/service free of vscode, LSP, Node I/O and eval', () => {
    const offenders = sources(join(repoRoot, 'server', 'service')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => FORBIDDEN.test(line))
        .map(({ line, i }) => `${relative(repoRoot, file)}:${i + 1}: ${line.trim()}`),
    );
    assert.deepEqual(offenders, []);
  });
});
