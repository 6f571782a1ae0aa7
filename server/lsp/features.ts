// The LSP features beyond hover and diagnostics, one module each; add a feature here to switch it on.
import type { Feature } from './server';
import { userKnowledgeFeature } from './userKnowledge';
import { conceptSearchFeature } from './conceptSearch';
import { completionFeature } from './completion';
import { workspaceFeature } from './workspace';
import { navigationFeature } from './navigation';
import { codeActionsFeature } from './codeActions';

export const features: Feature[] = [
  userKnowledgeFeature, // first: the index and the checks start with the learner's own knowledge merged in
  conceptSearchFeature,
  completionFeature,
  workspaceFeature,
  navigationFeature,
  codeActionsFeature,
];
