// What the extension manifest promises for configuration and trust: the schema for .aws-notes files is
// contributed and exists, untrusted workspaces are supported in a limited way with an explanation, the
// settings the service reads are declared, and `npm run fuzz` exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8'));
const nlsKo = JSON.parse(readFileSync(join(repoRoot, 'package.nls.ko.json'), 'utf8'));

describe('extension manifest: configuration and trust', () => {
  it('contributes the .aws-notes JSON Schema through yamlValidation, and ships it', () => {
    const entries = manifest.contributes.yamlValidation as { fileMatch: string; url: string }[];
    assert.ok(entries.some((e) => e.fileMatch === '.aws-notes/*.yaml'));
    for (const e of entries) assert.ok(existsSync(join(repoRoot, e.url)), e.url);
    assert.match(readFileSync(join(repoRoot, '.vscodeignore'), 'utf8'), /^!schemas\/aws-notes\.schema\.json$/m);
  });

  it('supports untrusted workspaces in a limited way and says why, in both languages', () => {
    const u = manifest.capabilities.untrustedWorkspaces;
    assert.equal(u.supported, 'limited');
    const key = /^%(.+)%$/.exec(u.description)![1];
    assert.match(nls[key], /bundled AWS knowledge/);
    assert.match(nlsKo[key], /기본 제공 AWS 지식/);
  });

  it('declares the settings the service and the project config share', () => {
    const props = manifest.contributes.configuration.properties ?? Object.assign({}, ...manifest.contributes.configuration.map((c: any) => c.properties));
    for (const key of ['awsNotes.language', 'awsNotes.factCheck.severity', 'awsNotes.factCheck.severityByKind', 'awsNotes.maxNoteSizeKB', 'awsNotes.include']) {
      assert.ok(props[key], key);
      const d = props[key].markdownDescription ?? props[key].description;
      const k = /^%(.+)%$/.exec(d)?.[1];
      if (k) assert.ok(nls[k] && nlsKo[k], `${key}: description ${k} in both languages`);
    }
    assert.equal(props['awsNotes.maxNoteSizeKB'].default, 2048);
  });

  it('has `npm run fuzz` for the long property run', () => {
    assert.match(manifest.scripts.fuzz, /FUZZ_RUNS=\$\{FUZZ_RUNS:-100000\}/);
    assert.match(manifest.scripts.fuzz, /test\/property/);
  });
});
