// esbuild plugin: `import knowledge from 'virtual:knowledge'` inlines every knowledge/**/*.yaml as JSON,
// so the bundled server and CLI never read knowledge files at run time.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function loadKnowledgeFiles(root) {
  const read = (dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ file: `${dir}/${f}`, data: parse(readFileSync(join(root, dir, f), 'utf8')) }));
  return { concepts: read('concepts'), facts: safeRead(() => read('facts')) };
}

function safeRead(fn) {
  try {
    return fn();
  } catch (e) {
    if (e.code === 'ENOENT') return [];
    throw e;
  }
}

export function knowledgePlugin(root) {
  return {
    name: 'knowledge',
    setup(build) {
      build.onResolve({ filter: /^virtual:knowledge$/ }, () => ({ path: 'knowledge', namespace: 'knowledge' }));
      build.onLoad({ filter: /.*/, namespace: 'knowledge' }, () => {
        const files = loadKnowledgeFiles(root);
        const watchFiles = [...files.concepts, ...files.facts].map((f) => join(root, f.file));
        return { contents: JSON.stringify(files), loader: 'json', watchFiles };
      });
    },
  };
}
