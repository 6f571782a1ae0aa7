// The fact checker on hand-written facts (test/helpers/factKnowledge.ts): each check kind flags the wrong
// phrasing with a message in the note's language, a fix in the writer's own style and the AWS source, and
// stays silent on the right ones; settings and in-note comments switch findings off.
import assert from 'node:assert/strict';
import { createLanguageService, type Finding, type ServiceSettings } from '../../../server/service';
import { factBindings, factChecker } from '../../../server/service/checks/factChecker';
import { applyEdits, ignoreEdits, preferredEdits } from '../../../server/service/checks/fixes';
import { factKnowledge } from '../../helpers/factKnowledge';

const make = (settings?: Partial<ServiceSettings>) => createLanguageService({ knowledge: factKnowledge(), checkers: [factChecker], settings });
const service = make();
let n = 0;
const check = (text: string, svc = service) => svc.findings({ uri: `mem://check-${n++}.md`, text });
/** "code «span»" for each finding */
const flagged = (text: string, svc = service) => check(text, svc).map((f) => `${f.code} «${text.slice(f.start, f.end)}»${f.outdated ? ' outdated' : ''}`);
const fixed = (text: string) => applyEdits(text, preferredEdits(check(text)));
const one = (text: string): Finding => {
  const fs = check(text);
  assert.equal(fs.length, 1, `one finding in ${JSON.stringify(text)}: ${fs.map((f) => f.code).join(', ')}`);
  return fs[0];
};

describe('fact checks: numeric limits and defaults', () => {
  it('flags a default stated as the maximum, with the message and fix the note asks for', () => {
    const text = '## SQS\n- SQS 가시성 제한 시간 기본값은 12시간이다.';
    const f = one(text);
    assert.equal(f.code, 'sqs-visibility-timeout-default');
    assert.equal(text.slice(f.start, f.end), '12시간');
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '이 노트는 SQS 가시성 제한 시간 기본값을 12시간이라고 적었지만, 기본값은 30초입니다 (최소 0초, 최대 12시간).');
    assert.deepEqual(f.source, { url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html', asOf: '2026-11-22' });
    assert.match(f.related![0].message, /출처: https:\/\/docs\.aws\.amazon\.com\/.+ \(2026년 11월 22일 기준\)/);
    assert.equal(fixed(text), '## SQS\n- SQS 가시성 제한 시간 기본값은 30초이다.');
  });

  it('keeps the writer’s unit family and letter case in the fix ("15 Min" → "30 Sec")', () => {
    const text = '2. Simple Queue Service(SQS)\n  - 가시성 제한 시간 튜닝 : 그 시간을 바꿀 수 있다. (Default : 15 Min)';
    assert.deepEqual(flagged(text), ['sqs-visibility-timeout-default «15 Min»']);
    assert.equal(fixed(text), text.replace('15 Min', '30 Sec'));
    assert.equal(fixed('Amazon SQS: the default visibility timeout is 15 minutes.'), 'Amazon SQS: the default visibility timeout is 30 seconds.');
  });

  it('writes the English message for an English note', () => {
    const f = one('Amazon SQS: the default visibility timeout is 15 minutes.');
    assert.equal(f.message, 'The note gives 15 minutes for the SQS visibility timeout default; the default is 30 seconds (minimum 0 seconds, maximum 12 hours).');
  });

  it('stays silent on right defaults, maximums and ranges', () => {
    assert.deepEqual(flagged('- Amazon SQS의 Visibility Timeout 기능으로\n기본 30초로 세팅됨 (최소 0초 최대 12시간)'), []);
    assert.deepEqual(flagged('SQS 가시성 제한 시간은 최대 12시간까지 늘릴 수 있다.'), []);
    assert.deepEqual(flagged('### Lambda\n- 단점\n    - 함수 실행 시간: 최대 15분\n'), []);
    assert.deepEqual(flagged('- Lambda 함수 하나의 실행 시간은 15분 미만이다. 요청 1회에 대한 최대 시간이라는 말'), []);
    assert.deepEqual(flagged('Lambda 메모리 128MB ~ 10GB'), []);
    assert.deepEqual(flagged('Lambda memory can be set from 128 MB to 10,240 MB.'), []);
    assert.deepEqual(flagged('Lambda 함수가 최대 15분 이상 돌 수 없으며'), []);
  });

  it('flags a maximum that is wrong, and reports an old maximum as outdated information', () => {
    assert.deepEqual(flagged('Lambda timeout is up to 30 minutes.'), ['lambda-max-timeout «30 minutes»']);
    const f = one('Lambda 최대 실행 시간은 5분이다.');
    assert.equal(f.outdated, true);
    assert.equal(f.severity, 'information');
    assert.equal(f.message, '이 노트는 Lambda 실행 시간 최댓값을 5분이라고 적었는데, 이는 2018년 10월까지의 값입니다. 지금 최댓값은 15분입니다.');
    assert.deepEqual(flagged('Lambda 메모리 128MB ~ 3008MB'), ['lambda-memory «3008MB» outdated']);
  });

  it('reports "RDS는 5개" as outdated, gives 15 to Aurora, and leaves Oracle alone', () => {
    const text = '- 읽기 전용 복제본을 RDS는 5개 오로라는 15개를 만들 수 있다.';
    assert.deepEqual(flagged(text), ['rds-read-replicas-max «5개» outdated']);
    assert.equal(fixed(text), text.replace('5개', '15개'));
    assert.deepEqual(flagged('RDS for Oracle은 읽기 전용 복제본을 최대 5개까지 만들 수 있다.'), []);
    assert.deepEqual(flagged('You can have up to 15 read replicas per RDS source instance.'), []);
  });

  it('checks a minimum ("최소 3개의 데이터 센터") and accepts "1개 이상"', () => {
    assert.deepEqual(flagged('가용 영역은 데이터 센터의 묶음 최소 3개의 데이터 센터'), ['az-data-centers «3개»']);
    assert.deepEqual(flagged('가용 영역: 1개 이상의 물리적인 데이터 센터를 묶은 것'), []);
  });

  it('does not flag a bare number that is a part, a sum or a scenario', () => {
    assert.deepEqual(flagged('Lambda 함수 3개를 만들었고 각 실행 시간은 제각각이다.'), []);
    assert.deepEqual(flagged('RDS 복제본이 20개 필요한 경우 Aurora를 쓴다.'), []);
  });
});

describe('fact checks: enumerations', () => {
  it('flags a wrong count in the writer’s counter word, and an old count as outdated', () => {
    const text = '1. AWS Route 53\n  - 라우팅 정책(Routing Policy) : 6가지 정책을 바탕으로 레코드 셋을 정의한다.';
    assert.deepEqual(flagged(text), ['route53-routing-policies «6가지»']);
    assert.equal(fixed(text), text.replace('6가지', '8가지'));
    assert.deepEqual(flagged('Route 53 라우팅 정책은 7가지가 있다.'), ['route53-routing-policies «7가지» outdated']);
    assert.deepEqual(flagged('Route 53 라우팅 정책은 8가지가 있다.'), []);
  });

  it('flags a concept put in the set, not one kept out of it', () => {
    assert.deepEqual(flagged('게이트웨이 엔드포인트는 S3, DynamoDB, SQS를 지원한다.'), ['gateway-endpoint-services «SQS»']);
    assert.deepEqual(flagged('게이트웨이 엔드포인트는 S3와 DynamoDB만 지원한다.'), []);
    assert.deepEqual(flagged('게이트웨이 엔드포인트는 S3와 DynamoDB만 지원하고 SQS는 지원하지 않는다.'), []);
  });
});

describe('fact checks: boolean properties', () => {
  it('flags the wrong polarity and flips the word that carries it', () => {
    const text = 'VPC 피어링은 전이적 라우팅이 가능하다.';
    assert.deepEqual(flagged(text), ['vpc-peering-not-transitive «전이적 라우팅»']);
    assert.equal(fixed(text), 'VPC 피어링은 전이적 라우팅이 불가능하다.');
    assert.equal(fixed('VPC peering supports transitive routing.'), 'VPC peering does not support transitive routing.');
  });

  it('uses the fact’s own word swap where it has one ("stateless" → "stateful")', () => {
    assert.equal(fixed('Security groups are stateless.'), 'Security groups are stateful.');
    assert.equal(fixed('보안 그룹은 상태 비저장 방화벽이다.'), '보안 그룹은 상태 저장 방화벽이다.');
  });

  it('stays silent on negation (also double and far from the keyword), questions and bare topic lines', () => {
    for (const text of [
      'VPC 피어링은 전이적 라우팅 불가',
      'VPC 피어링은 전이적 라우팅을 지원하지 않는다',
      'VPC peering does not support transitive routing.',
      'Transitive routing is not supported by VPC peering.',
      'VPC 피어링에서 전이적 라우팅이 가능할까?',
      '- VPC 피어링\n  - 전이적 라우팅\n    - 지원 안 됨',
      '지원되지 않는 구성의 VPC 피어링에는 전이적 피어링이 있습니다.',
    ]) {
      assert.deepEqual(flagged(text), [], text);
    }
    assert.deepEqual(flagged('VPC 피어링에서 전이적 라우팅이 불가능하지 않다'), ['vpc-peering-not-transitive «전이적 라우팅»']);
  });
});

describe('fact checks: terms', () => {
  it('flags a wrong term where the attribute is talked about, even in the sentence after the subject', () => {
    const text = '- S3는 파일 암호화에 S3 관리형 키, KMS 키, 고객 제공 키를 사용한다. 각 키 모두 SHA256을 사용한다.';
    assert.deepEqual(flagged(text), ['s3-sse-aes256 «SHA256»']);
    assert.equal(fixed(text), text.replace('SHA256', 'AES-256'));
  });

  it('stays silent on negated terms, the right term beside it, and excluded contexts', () => {
    assert.deepEqual(flagged('S3 암호화는 SHA256이 아니라 AES-256이다.'), []);
    assert.deepEqual(flagged('S3는 무결성 검사에 SHA256 체크섬을 쓴다. 암호화 키는 별개.'), []);
  });

  it('reports a renamed service only when its severity is configured', () => {
    assert.deepEqual(flagged('Kinesis Data Firehose로 S3에 적재한다.'), []);
    const svc = make({ factCheck: { enabled: true, severity: { 'firehose-renamed': 'information' } } });
    assert.deepEqual(flagged('Kinesis Data Firehose로 S3에 적재한다.', svc), ['firehose-renamed «Kinesis Data Firehose» outdated']);
  });
});

describe('fact checks: direction and ordering', () => {
  it('flags "RPO는 클수록 좋다" and "되도록이면 커야한다", not "작을수록 좋다" or a bare description', () => {
    assert.deepEqual(flagged('RPO는 클수록 좋다.'), ['rpo-lower-is-better «클수록»']);
    assert.equal(fixed('RPO는 클수록 좋다.'), 'RPO는 작을수록 좋다.');
    assert.deepEqual(flagged('- RPO : 데이터 손실 최소화. 되도록이면 커야한다.'), ['rpo-lower-is-better «커야»']);
    assert.deepEqual(flagged('RPO는 작을수록 좋다. RTO는 되도록이면 줄여야한다.'), []);
    assert.deepEqual(flagged('이 시스템은 RPO가 크다.'), []);
    assert.deepEqual(flagged('The longer the RTO the better.'), []);
    assert.deepEqual(flagged('For RTO, the longer the better.'), ['rpo-lower-is-better «longer»']);
  });

  it('reads "왼쪽으로 갈수록" against the order the note listed the strategies in', () => {
    const text = '- ①백업 및 복원 ②파일럿 라이트 ③웜 스탠바이 ④다중 사이트\n- 왼쪽으로 갈수록 RPO 낮고 RTO 높음.';
    assert.deepEqual(flagged(text), ['dr-strategy-order «낮»']);
    assert.equal(fixed(text), text.replace('RPO 낮고', 'RPO 높고'));
    assert.deepEqual(flagged('- ①다중 사이트 ②웜 스탠바이 ③파일럿 라이트 ④백업 및 복원\n- 왼쪽으로 갈수록 RPO 낮고 RTO 낮음.'), []);
  });

  it('flags a superlative on the wrong end of the sequence', () => {
    assert.deepEqual(flagged('다중 사이트는 RTO가 가장 길다.'), ['dr-strategy-order «길»']);
    assert.deepEqual(flagged('다중 사이트는 RTO가 가장 짧다.'), []);
  });
});

describe('fact checks: settings and in-note switches', () => {
  const wrong = 'Lambda timeout is up to 30 minutes.';

  it('reports nothing when fact checking is off, and applies per-id severities', () => {
    assert.deepEqual(flagged(wrong, make({ factCheck: { enabled: false, severity: {} } })), []);
    assert.equal(check(wrong, make({ factCheck: { enabled: true, severity: { 'lambda-max-timeout': 'error' } } }))[0].severity, 'error');
    assert.deepEqual(flagged(wrong, make({ factCheck: { enabled: true, severity: { 'lambda-max-timeout': 'off' } } })), []);
  });

  it('honours disable-next-line (for one id or all), disable/enable regions, and no other id', () => {
    assert.deepEqual(flagged(`<!-- aws-notes-disable-next-line lambda-max-timeout -->\n${wrong}`), []);
    assert.deepEqual(flagged(`<!-- aws-notes-disable-next-line -->\n${wrong}`), []);
    assert.deepEqual(flagged(`<!-- aws-notes-disable-next-line sqs-visibility-timeout-default -->\n${wrong}`), ['lambda-max-timeout «30 minutes»']);
    assert.deepEqual(flagged(`<!-- aws-notes-disable-next-line lambda-max-timeout -->\n\n${wrong}`), ['lambda-max-timeout «30 minutes»']);
    const region = `<!-- aws-notes-disable lambda-max-timeout -->\n${wrong}\n\n${wrong}\n\n<!-- aws-notes-enable lambda-max-timeout -->\n\n${wrong}`;
    assert.equal(check(region).length, 1);
    assert.equal(check(`<!-- aws-notes-disable -->\n\n${wrong}`).length, 0);
  });

  it('"ignore here" puts the comment above the line with its indentation and line ending', () => {
    const text = '# Notes\r\n\r\n- Lambda\r\n    - Lambda timeout is up to 30 minutes.\r\n';
    const analysis = service.analyze({ uri: 'mem://ignore.md', text });
    const f = check(text)[0];
    const ignore = ignoreEdits(analysis, f);
    const after = applyEdits(text, ignore.edits);
    assert.equal(after, '# Notes\r\n\r\n- Lambda\r\n    <!-- aws-notes-disable-next-line lambda-max-timeout -->\r\n    - Lambda timeout is up to 30 minutes.\r\n');
    assert.deepEqual(check(after), []);
  });

  it('"ignore here" wraps a paragraph continuation line or a table in disable/enable, so the block stays whole', () => {
    const para = 'Some text about\nLambda timeout is up to 30 minutes.\n';
    const afterPara = applyEdits(para, ignoreEdits(service.analyze({ uri: 'mem://p.md', text: para }), check(para)[0]).edits);
    assert.equal(afterPara, '<!-- aws-notes-disable lambda-max-timeout -->\nSome text about\nLambda timeout is up to 30 minutes.\n<!-- aws-notes-enable lambda-max-timeout -->\n');
    assert.deepEqual(check(afterPara), []);
    const table = '| 서비스 | 최대 실행 시간 |\n|---|---|\n| Lambda | 30분 |\n';
    assert.deepEqual(flagged(table), ['lambda-max-timeout «30분»']);
    const afterTable = applyEdits(table, ignoreEdits(service.analyze({ uri: 'mem://t.md', text: table }), check(table)[0]).edits);
    assert.equal(afterTable, '<!-- aws-notes-disable lambda-max-timeout -->\n| 서비스 | 최대 실행 시간 |\n|---|---|\n| Lambda | 30분 |\n<!-- aws-notes-enable lambda-max-timeout -->\n');
    assert.deepEqual(check(afterTable), []);
  });
});

describe('fact checks: fix all converges', () => {
  it('applying every preferred fix leaves nothing fixable and changes nothing else', () => {
    const text = [
      '# 정리',
      '',
      '- SQS 가시성 제한 시간 기본값은 12시간이다.',
      '- Lambda timeout is up to 30 minutes.',
      '- Route 53 라우팅 정책은 6가지가 있다.',
      '- VPC 피어링은 전이적 라우팅이 가능하다.',
      '- RPO는 클수록 좋다.',
      '- S3 암호화 키는 SHA256을 사용한다.',
      '- 이 줄은 그대로다.',
      '',
    ].join('\n');
    const before = check(text);
    assert.equal(before.length, 6);
    const after = applyEdits(text, preferredEdits(before));
    assert.deepEqual(check(after).filter((f) => f.fixes.some((x) => x.preferred)), []);
    assert.equal(after.split('\n').length, text.split('\n').length);
    assert.ok(after.includes('- 이 줄은 그대로다.'));
    assert.deepEqual(applyEdits(after, preferredEdits(check(after))), after, 'a second round changes nothing');
  });
});

describe('fact bindings (for comparing notes)', () => {
  it('ties every number the limit check judges to its facts, right or wrong', () => {
    const text = '- 읽기 전용 복제본을 RDS는 5개 오로라는 15개를 만들 수 있다.\n- Lambda 최대 실행 시간은 15분이다.\n- Lambda 함수 3개를 만들었다.';
    const analysis = service.analyze({ uri: 'mem://bindings.md', text });
    const bindings = factBindings(analysis, { knowledge: service.knowledge, settings: service.settings(), logger: { error() {}, warn() {}, info() {}, debug() {} } });
    assert.deepEqual(
      bindings.map((b) => `${b.quantity.text}→${b.factIds[0]} via ${b.subject}`),
      ['5개→rds-read-replicas-max via rds', '15개→aurora-replicas-max via aurora', '15분→lambda-max-timeout via lambda'],
    );
  });
});
