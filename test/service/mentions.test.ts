import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/service';
import { miniKnowledge } from '../helpers/miniKnowledge';

const service = createLanguageService({ knowledge: miniKnowledge() });
const mentions = (text: string) => service.analyze({ uri: 'mem://note.md', text }).mentions.map((m) => `${m.text}=${m.conceptId}`);

describe('mention recognition', () => {
  it('finds names with Korean particles attached', () => {
    assert.deepEqual(mentions('Lambda는 S3에서 읽고 람다를 SQS로 보낸다'), ['Lambda=lambda', 'S3=s3', '람다=lambda', 'SQS=sqs']);
  });

  it('matches spacing variants of Korean names', () => {
    assert.deepEqual(mentions('보안그룹은 상태 저장, 보안 그룹의 규칙'), ['보안그룹=security-group', '보안 그룹=security-group']);
  });

  it('prefers the longest name', () => {
    assert.deepEqual(mentions('Kinesis Data Streams와 Kinesis, VPC 피어링과 VPC'), [
      'Kinesis Data Streams=kinesis-data-streams',
      'Kinesis=kinesis',
      'VPC 피어링=vpc-peering',
      'VPC=vpc',
    ]);
  });

  it('matches English names in any case but abbreviations and ambiguous words only as written', () => {
    assert.deepEqual(mentions('lambda and LAMBDA, a TGW, tgw, Shield는 and the shield'), ['lambda=lambda', 'LAMBDA=lambda', 'TGW=transit-gateway', 'Shield=shield']);
  });

  it('takes a bare ambiguous word as the service only in Korean context or when the note names the service', () => {
    assert.deepEqual(mentions('Shield the app. Shield는 DDoS 방어'), ['Shield=shield']);
    assert.deepEqual(mentions('Shield the app with care.'), []);
    assert.deepEqual(mentions('- **Shield**: 디도스 방어 서비스'), ['Shield=shield']);
    assert.deepEqual(mentions('AWS Shield protects. Shield Advanced costs more.'), ['AWS Shield=shield', 'Shield=shield']);
  });

  it('does not match inside other words', () => {
    assert.deepEqual(mentions('ES3 S3x xS3 SQSQ 람다식 VPCs'), ['VPCs=vpc']);
  });

  it('skips names glued into identifiers, ARNs, actions and host names', () => {
    assert.deepEqual(mentions('lambda-upload user, my-lambda, arn:aws:lambda, AWS::Lambda::Function, sts:AssumeRole, s3.amazonaws.com, Lambda-based S3-compatible'), [
      'Lambda=lambda',
      'S3=s3',
    ]);
  });

  it('accepts English plurals', () => {
    assert.deepEqual(mentions('two Availability Zones and three AZs in each Region'), ['Availability Zones=availability-zone', 'AZs=availability-zone', 'Region=region']);
  });

  it('ignores code, URLs, link destinations, HTML and front matter', () => {
    const text = [
      '---',
      'title: Lambda notes',
      '---',
      '`S3` inline and [SQS docs](https://x/Lambda) and https://aws.amazon.com/s3/',
      '',
      '```',
      'Lambda in code',
      '```',
      '',
      '    S3 indented code',
      '',
      '<div>VPC in html</div>',
      '',
      '![Lambda image](img.png) 람다 text',
    ].join('\n');
    assert.deepEqual(mentions(text), ['SQS=sqs', '람다=lambda']);
  });

  it('reads "---" after the start of a note as a thematic break, not as front matter', () => {
    const text = '# Notes\n\nintro\n\n---\nLambda between rules\n---\n\n+++\nS3 too\n+++\n';
    assert.deepEqual(mentions(text), ['Lambda=lambda', 'S3=s3']);
  });

  it('finds mentions in headings, list items, tables and emphasis', () => {
    const text = '# Lambda\n\n- **S3** item\n  - nested SQS\n\n| A | B |\n|---|---|\n| VPC | 람다 |\n';
    assert.deepEqual(mentions(text), ['Lambda=lambda', 'S3=s3', 'SQS=sqs', 'VPC=vpc', '람다=lambda']);
  });

  it('reports UTF-16 positions and handles CRLF', () => {
    const analysis = service.analyze({ uri: 'mem://crlf.md', text: '# 제목\r\n\r\n😀 람다는 S3\r\n' });
    const ranges = analysis.mentions.map((m) => analysis.lines.rangeOf(m.start, m.end));
    assert.deepEqual(ranges, [
      { start: { line: 2, character: 3 }, end: { line: 2, character: 5 } },
      { start: { line: 2, character: 7 }, end: { line: 2, character: 9 } },
    ]);
  });
});

describe('hover', () => {
  it('shows the card in the note language and nothing elsewhere', () => {
    const doc = { uri: 'mem://hover.md', text: 'Lambda는 서버리스다' };
    const hover = service.hover(doc, { line: 0, character: 2 });
    assert.ok(hover);
    assert.match(hover.contents, /람다 \(AWS Lambda\)/);
    assert.match(hover.contents, /람다 요약/);
    assert.match(hover.contents, /\[AWS 문서\]\(https:\/\/docs\.aws\.amazon\.com\/lambda\)/);
    assert.equal(service.hover(doc, { line: 0, character: 12 }), null);
    const en = service.hover({ uri: 'mem://hover-en.md', text: 'Lambda runs code' }, { line: 0, character: 1 });
    assert.match(en!.contents, /AWS Lambda summary/);
  });
});
