// Bare URLs and email addresses in prose (GFM literal autolinks) are not prose: a service name inside one is
// no mention, and the words around it still are. The autolink syntax is used only for chunks that may hold
// one (server/service/parse/gfmSubset.ts), so these pin that it still runs where it matters. The names sit
// after "#", "(", "," or in a Korean path segment: places where the matcher would take them if the URL
// were not masked.
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/service';
import { miniKnowledge } from '../helpers/miniKnowledge';

const service = createLanguageService({ knowledge: miniKnowledge() });
const mentions = (text: string) => service.analyze({ uri: 'mem://urls.md', text }).mentions.map((m) => `${m.text}=${m.conceptId}`);

describe('bare URLs and emails in prose', () => {
  it('finds no mention inside a bare URL', () => {
    assert.deepEqual(mentions('See https://docs.aws.amazon.com/lambda/latest/dg/welcome.html#Lambda for details.'), []);
    assert.deepEqual(mentions('https://ko.wikipedia.org/wiki/람다'), []);
    assert.deepEqual(mentions('(http://example.com/a,Lambda)'), []);
    assert.deepEqual(mentions('Docs: www.example.com/(SQS)'), []);
  });

  it('still finds the mentions around a URL in a Korean sentence', () => {
    assert.deepEqual(mentions('Lambda는 최대 15분까지 실행된다 (https://ko.wikipedia.org/wiki/람다 참고). 문의는 team@example.com, S3도 같다'), [
      'Lambda=lambda',
      'S3=s3',
    ]);
  });

  it('ends a URL where GFM does: trailing punctuation and the next word stay outside', () => {
    assert.deepEqual(mentions('https://example.com/docs#Lambda. VPC 피어링은 전이적 라우팅 불가'), ['VPC 피어링=vpc-peering']);
    assert.deepEqual(mentions('링크 https://example.com/#Lambda, S3에 저장'), ['S3=s3']);
  });

  it('masks a URL in a table cell and in a list item', () => {
    const table = ['| 서비스 | 문서 |', '| --- | --- |', '| Lambda | https://example.com/docs#S3 |'].join('\n');
    assert.deepEqual(mentions(table), ['Lambda=lambda']);
    assert.deepEqual(mentions('- VPC: www.example.com/(SQS)\n- S3'), ['VPC=vpc', 'S3=s3']);
  });
});
