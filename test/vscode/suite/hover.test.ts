import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openNote, positionOf } from './editor';

describe('hover in VS Code', () => {
  before(activateExtension);

  it('shows the Korean concept card with its AWS documentation link on "Lambda는"', async () => {
    const doc = await openNote('serverless-ko.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Lambda는', 2));
    const text = hoverText(hovers);
    assert.match(text, /람다/);
    assert.match(text, /docs\.aws\.amazon\.com/);
  });

  it('shows an English card in an English note', async () => {
    const doc = await openNote('networking-en.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Transit Gateway', 3));
    const text = hoverText(hovers);
    assert.match(text, /Transit Gateway/);
    assert.doesNotMatch(text, /[가-힣]{4,}/, 'no Korean prose in an English note\'s card');
  });

  it('shows nothing off a mention', async () => {
    const doc = await openNote('serverless-ko.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '코드를 실행한다', 1));
    assert.equal(hoverText(hovers).trim(), '');
  });
});
