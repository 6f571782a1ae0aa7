import knowledge from 'virtual:knowledge';
import { createKnowledgeBase, type KnowledgeBase } from './knowledgeBase';

/** The knowledge base shipped inside the bundle (no file access at run time). */
export function bundledKnowledge(): KnowledgeBase {
  return createKnowledgeBase(knowledge);
}

export const bundledRawKnowledge = knowledge;
