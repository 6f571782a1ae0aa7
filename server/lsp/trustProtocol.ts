// Workspace trust and the learner's own knowledge between client and server (names and shapes only).
// The client passes `initializationOptions.trusted`; in an untrusted workspace the server uses the bundled
// knowledge only and ignores .aws-notes/*.yaml until the client sends `awsNotes/trustChanged`.
import { NotificationType } from 'vscode-languageserver-protocol';

export interface TrustChangedParams {
  trusted: boolean;
}
export const TrustChangedNotification = new NotificationType<TrustChangedParams>('awsNotes/trustChanged');

export interface KnowledgeStatusParams {
  trusted: boolean;
  /** .aws-notes/*.yaml files loaded */
  files: number;
  counts: { aliases: number; concepts: number; facts: number; overrides: number; disabled: number };
  /** problems found in them (shown on the files themselves) */
  problems: number;
  /** one line for a status item or a log, in English */
  message: string;
}
export const KnowledgeStatusNotification = new NotificationType<KnowledgeStatusParams>('awsNotes/knowledgeStatus');
