// The bundled knowledge base, inlined at build time by scripts/knowledge-plugin.mjs from knowledge/**/*.yaml.
declare module 'virtual:knowledge' {
  import type { RawKnowledge } from '../server/service/knowledge/types';
  const knowledge: RawKnowledge;
  export default knowledge;
}
