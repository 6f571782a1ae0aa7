import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './editor';

describe('commands in VS Code', () => {
  before(activateExtension);

  it('registers the concept search command and lists it in the command palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('awsNotes.searchConcepts'));
    const contributed = vscode.extensions.getExtension('aws-study-notes.aws-study-notes')!.packageJSON.contributes.commands as { command: string; title: string }[];
    assert.ok(contributed.some((c) => c.command === 'awsNotes.searchConcepts' && /Search Concepts/.test(c.title)));
  });
});
