// Access to the running language client for the commands: they wait for it to start and say so plainly
// when it could not.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface ServerAccess {
  /** resolves with the started client; rejects when the server failed to start */
  client(): Promise<LanguageClient>;
  log: vscode.LogOutputChannel;
}

/** Runs a command body, turning any failure into one error message and a log line (never an unhandled rejection). */
export async function guarded<T>(access: ServerAccess, what: string, body: () => Promise<T>): Promise<T | undefined> {
  try {
    return await body();
  } catch (e) {
    access.log.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('AWS Study Notes: {0} failed: {1}', what, e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}
