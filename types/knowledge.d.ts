// The bundled knowledge base, inlined at build time by scripts/knowledge-plugin.mjs from knowledge/**/*.yaml.
declare module 'virtual:knowledge' {
  const knowledge: import('../server/service/knowledge/types').RawKnowledge;
  export default knowledge;
}
