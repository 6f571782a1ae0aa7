// One status bar item: indexing progress while the server indexes the workspace, otherwise the number of
// findings in open notes. A click opens the Problems panel.
import * as vscode from 'vscode';
import type { IndexStatusParams } from '../server/lsp/protocol';

const DIAGNOSTIC_SOURCE = 'aws-notes';

export function countFindings(all: readonly [vscode.Uri, readonly vscode.Diagnostic[]][]): number {
  let n = 0;
  for (const [, diagnostics] of all) for (const d of diagnostics) if (d.source === DIAGNOSTIC_SOURCE) n++;
  return n;
}

export class NotesStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('awsNotes.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private indexing: IndexStatusParams | undefined;
  private findings = 0;
  private starting = true;
  private failed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.item.name = vscode.l10n.t('AWS Study Notes');
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(vscode.languages.onDidChangeDiagnostics(() => this.recountSoon()));
    this.findings = countFindings(vscode.languages.getDiagnostics());
    this.render();
    this.item.show();
  }

  /** the server started (or failed to) */
  serverStarted(ok: boolean): void {
    this.starting = false;
    this.failed = !ok;
    if (!ok) this.item.command = 'awsNotes.showOutput';
    this.render();
  }

  indexStatus(status: IndexStatusParams): void {
    this.indexing = status.state === 'indexing' ? status : undefined;
    this.render();
  }

  // diagnostics arrive file by file; count once per burst
  private recountSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.findings = countFindings(vscode.languages.getDiagnostics());
      this.render();
    }, 200);
  }

  private render(): void {
    const item = this.item;
    if (this.failed) {
      item.text = `$(error) ${vscode.l10n.t('AWS Notes')}`;
      item.tooltip = vscode.l10n.t('The AWS Study Notes server did not start. Click to see its log.');
    } else if (this.starting) {
      item.text = `$(loading~spin) ${vscode.l10n.t('AWS Notes')}`;
      item.tooltip = vscode.l10n.t('Starting the AWS Study Notes server…');
    } else if (this.indexing) {
      const { done, total } = this.indexing;
      item.text = `$(sync~spin) ${total ? vscode.l10n.t('AWS Notes: indexing {0}/{1}', done ?? 0, total) : vscode.l10n.t('AWS Notes: indexing')}`;
      item.tooltip = vscode.l10n.t('Indexing the notes of this workspace');
    } else {
      item.text = this.findings ? `$(warning) ${vscode.l10n.t('AWS Notes: {0}', this.findings)}` : `$(check) ${vscode.l10n.t('AWS Notes')}`;
      item.tooltip = this.findings === 1 ? vscode.l10n.t('1 finding in open notes. Click to open Problems.') : vscode.l10n.t('{0} findings in open notes. Click to open Problems.', this.findings);
    }
    item.accessibilityInformation = { label: `${vscode.l10n.t('AWS Study Notes')}: ${typeof item.tooltip === 'string' ? item.tooltip : ''}` };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
