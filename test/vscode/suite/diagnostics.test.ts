import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsWhen, openNote } from './editor';

describe('diagnostics in VS Code', () => {
  before(activateExtension);

  it('flags the wrong Lambda timeout and the wrong SQS visibility timeout in a Korean note, on their lines', async () => {
    const doc = await openNote('serverless-ko.md');
    const lambdaLine = doc.getText().split('\n').findIndex((l) => l.includes('Lambda 최대 실행 시간 30분'));
    const sqsLine = doc.getText().split('\n').findIndex((l) => l.includes('SQS 가시성 제한 시간 기본값 15분'));
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.range.start.line === lambdaLine) && d.some((x) => x.range.start.line === sqsLine), 'on the Lambda and SQS lines');
    const lambda = diags.find((d) => d.range.start.line === lambdaLine)!;
    assert.match(lambda.message, /15\s*분|900/, 'the Lambda finding names the real limit');
    assert.match(lambda.message, /[가-힣]/, 'a Korean note gets a Korean message');
    assert.ok(lambda.severity <= vscode.DiagnosticSeverity.Warning, 'a wrong fact is at least a warning');
  });

  it('reports in English in an English note and not at all on correct statements', async () => {
    const doc = await openNote('networking-en.md');
    const line = doc.getText().split('\n').findIndex((l) => l.includes('timeout is 30 minutes'));
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.range.start.line === line), 'on the Lambda line');
    const finding = diags.find((d) => d.range.start.line === line)!;
    assert.doesNotMatch(finding.message, /[가-힣]/, 'an English note gets an English message');
    const correct = doc.getText().split('\n').findIndex((l) => l.includes('connects two VPCs one to one'));
    assert.ok(!diags.some((d) => d.range.start.line === correct), 'a correct statement is not flagged');
  });
});
