// The language of the extension's own UI (quick picks, cards opened from the palette): the awsNotes.language
// setting when it names one, otherwise VS Code's display language.
import * as vscode from 'vscode';
import type { UiLang } from '../server/lsp/protocol';

export function uiLang(): UiLang {
  const setting = vscode.workspace.getConfiguration('awsNotes').get<string>('language');
  if (setting === 'ko' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
