// The extension manifest, its translations and the client code agree: every command has a title in English
// and Korean, every setting is described, every runtime string is translated, every file it names exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { repoRoot } from '../helpers/paths';

const read = (p: string) => readFileSync(join(repoRoot, p), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls: Record<string, string> = JSON.parse(read('package.nls.json'));
const nlsKo: Record<string, string> = JSON.parse(read('package.nls.ko.json'));
const contributes = manifest.contributes;

/** the text a manifest string shows, in English and Korean */
function localized(value: unknown, where: string): { en: string; ko: string } {
  assert.equal(typeof value, 'string', `${where} is a string`);
  const m = /^%(.+)%$/.exec(value as string);
  if (!m) return { en: value as string, ko: value as string };
  assert.ok(nls[m[1]]?.trim(), `${where}: "${m[1]}" is in package.nls.json`);
  assert.ok(nlsKo[m[1]]?.trim(), `${where}: "${m[1]}" is in package.nls.ko.json`);
  return { en: nls[m[1]], ko: nlsKo[m[1]] };
}

const srcFiles = readdirSync(join(repoRoot, 'src'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(join('src', f)));
const source = srcFiles.join('\n');

describe('extension manifest', () => {
  it('gives every command a title and category in package.nls.json and package.nls.ko.json', () => {
    assert.ok(contributes.commands.length > 0);
    for (const c of contributes.commands) {
      const title = localized(c.title, `${c.command}.title`);
      localized(c.category, `${c.command}.category`);
      assert.notEqual(title.en, title.ko, `${c.command} has a Korean title`);
    }
    const search = contributes.commands.find((c: any) => c.command === 'awsNotes.searchConcepts');
    assert.equal(`${nls[search.category.slice(1, -1)]}: ${nls[search.title.slice(1, -1)]}`, 'AWS Notes: Search Concepts');
  });

  it('registers every contributed command in the client, and contributes every command the client registers', () => {
    const registered = [...source.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = contributes.commands.map((c: any) => c.command).sort();
    assert.deepEqual(registered, contributed);
    for (const menu of Object.values(contributes.menus) as any[]) {
      for (const item of menu) assert.ok(contributed.includes(item.command), `menu item ${item.command} is a contributed command`);
    }
  });

  it('describes every setting in both languages, with an order', () => {
    const properties = Object.entries(contributes.configuration.properties) as [string, any][];
    assert.ok(properties.length > 0);
    localized(contributes.configuration.title, 'configuration.title');
    const orders = new Set<number>();
    for (const [key, p] of properties) {
      assert.match(key, /^awsNotes\./, `${key} is in the awsNotes section`);
      const description = p.markdownDescription ?? p.description;
      assert.ok(description, `${key} has a markdownDescription`);
      localized(description, `${key}.markdownDescription`);
      assert.equal(typeof p.order, 'number', `${key} has an order`);
      assert.ok(!orders.has(p.order), `${key}: order ${p.order} is unique`);
      orders.add(p.order);
      if (p.enum && p.enumDescriptions) {
        assert.equal(p.enumDescriptions.length, p.enum.length, `${key}: one enumDescription per value`);
        p.enumDescriptions.forEach((d: unknown, i: number) => localized(d, `${key}.enumDescriptions[${i}]`));
      }
    }
  });

  it('uses every package.nls key, and both files have the same keys', () => {
    const used = new Set([...read('package.json').matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));
    assert.deepEqual(Object.keys(nlsKo).sort(), Object.keys(nls).sort());
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `package.nls.json key "${key}" is used in package.json`);
    for (const key of used) assert.ok(key in nls, `"%${key}%" has a translation`);
  });

  it('translates every runtime string of the client into Korean (l10n/bundle.l10n.ko.json)', () => {
    assert.equal(manifest.l10n, './l10n');
    const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.ko.json'));
    const strings = new Set([...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'")));
    assert.ok(strings.size > 10);
    for (const s of strings) assert.ok(bundle[s]?.trim(), `Korean translation of "${s}"`);
    for (const key of Object.keys(bundle)) assert.ok(strings.has(key), `bundle entry "${key}" is still used`);
    // placeholders survive translation
    for (const [en, ko] of Object.entries(bundle)) {
      assert.deepEqual([...ko.matchAll(/\{\d\}/g)].map((m) => m[0]).sort(), [...en.matchAll(/\{\d\}/g)].map((m) => m[0]).sort(), en);
    }
  });

  it('names files that exist: icon, grammar, snippets, walkthrough media', () => {
    const icon = readFileSync(join(repoRoot, manifest.icon));
    assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(icon.readUInt32BE(16), 128, 'icon width');
    assert.equal(icon.readUInt32BE(20), 128, 'icon height');
    for (const g of contributes.grammars) assert.ok(existsSync(join(repoRoot, g.path)), g.path);
    for (const s of contributes.snippets) assert.ok(existsSync(join(repoRoot, s.path)), s.path);
    for (const w of contributes.walkthroughs) {
      localized(w.title, `${w.id}.title`);
      localized(w.description, `${w.id}.description`);
      assert.ok(w.steps.length >= 3 && w.steps.length <= 5);
      for (const step of w.steps) {
        localized(step.title, `${step.id}.title`);
        localized(step.description, `${step.id}.description`);
        const media = step.media.markdown ?? step.media.image;
        assert.ok(existsSync(join(repoRoot, media)), media);
      }
    }
  });

  it('packages every file the manifest names, and no sources, tests, maps or knowledge YAML (.vscodeignore)', () => {
    const rules = read('.vscodeignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => ({ negated: l.startsWith('!'), match: picomatch(l.replace(/^!/, ''), { dot: true }) }));
    // like vsce: the last pattern that matches decides
    const packaged = (file: string) => {
      let included = true;
      for (const r of rules) if (r.match(file)) included = r.negated;
      return included;
    };
    const strip = (p: string) => p.replace(/^\.\//, '');
    const named = [
      manifest.main,
      'dist/server.js',
      manifest.icon,
      'package.json',
      'package.nls.json',
      'package.nls.ko.json',
      'l10n/bundle.l10n.ko.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      ...contributes.grammars.map((g: any) => g.path),
      ...contributes.snippets.map((s: any) => s.path),
      ...(contributes.yamlValidation ?? []).map((y: any) => y.url),
      ...contributes.walkthroughs.flatMap((w: any) => w.steps.map((s: any) => s.media.markdown ?? s.media.image)),
    ].map(strip);
    for (const file of named) assert.ok(packaged(file), `${file} is in the .vsix`);
    for (const file of ['src/extension.ts', 'server/lsp/main.ts', 'test/repo/manifest.test.ts', 'dist/extension.js.map', 'dist/cli.js', 'knowledge/concepts/compute.yaml', 'node_modules/yaml/package.json', 'scripts/build.mjs', 'tsconfig.json']) {
      assert.ok(!packaged(file), `${file} stays out of the .vsix`);
    }
  });
});
