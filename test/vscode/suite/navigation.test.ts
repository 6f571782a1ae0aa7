import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openNote, positionOf } from './editor';

type Loc = vscode.Location | vscode.LocationLink;
const uriOf = (l: Loc) => ('targetUri' in l ? l.targetUri : l.uri);

describe('go to definition and references in VS Code', () => {
  before(activateExtension);

  it('goes from a mention of Lambda to its concept card, and the card opens with its text', async () => {
    const doc = await openNote('serverless-ko.md');
    const defs = await vscode.commands.executeCommand<Loc[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Lambda는', 1));
    assert.equal(defs.length, 1);
    const target = uriOf(defs[0]);
    assert.equal(target.scheme, 'aws-notes');
    assert.equal(target.path, '/concepts/lambda.md');
    const card = await vscode.workspace.openTextDocument(target);
    assert.match(card.getText(), /AWS Lambda/);
  });

  it('finds the mentions of Lambda in other notes of the workspace, in both languages', async () => {
    const doc = await openNote('serverless-ko.md');
    // Open the English note too, so references work whether or not the server indexes closed files.
    await openNote('networking-en.md');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Lambda는', 1));
    const files = new Set(refs.map((r) => uriOf(r).fsPath.split(/[\\/]/).pop()));
    assert.ok(files.has('serverless-ko.md'), `references: ${[...files].join(', ')}`);
    assert.ok(files.has('networking-en.md'), `references: ${[...files].join(', ')}`);
    const korean = refs.filter((r) => uriOf(r).fsPath.endsWith('serverless-ko.md')).map((r) => doc.getText(r.range));
    assert.ok(korean.some((t) => t.startsWith('람다')), `Korean spelling 람다 is a reference too: ${korean.join(', ')}`);
  });
});
